package com.hipcheck.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps practice records for the local console in one JSON file, so a run on this machine
 * remembers what the deployed skill would. Every change reads the file, changes it and replaces
 * it whole (a temporary file moved over it), under a lock that holds across stores and processes
 * sharing the file. A record it cannot read is no record; a file that is not JSON at all is left
 * untouched and every call on it fails.
 *
 * <p>The file: {@code {"format":2,"users":{"<user id>":{"plan":{...},"plan#<person id>":{...}}}}},
 * each record with the attributes the DynamoDB store writes. A file of the earlier format (test
 * results) is started afresh: like the table's old items, its results are not carried over.
 */
public final class FilePracticeStore implements PracticeStore {
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 2;

    private final Path file;
    private final Path lockFile;

    /** Returns a store in {@code file}, which need not exist yet (nor its folder). */
    public FilePracticeStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    /** Returns the file this store keeps its records in. */
    public Path file() {
        return file;
    }

    @Override
    public Optional<PracticeRecord> load(Owner who) throws StoreUnavailable {
        return locked(root -> read(root.path("users").path(who.userId()).path(key(who))), false);
    }

    @Override
    public void keep(Owner who, PracticeRecord record, boolean first) throws StoreUnavailable {
        change(root -> {
            JsonNode user = root.path("users").path(who.userId());
            if (first || user.path(key(who)).isObject()) {
                userNode(root, who.userId()).set(key(who), write(record));
            }
        });
    }

    @Override
    public void forget(Owner who) throws StoreUnavailable {
        change(root -> {
            if (root.path("users").path(who.userId()) instanceof ObjectNode user) {
                user.remove(key(who));
            }
        });
    }

    @Override
    public void forgetAccount(String userId) throws StoreUnavailable {
        change(root -> {
            if (root.path("users") instanceof ObjectNode users) {
                users.remove(userId);
            }
        });
    }

    private static String key(Owner who) {
        return who.personId().isPresent() ? "plan#" + who.personId().get() : "plan";
    }

    /** A change to the whole file's content. */
    private interface Change {
        void apply(ObjectNode root) throws StoreUnavailable;
    }

    /** A read of the whole file's content. */
    private interface Read<T> {
        T apply(ObjectNode root) throws StoreUnavailable;
    }

    private void change(Change change) throws StoreUnavailable {
        locked(root -> {
            change.apply(root);
            return null;
        }, true);
    }

    private <T> T locked(Read<T> action, boolean writes) throws StoreUnavailable {
        ReentrantLock inProcess = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock acrossProcesses = channel.lock()) {
                ObjectNode root = read();
                T answer = action.apply(root);
                if (writes) {
                    replace(root);
                }
                return answer;
            }
        } catch (IOException e) {
            throw new StoreUnavailable("practice file " + file + ": " + e, e);
        } finally {
            inProcess.unlock();
        }
    }

    private ObjectNode read() throws IOException, StoreUnavailable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException none) {
            return empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new StoreUnavailable("practice file " + file + " is not JSON; left as it is", e);
        }
        if (root == null || root.isMissingNode()) {
            return empty();
        }
        if (!(root instanceof ObjectNode object)) {
            throw new StoreUnavailable("practice file " + file + " holds no JSON object; left as it is");
        }
        if (object.path("format").asInt() != FORMAT || !object.path("users").isObject()) {
            return empty();
        }
        return object;
    }

    private void replace(ObjectNode root) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ObjectNode empty() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.putObject("users");
        return root;
    }

    private static ObjectNode userNode(ObjectNode root, String user) {
        ObjectNode users = (ObjectNode) root.get("users");
        if (!(users.get(user) instanceof ObjectNode kept)) {
            return users.putObject(user);
        }
        return kept;
    }

    private static ObjectNode write(PracticeRecord r) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode sides = node.putArray("sides");
        r.sides().forEach(side -> sides.add(side.name()));
        r.stretch().ifPresent(stretch -> node.put("stretch", stretch.name()));
        node.put("holdSeconds", r.hold().seconds());
        node.put("rounds", r.rounds());
        r.latestTest().ifPresent(day -> node.put("testedOn", day.toString()));
        if (!r.earlierTests().isEmpty()) {
            ArrayNode before = node.putArray("testedBefore");
            r.earlierTests().forEach(day -> before.add(day.toString()));
        }
        ArrayNode days = node.putArray("practisedOn");
        r.practisedOn().forEach(day -> days.add(day.toString()));
        r.pausedOn().ifPresent(day -> node.put("pausedOn", day.toString()));
        node.put("updatedAt", r.updatedAt().toString());
        return node;
    }

    private static Optional<PracticeRecord> read(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        try {
            List<Side> sides = new ArrayList<>(2);
            node.path("sides").forEach(side -> sides.add(Side.valueOf(side.asText())));
            // A record written before the earlier tests were kept has no testedBefore: none.
            List<LocalDate> tested = new ArrayList<>();
            node.path("testedBefore").forEach(day -> tested.add(LocalDate.parse(day.asText())));
            day(node, "testedOn").ifPresent(tested::add);
            List<LocalDate> days = new ArrayList<>();
            node.path("practisedOn").forEach(day -> days.add(LocalDate.parse(day.asText())));
            return Optional.of(new PracticeRecord(sides,
                    node.has("stretch") ? Optional.of(Stretch.valueOf(node.get("stretch").asText())) : Optional.empty(),
                    new Hold(node.path("holdSeconds").asInt()), node.path("rounds").asInt(),
                    tested, days, day(node, "pausedOn"), Instant.parse(node.path("updatedAt").asText())));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(JsonNode node, String name) {
        return node.has(name) ? Optional.of(LocalDate.parse(node.get(name).asText())) : Optional.empty();
    }
}

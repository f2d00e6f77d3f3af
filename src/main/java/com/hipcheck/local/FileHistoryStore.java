package com.hipcheck.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps history for the local console in one JSON file, so a run on this machine remembers what
 * the deployed skill would. Every change reads the file, changes it and replaces it whole (a
 * temporary file moved over it), under a lock that holds across stores and processes sharing the
 * file. An entry it cannot read is skipped; a file that is not JSON at all is left untouched and
 * every call on it fails.
 *
 * <p>The file: {@code {"format":1,"users":{"<user id>":{"results":[...],"unfinished":{...}}}}}, a
 * result as {@code {"takenAt":"<instant>","right":{"THIGH_DROPS":"NO",...},"left":{...},
 * "stretch":"EDGE_OF_TABLE","hold":30}}, the unfinished test as {@code {"savedAt":..,"right":..,
 * "left":..}}. Expired entries are not removed; readers apply {@link History#asOf}.
 */
public final class FileHistoryStore implements HistoryStore {
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path lockFile;

    /** Returns a store in {@code file}, which need not exist yet (nor its folder). */
    public FileHistoryStore(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    }

    /** Returns the file this store keeps its history in. */
    public Path file() {
        return file;
    }

    @Override
    public History load(String user) throws StoreUnavailable {
        return locked(root -> {
            JsonNode kept = root.path("users").path(user);
            List<TestRecord> results = new ArrayList<>();
            for (JsonNode entry : kept.path("results")) {
                readResult(entry).ifPresent(results::add);
            }
            History all = new History(results, readPlace(kept.path("unfinished")));
            return new History(all.results().subList(0, Math.min(RESULTS_LOADED, all.results().size())),
                    all.unfinished());
        }, false);
    }

    @Override
    public void saveResult(String user, TestRecord result) throws StoreUnavailable {
        change(root -> {
            ArrayNode results = userNode(root, user).withArray("results");
            for (JsonNode entry : results) {
                if (sameInstant(entry.path("takenAt"), result.takenAt())) {
                    if (readResult(entry).equals(Optional.of(result))) {
                        return;
                    }
                    throw new StoreUnavailable("a different result taken at " + result.takenAt() + " is already kept");
                }
            }
            results.add(write(result));
        });
    }

    @Override
    public void updateResult(String user, TestRecord result) throws StoreUnavailable {
        change(root -> {
            JsonNode results = root.path("users").path(user).path("results");
            for (int i = 0; i < results.size(); i++) {
                if (sameInstant(results.get(i).path("takenAt"), result.takenAt())) {
                    ((ArrayNode) results).set(i, write(result));
                }
            }
        });
    }

    @Override
    public void keepPlace(String user, UnfinishedTest place) throws StoreUnavailable {
        change(root -> {
            ObjectNode kept = userNode(root, user);
            Optional<UnfinishedTest> current = readPlace(kept.path("unfinished"));
            if (current.isEmpty() || !current.get().savedAt().isAfter(place.savedAt())) {
                ObjectNode node = kept.putObject("unfinished");
                node.put("savedAt", place.savedAt().toString());
                node.set("right", write(place.answers().right()));
                node.set("left", write(place.answers().left()));
            }
        });
    }

    @Override
    public void dropPlace(String user) throws StoreUnavailable {
        change(root -> {
            if (root.path("users").path(user) instanceof ObjectNode kept) {
                kept.remove("unfinished");
            }
        });
    }

    @Override
    public void forget(String user) throws StoreUnavailable {
        change(root -> {
            if (root.path("users") instanceof ObjectNode users) {
                users.remove(user);
            }
        });
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
            throw new StoreUnavailable("history file " + file + ": " + e, e);
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
            throw new StoreUnavailable("history file " + file + " is not JSON; left as it is", e);
        }
        if (root == null || root.isMissingNode()) {
            return empty();
        }
        if (!(root instanceof ObjectNode object)) {
            throw new StoreUnavailable("history file " + file + " holds no JSON object; left as it is");
        }
        if (!object.path("users").isObject()) {
            object.putObject("users");
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
        root.put("format", 1);
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

    private static boolean sameInstant(JsonNode text, Instant at) {
        try {
            return text.isTextual() && Instant.parse(text.asText()).equals(at);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static ObjectNode write(TestRecord result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("takenAt", result.takenAt().toString());
        node.set("right", write(result.answers().right()));
        node.set("left", write(result.answers().left()));
        result.stretch().ifPresent(s -> node.put("stretch", s.name()));
        node.put("hold", result.hold().seconds());
        return node;
    }

    private static ObjectNode write(SideAnswers answers) {
        ObjectNode node = JSON.createObjectNode();
        for (Question q : Question.values()) {
            answers.get(q).ifPresent(a -> node.put(q.name(), a.name()));
        }
        return node;
    }

    private static Optional<TestRecord> readResult(JsonNode entry) {
        try {
            Optional<TestAnswers> answers = readAnswers(entry);
            JsonNode hold = entry.path("hold");
            JsonNode stretch = entry.path("stretch");
            if (answers.isEmpty() || !answers.get().isComplete() || !hold.isInt() || !entry.path("takenAt").isTextual()
                    || !(stretch.isMissingNode() || stretch.isTextual())) {
                return Optional.empty();
            }
            return Optional.of(new TestRecord(Instant.parse(entry.path("takenAt").asText()), answers.get(),
                    stretch.isTextual() ? Optional.of(Stretch.valueOf(stretch.asText())) : Optional.empty(),
                    new Hold(hold.asInt())));
        } catch (RuntimeException malformed) {
            // A bad date, stretch or hold: an unreadable entry is as good as none.
            return Optional.empty();
        }
    }

    private static Optional<UnfinishedTest> readPlace(JsonNode entry) {
        try {
            Optional<TestAnswers> answers = readAnswers(entry);
            if (answers.isEmpty() || !entry.path("savedAt").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new UnfinishedTest(Instant.parse(entry.path("savedAt").asText()), answers.get()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<TestAnswers> readAnswers(JsonNode entry) {
        Optional<SideAnswers> right = readSide(entry.path("right"));
        Optional<SideAnswers> left = readSide(entry.path("left"));
        return right.isPresent() && left.isPresent()
                ? Optional.of(new TestAnswers(right.get(), left.get()))
                : Optional.empty();
    }

    private static Optional<SideAnswers> readSide(JsonNode node) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        SideAnswers answers = SideAnswers.none();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                return Optional.empty();
            }
            answers = answers.with(Question.valueOf(field.getKey()), Answer.valueOf(field.getValue().asText()));
        }
        return Optional.of(answers);
    }
}

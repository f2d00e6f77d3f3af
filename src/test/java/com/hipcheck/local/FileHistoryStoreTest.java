package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.HistoryStoreContract;
import com.hipcheck.domain.StoreUnavailable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds the local file store to the store contract, and checks what is particular to a file. */
class FileHistoryStoreTest extends HistoryStoreContract {
    @TempDir
    Path dir;

    private HistoryStore store;
    private HistoryStore second;

    private Path file() {
        return dir.resolve("history").resolve("history.json");
    }

    @Override
    protected HistoryStore store() {
        if (store == null) {
            store = new FileHistoryStore(file());
        }
        return store;
    }

    @Override
    protected HistoryStore secondWriter() {
        if (second == null) {
            second = new FileHistoryStore(file());
        }
        return second;
    }

    /** Reads the file itself: every result and the unfinished test kept for {@code user}. */
    @Override
    protected List<String> keptFor(String user) throws IOException {
        List<String> kept = new ArrayList<>();
        if (Files.exists(file())) {
            JsonNode entry = new ObjectMapper().readTree(file().toFile()).path("users").path(user);
            entry.path("results").forEach(r -> kept.add("result " + r.path("takenAt").asText()));
            if (!entry.path("unfinished").isMissingNode()) {
                kept.add("place");
            }
        }
        return kept;
    }

    @Test
    void aNewStoreOnTheSameFileRemembers() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().keepPlace(user, place(T0.plusSeconds(1), Answer.NO));

        assertEquals(new History(List.of(result(T0)), Optional.of(place(T0.plusSeconds(1), Answer.NO))),
                new FileHistoryStore(file()).load(user));
    }

    @Test
    void anEntryThatCannotBeReadIsSkipped() throws Exception {
        String user = newUser();
        store().saveResult(user, result(T0));
        String good = Files.readString(file(), StandardCharsets.UTF_8);
        String bad = good.replace("\"results\" : [", "\"results\" : [ {\"takenAt\":\"yesterday\",\"hold\":30},"
                + " {\"takenAt\":\"2026-01-02T00:00:00Z\",\"right\":{\"THIGH_DROPS\":\"MAYBE\"},\"left\":{},\"hold\":30},"
                + " {\"takenAt\":\"2026-01-03T00:00:00Z\",\"right\":{\"THIGH_DROPS\":\"NO\",\"LEG_DRIFTS_OUT\":\"NO\","
                + "\"BACK_ARCHES\":\"NO\"},\"left\":{\"THIGH_DROPS\":\"NO\",\"LEG_DRIFTS_OUT\":\"NO\",\"BACK_ARCHES\":\"NO\"},"
                + "\"hold\":99}, 17,");
        String worse = bad.replace("\"users\" : {", "\"users\" : { \"other\": {\"unfinished\": {\"savedAt\": 5}},");
        assertNotEquals(good, bad);
        assertNotEquals(bad, worse);
        Files.writeString(file(), worse);

        assertEquals(List.of(result(T0)), store().load(user).results());
        assertEquals(History.none(), store().load("other"));
    }

    @Test
    void aFileThatIsNotJsonIsLeftAsItIsAndEveryCallFails() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not json {");

        assertThrows(StoreUnavailable.class, () -> store().load(newUser()));
        assertThrows(StoreUnavailable.class, () -> store().saveResult(newUser(), result(T0)));
        assertEquals("not json {", Files.readString(file()));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().forget(user);

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertEquals(List.of("history.json", "history.json.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}

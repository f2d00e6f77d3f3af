package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.PracticeStoreContract;
import com.hipcheck.domain.StoreUnavailable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds the local file store to the store contract, and checks what is particular to a file. */
class FilePracticeStoreTest extends PracticeStoreContract {
    @TempDir
    Path dir;

    private PracticeStore store;
    private PracticeStore second;

    private Path file() {
        return dir.resolve("history").resolve("history.json");
    }

    @Override
    protected PracticeStore store() {
        if (store == null) {
            store = new FilePracticeStore(file());
        }
        return store;
    }

    @Override
    protected PracticeStore secondWriter() {
        if (second == null) {
            second = new FilePracticeStore(file());
        }
        return second;
    }

    /** Reads the file itself: every record kept under the account {@code user}. */
    @Override
    protected List<String> keptFor(String user) throws IOException {
        List<String> kept = new ArrayList<>();
        if (Files.exists(file())) {
            JsonNode entry = new ObjectMapper().readTree(file().toFile()).path("users").path(user);
            entry.fieldNames().forEachRemaining(kept::add);
        }
        return kept;
    }

    @Test
    void aNewStoreOnTheSameFileRemembers() throws StoreUnavailable {
        Owner who = newUser();
        store().keep(who, full(), true);
        assertEquals(Optional.of(full()), new FilePracticeStore(file()).load(who));
    }

    @Test
    void theLatestTestIsTestedOnAndTheEarlierOnesTestedBeforeAsInTheTable() throws Exception {
        Owner who = newUser();
        store().keep(who, full(), true);

        JsonNode plan = new ObjectMapper().readTree(file().toFile()).path("users").path(who.userId()).path("plan");
        assertEquals(DAY.minusDays(3).toString(), plan.path("testedOn").asText());
        List<String> before = new ArrayList<>();
        plan.path("testedBefore").forEach(day -> before.add(day.asText()));
        assertEquals(List.of(DAY.minusDays(20).toString()), before);
    }

    /** The console's history file from before the earlier tests were kept: its one test is the latest. */
    @Test
    void aFileFromBeforeTheEarlierTestsReadsAsItsOneTest() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":2,\"users\":{\"amzn1.ask.account.before\":{\"plan\":{"
                + "\"sides\":[\"RIGHT\"],\"stretch\":\"EDGE_OF_TABLE\",\"holdSeconds\":30,\"rounds\":3,"
                + "\"testedOn\":\"2026-01-01\",\"practisedOn\":[\"2026-01-01\"],"
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}}}}");

        PracticeRecord read = store().load(Owner.account("amzn1.ask.account.before")).orElseThrow();

        assertEquals(List.of(DAY), read.testedOn());
        assertEquals(List.of(DAY), read.practisedOn());
    }

    @Test
    void aRecordThatCannotBeReadIsNoRecord() throws Exception {
        Owner who = newUser();
        store().keep(who, full(), true);
        String good = Files.readString(file());
        Files.writeString(file(), good.replace("\"holdSeconds\" : 25", "\"holdSeconds\" : 99"));
        assertEquals(Optional.empty(), store().load(who));
    }

    @Test
    void aFileOfTheEarlierFormatStartsAfresh() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":1,\"users\":{\"amzn1.ask.account.old\":{\"results\":[{\"takenAt\":"
                + "\"2026-01-01T00:00:00Z\",\"right\":{\"THIGH_DROPS\":\"NO\"}}]}}}");
        assertEquals(Optional.empty(), store().load(Owner.account("amzn1.ask.account.old")));
        Owner who = newUser();
        store().keep(who, full(), true);
        assertEquals(List.of(), keptFor("amzn1.ask.account.old"));
    }

    @Test
    void aFileThatIsNotJsonIsLeftAsItIsAndEveryCallFails() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not json {");

        assertThrows(StoreUnavailable.class, () -> store().load(newUser()));
        assertThrows(StoreUnavailable.class, () -> store().keep(newUser(), full(), true));
        assertEquals("not json {", Files.readString(file()));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        Owner who = newUser();
        store().keep(who, full(), true);
        store().forget(who);

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertEquals(List.of("history.json", "history.json.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}

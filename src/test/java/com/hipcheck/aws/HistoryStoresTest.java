package com.hipcheck.aws;

import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import java.time.LocalDate;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** Checks how stores are built from the environment, and that priming reaches no store. */
class HistoryStoresTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_767_225_600L);

    @Test
    void noTableMeansNoStore() {
        assertEquals(Optional.empty(), HistoryStores.fromEnvironment(Map.of()));
        assertEquals(Optional.empty(), HistoryStores.fromEnvironment(Map.of(HistoryStores.TABLE, "  ")));
    }

    @Test
    void aTableWithoutARegionOrWithABadEndpointIsAMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> HistoryStores.fromEnvironment(Map.of(HistoryStores.TABLE, "t")));
        assertThrows(IllegalArgumentException.class, () -> HistoryStores.fromEnvironment(
                Map.of(HistoryStores.TABLE, "t", HistoryStores.ENDPOINT, "ftp://127.0.0.1:1")));
    }

    /** The stateless cold start must not pay for the SDK: a fresh JVM shows every class it loads. */
    @Test
    void withoutATableNoSdkClassIsLoaded() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), NoTable.class.getName())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertEquals(0, java.waitFor());
        assertTrue(lines.contains("no store"), String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
        assertTrue(lines.stream().anyMatch(l -> l.contains("com.hipcheck.aws.HistoryStores ")), "HistoryStores was loaded");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("software.amazon.awssdk")).toList());
    }

    /** What {@link #withoutATableNoSdkClassIsLoaded} runs in its own JVM. */
    static final class NoTable {
        public static void main(String[] args) throws Exception {
            Optional<PracticeStore> store = HistoryStores.fromEnvironment(Map.of());
            int primed = HistoryStores.primed(() -> 1);
            System.out.println(store.isEmpty() && primed == 1 ? "no store" : "a store");
        }
    }

    @Test
    void primingOpensNoSocketAndLooksUpNoCredentials() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            WatchedCredentials credentials = new WatchedCredentials();
            PracticeStore store = DynamoDbPracticeStore.fromEnvironment("history", Map.of(
                    HistoryStores.ENDPOINT, listener.endpoint(),
                    HistoryStores.REGION, "eu-west-1"), credentials);
            int cannedBefore = PrimingSwitch.cannedAnswers();

            PracticeRecord record = HistoryStores.primed(() -> everyCall(store)).orElseThrow();

            assertEquals(0, listener.accepted(), "connections during priming");
            assertEquals(0, credentials.lookups.get(), "credential lookups during priming");
            // load, keep twice, forget, the account's query and its batch delete, load again; on a
            // busy machine the SDK may try a call again after a slow attempt, answered from memory too.
            int canned = PrimingSwitch.cannedAnswers() - cannedBefore;
            assertTrue(canned >= 7 && canned <= 14, canned + " canned answers");
            assertEquals(List.of(Side.RIGHT), record.sides());
            assertEquals(Optional.of(Stretch.EDGE_OF_TABLE), record.stretch());
            assertEquals(List.of(LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 20)), record.testedOn());

            // After priming, calls are real: they reach the server (which hangs up) and look up credentials.
            assertThrows(StoreUnavailable.class, () -> store.load(Owner.account("someone")));
            assertTrue(listener.accepted() >= 1, "no connection after priming");
            assertTrue(credentials.lookups.get() >= 1, "no credential lookup after priming");
        }
    }

    /** Makes one call of each kind and returns what the load answered. */
    private static Optional<PracticeRecord> everyCall(PracticeStore store) throws StoreUnavailable {
        Owner user = Owner.account("amzn1.ask.account.priming");
        Optional<PracticeRecord> loaded = store.load(user);
        store.keep(user, PracticeRecord.blank(NOW), true);
        store.keep(user, PracticeRecord.blank(NOW).practised(LocalDate.of(2026, 1, 1)), false);
        store.forget(user);
        store.forgetAccount(user.userId());
        store.load(user);
        return loaded;
    }

    /** Counts lookups, and fails loudly if one happens while priming runs. */
    private static final class WatchedCredentials implements AwsCredentialsProvider {
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public AwsCredentials resolveCredentials() {
            if (PrimingSwitch.on()) {
                throw new AssertionError("credentials looked up during priming");
            }
            lookups.incrementAndGet();
            return AwsBasicCredentials.create("watched", "watched");
        }
    }
}

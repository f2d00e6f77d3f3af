package com.hipcheck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
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
            Optional<HistoryStore> store = HistoryStores.fromEnvironment(Map.of());
            int primed = HistoryStores.primed(() -> 1);
            System.out.println(store.isEmpty() && primed == 1 ? "no store" : "a store");
        }
    }

    @Test
    void primingOpensNoSocketAndLooksUpNoCredentials() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            WatchedCredentials credentials = new WatchedCredentials();
            HistoryStore store = DynamoDbHistoryStore.fromEnvironment("history", Map.of(
                    HistoryStores.ENDPOINT, listener.endpoint(),
                    HistoryStores.REGION, "eu-west-1"), credentials);
            int cannedBefore = PrimingSwitch.cannedAnswers();

            History history = HistoryStores.primed(() -> everyCall(store));

            assertEquals(0, listener.accepted(), "connections during priming");
            assertEquals(0, credentials.lookups.get(), "credential lookups during priming");
            assertEquals(8, PrimingSwitch.cannedAnswers() - cannedBefore);
            assertEquals(Outcome.TIGHT, history.last().orElseThrow().verdict(Side.RIGHT).outcome());
            assertEquals(Optional.of(Stretch.EDGE_OF_TABLE), history.last().orElseThrow().stretch());
            assertTrue(history.asOf(NOW).unfinished().isPresent(), "the place is live at priming's clock");

            // After priming, calls are real: they reach the server (which hangs up) and look up credentials.
            assertThrows(StoreUnavailable.class, () -> store.load("someone"));
            assertTrue(listener.accepted() >= 1, "no connection after priming");
            assertTrue(credentials.lookups.get() >= 1, "no credential lookup after priming");
        }
    }

    /** Makes one call of each kind and returns what the load answered. */
    private static History everyCall(HistoryStore store) throws StoreUnavailable {
        String user = "amzn1.ask.account.priming";
        History history = store.load(user);
        TestRecord result = new TestRecord(NOW, new TestAnswers(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO),
                SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)), Optional.empty(), Hold.DEFAULT);
        store.saveResult(user, result);
        store.updateResult(user, result.withStretch(Stretch.HALF_KNEELING, Hold.DEFAULT));
        store.keepPlace(user, new UnfinishedTest(NOW, new TestAnswers(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO),
                SideAnswers.none())));
        store.dropPlace(user);
        store.forget(user);
        store.load(user);
        return history;
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

package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.aws.CountingListener;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.PracticeStore;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Priming the whole skill with a DynamoDB store configured, as SnapStart does before a snapshot:
 * the returning-user conversation runs through the real store adapter, answered in memory, and
 * not one connection reaches the store's endpoint.
 */
class PrimingWithStoreTest {
    @RegisterExtension
    final SkillHarness quiet = new SkillHarness();

    @Test
    void primingTheSkillWithAStoreOpensNoSocketAndSpeaksEveryTurn() throws Exception {
        try (CountingListener listener = new CountingListener()) {
            Optional<PracticeStore> store = HistoryStores.fromEnvironment(Map.of(HistoryStores.TABLE, "history",
                    HistoryStores.ENDPOINT, listener.endpoint(), HistoryStores.REGION,
                    "eu-west-1"));

            int spoken = Priming.primeWithStore(LocalHandlers.keeping(store), null);

            assertEquals(Priming.ROUNDS * Priming.turnsPerRound(), spoken);
            assertEquals(0, listener.accepted(), "connections to the store during priming");
            assertFalse(quiet.log().contains("store_unavailable"), quiet.log());
            assertTrue(PrimingClock.SKILL.instant().isAfter(java.time.Instant.parse("2026-06-01T00:00:00Z")),
                    "the clock is the system's again");
        }
    }
}

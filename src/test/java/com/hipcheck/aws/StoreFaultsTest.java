package com.hipcheck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.StoreUnavailable;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks that a store that hangs or is gone costs a bounded time and ends as StoreUnavailable,
 * and that the store works again once the server is back. Each test leaves dynalite running.
 */
@Tag(Dynalite.TAG)
class StoreFaultsTest {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    /** Two attempts inside the one-second call limit, with room for a loaded machine. */
    private static final Duration BOUND = Duration.ofMillis(1_600);

    @Test
    void aHungServerTimesOutWithinTheCallLimit() throws Exception {
        PracticeStore store = DYNALITE.store();
        store.load(Owner.account("warm"));
        DYNALITE.pause();
        try {
            long start = System.nanoTime();
            StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> store.load(Owner.account("anyone")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(took.compareTo(BOUND) < 0, "took " + took);
            assertTrue(e.getMessage().startsWith("DynamoDB Query failed: "), e.getMessage());
        } finally {
            DYNALITE.resume();
        }
        assertEquals(java.util.Optional.empty(), store.load(Owner.account("anyone")));
    }

    @Test
    void aKilledServerIsUnavailableAtOnceAndAFreshOneServesAgain() throws Exception {
        PracticeStore store = DYNALITE.store();
        DYNALITE.kill();
        try {
            long start = System.nanoTime();
            StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> store.forget(Owner.account("anyone")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(took.compareTo(BOUND) < 0, "took " + took);
            assertTrue(e.getMessage().contains("ConnectException"), e.getMessage());
        } finally {
            DYNALITE.start();
        }
        store.forget(Owner.account("anyone"));
    }
}

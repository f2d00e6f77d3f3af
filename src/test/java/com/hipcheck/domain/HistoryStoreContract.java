package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HistoryStore} does, run against each implementation by a subclass: the
 * in-memory fake, the local file store and the DynamoDB store on dynalite. Each test uses users
 * of its own, so a store shared by the tests of one class is fine.
 */
public abstract class HistoryStoreContract {
    private static final AtomicInteger USERS = new AtomicInteger();
    /** 2026-01-01T00:00:00Z. */
    protected static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);

    /** Returns the store under test. */
    protected abstract HistoryStore store();

    /** Returns a second store over the same data, as a second device would have; may be {@link #store}. */
    protected abstract HistoryStore secondWriter();

    /** Returns a description of each thing still kept for {@code user}, read past the store's own API. */
    protected abstract List<String> keptFor(String user) throws Exception;

    /** Returns a user id no other test uses. */
    protected static String newUser() {
        return "amzn1.ask.account.contract-" + USERS.incrementAndGet();
    }

    /** Returns a complete record taken at {@code takenAt}, right side tight. */
    protected static TestRecord result(Instant takenAt) {
        return new TestRecord(takenAt, new TestAnswers(SideAnswers.of(Answer.NO, Answer.YES, Answer.NO),
                SideAnswers.of(Answer.YES, Answer.NO, Answer.UNSURE)), Optional.empty(), Hold.DEFAULT);
    }

    /** Returns a place saved at {@code savedAt}, the right side's first answer given. */
    protected static UnfinishedTest place(Instant savedAt, Answer thighDrops) {
        return new UnfinishedTest(savedAt, new TestAnswers(SideAnswers.none().with(Question.THIGH_DROPS, thighDrops),
                SideAnswers.none()));
    }

    @Test
    void anUnknownUserHasNoHistory() throws StoreUnavailable {
        assertEquals(History.none(), store().load(newUser()));
    }

    @Test
    void resultsComeBackNewestFirst() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0.plusSeconds(60)));
        store().saveResult(user, result(T0));
        store().saveResult(user, result(T0.plusSeconds(3600)));

        assertEquals(List.of(result(T0.plusSeconds(3600)), result(T0.plusSeconds(60)), result(T0)),
                store().load(user).results());
    }

    @Test
    void instantsKeepTheirPrecisionAndOrder() throws StoreUnavailable {
        String user = newUser();
        List<Instant> times = List.of(T0, T0.plusNanos(1), T0.plusMillis(1), T0.plusSeconds(1), T0.plusSeconds(10));
        for (Instant t : times) {
            store().saveResult(user, result(t));
        }

        List<Instant> loaded = store().load(user).results().stream().map(TestRecord::takenAt).toList();

        assertEquals(List.of(times.get(4), times.get(3), times.get(2), times.get(1), times.get(0)), loaded);
    }

    @Test
    void loadReturnsOnlyTheNewestResultsUpToTheLimit() throws StoreUnavailable {
        String user = newUser();
        int saved = HistoryStore.RESULTS_LOADED + 3;
        for (int i = 0; i < saved; i++) {
            store().saveResult(user, result(T0.plusSeconds(i)));
        }

        List<TestRecord> loaded = store().load(user).results();

        assertEquals(HistoryStore.RESULTS_LOADED, loaded.size());
        assertEquals(T0.plusSeconds(saved - 1), loaded.get(0).takenAt());
        assertEquals(T0.plusSeconds(3), loaded.get(loaded.size() - 1).takenAt());
    }

    @Test
    void aPlaceDoesNotTakeTheRoomOfAResult() throws StoreUnavailable {
        String user = newUser();
        for (int i = 0; i < HistoryStore.RESULTS_LOADED + 1; i++) {
            store().saveResult(user, result(T0.plusSeconds(i)));
        }
        store().keepPlace(user, place(T0.plusSeconds(100), Answer.NO));

        History history = store().load(user);

        assertEquals(HistoryStore.RESULTS_LOADED, history.results().size());
        assertEquals(Optional.of(place(T0.plusSeconds(100), Answer.NO)), history.unfinished());
    }

    @Test
    void savingTheSameResultAgainChangesNothing() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().saveResult(user, result(T0));

        assertEquals(List.of(result(T0)), store().load(user).results());
    }

    @Test
    void aDifferentResultAtTheSameInstantIsRefusedAndTheFirstKept() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        TestRecord other = result(T0).withStretch(Stretch.HALF_KNEELING, new Hold(20));

        assertThrows(StoreUnavailable.class, () -> secondWriter().saveResult(user, other));
        assertEquals(List.of(result(T0)), store().load(user).results());
    }

    @Test
    void thePlaceIsKeptAndReplacedByANewerOne() throws StoreUnavailable {
        String user = newUser();
        store().keepPlace(user, place(T0, Answer.NO));
        assertEquals(Optional.of(place(T0, Answer.NO)), store().load(user).unfinished());

        store().keepPlace(user, place(T0.plusSeconds(5), Answer.YES));

        assertEquals(Optional.of(place(T0.plusSeconds(5), Answer.YES)), store().load(user).unfinished());
    }

    @Test
    void anOlderPlaceNeverReplacesANewerOne() throws StoreUnavailable {
        String user = newUser();
        store().keepPlace(user, place(T0.plusSeconds(5), Answer.YES));

        store().keepPlace(user, place(T0, Answer.NO));

        assertEquals(Optional.of(place(T0.plusSeconds(5), Answer.YES)), store().load(user).unfinished());
    }

    @Test
    void aPlaceSavedAtTheSameInstantReplacesTheKeptOne() throws StoreUnavailable {
        String user = newUser();
        store().keepPlace(user, place(T0, Answer.NO));

        store().keepPlace(user, place(T0, Answer.UNSURE));

        assertEquals(Optional.of(place(T0, Answer.UNSURE)), store().load(user).unfinished());
    }

    @Test
    void droppingThePlaceLeavesTheResults() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().keepPlace(user, place(T0.plusSeconds(60), Answer.NO));

        store().dropPlace(user);
        store().dropPlace(user);

        assertEquals(new History(List.of(result(T0)), Optional.empty()), store().load(user));
    }

    @Test
    void updateResultChangesOnlyThatRecord() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().saveResult(user, result(T0.plusSeconds(60)));

        store().updateResult(user, result(T0).withStretch(Stretch.HALF_KNEELING, new Hold(25)));

        assertEquals(List.of(result(T0.plusSeconds(60)), result(T0).withStretch(Stretch.HALF_KNEELING, new Hold(25))),
                store().load(user).results());
    }

    @Test
    void updateResultReplacesACorrectedAnswer() throws StoreUnavailable {
        String user = newUser();
        store().saveResult(user, result(T0));
        TestRecord corrected = new TestRecord(T0, new TestAnswers(SideAnswers.of(Answer.YES, Answer.NO, Answer.NO),
                SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)), Optional.empty(), new Hold(20));

        store().updateResult(user, corrected);

        assertEquals(List.of(corrected), store().load(user).results());
    }

    @Test
    void updateResultOnAMissingRecordCreatesNothing() throws Exception {
        String user = newUser();
        store().saveResult(user, result(T0));

        store().updateResult(user, result(T0.plusSeconds(1)).withStretch(Stretch.EDGE_OF_TABLE, new Hold(20)));
        store().updateResult(newUser(), result(T0).withStretch(Stretch.EDGE_OF_TABLE, new Hold(20)));

        assertEquals(List.of(result(T0)), store().load(user).results());
        assertEquals(1, keptFor(user).size());
    }

    @Test
    void updateResultAfterForgetDoesNotBringTheRecordBack() throws Exception {
        String user = newUser();
        store().saveResult(user, result(T0));
        store().forget(user);

        secondWriter().updateResult(user, result(T0).withStretch(Stretch.EDGE_OF_TABLE, new Hold(20)));

        assertEquals(History.none(), store().load(user));
        assertEquals(List.of(), keptFor(user));
    }

    @Test
    void forgetLeavesNothingOfThatUser() throws Exception {
        String user = newUser();
        for (int i = 0; i < 30; i++) {
            store().saveResult(user, result(T0.plusSeconds(i)));
        }
        store().updateResult(user, result(T0).withStretch(Stretch.HALF_KNEELING, new Hold(22)));
        store().keepPlace(user, place(T0.plusSeconds(100), Answer.NO));

        store().forget(user);

        assertEquals(History.none(), store().load(user));
        assertEquals(List.of(), keptFor(user));
        store().forget(user);
    }

    @Test
    void twoUsersAreKeptApart() throws Exception {
        String ann = newUser();
        String bob = newUser();
        store().saveResult(ann, result(T0));
        store().keepPlace(ann, place(T0.plusSeconds(1), Answer.NO));
        store().saveResult(bob, result(T0.plusSeconds(2)));

        store().forget(bob);
        store().updateResult(bob, result(T0).withStretch(Stretch.EDGE_OF_TABLE, new Hold(20)));

        assertEquals(new History(List.of(result(T0)), Optional.of(place(T0.plusSeconds(1), Answer.NO))),
                store().load(ann));
        assertEquals(History.none(), store().load(bob));
        assertEquals(2, keptFor(ann).size());
    }

    @Test
    void twoDevicesOfOneUserNeverOverwriteEachOther() throws StoreUnavailable {
        String user = newUser();
        HistoryStore kitchen = store();
        HistoryStore bedroom = secondWriter();

        kitchen.keepPlace(user, place(T0.plusSeconds(10), Answer.NO));
        bedroom.saveResult(user, result(T0));
        bedroom.keepPlace(user, place(T0.plusSeconds(5), Answer.YES));
        kitchen.saveResult(user, result(T0.plusSeconds(20)));
        bedroom.updateResult(user, result(T0.plusSeconds(20)).withStretch(Stretch.EDGE_OF_TABLE, new Hold(24)));

        assertEquals(new History(List.of(result(T0.plusSeconds(20)).withStretch(Stretch.EDGE_OF_TABLE, new Hold(24)),
                result(T0)), Optional.of(place(T0.plusSeconds(10), Answer.NO))), bedroom.load(user));
    }

    @Test
    void twoWritersAtOnceKeepEveryResult() throws Exception {
        String user = newUser();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                HistoryStore writer = w == 0 ? store() : secondWriter();
                int offset = w;
                writers.add(() -> {
                    for (int i = 0; i < 8; i++) {
                        writer.saveResult(user, result(T0.plusSeconds(2L * i + offset)));
                        writer.keepPlace(user, place(T0.plusSeconds(100 + 2L * i + offset), Answer.NO));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        History history = store().load(user);

        assertEquals(16, history.results().size());
        assertTrue(history.unfinished().isPresent());
        assertEquals(T0.plusSeconds(115), history.unfinished().get().savedAt());
    }
}

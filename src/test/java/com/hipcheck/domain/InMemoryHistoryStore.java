package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The history store for tests: everything in memory, with a switch that makes every call fail as
 * a store that is down would, and a count of calls, so a test can tell what the skill asked for.
 */
public final class InMemoryHistoryStore implements HistoryStore {
    private final Map<String, List<TestRecord>> results = new HashMap<>();
    private final Map<String, UnfinishedTest> places = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile boolean down;

    /** Makes every later call fail (true) or work again (false). */
    public void down(boolean isDown) {
        this.down = isDown;
    }

    /** Returns how many calls were made, failed ones included. */
    public int calls() {
        return calls.get();
    }

    /** Returns every result kept for {@code user}, newest first. */
    public synchronized List<TestRecord> results(String user) {
        return new History(results.getOrDefault(user, List.of()), Optional.empty()).results();
    }

    /** Returns the unfinished test kept for {@code user}, if any. */
    public synchronized Optional<UnfinishedTest> place(String user) {
        return Optional.ofNullable(places.get(user));
    }

    /** Returns whether nothing at all is kept, for any user. */
    public synchronized boolean isEmpty() {
        return results.values().stream().allMatch(List::isEmpty) && places.isEmpty();
    }

    @Override
    public synchronized History load(String user) throws StoreUnavailable {
        call();
        List<TestRecord> kept = results.getOrDefault(user, List.of());
        List<TestRecord> newest = new History(kept, Optional.empty()).results();
        return new History(newest.subList(0, Math.min(RESULTS_LOADED, newest.size())),
                Optional.ofNullable(places.get(user)));
    }

    @Override
    public synchronized void saveResult(String user, TestRecord result) throws StoreUnavailable {
        call();
        List<TestRecord> kept = results.computeIfAbsent(user, u -> new ArrayList<>());
        // As the real stores: the same record again is a retried write, done already; a different
        // record at the same instant is refused.
        if (kept.contains(result)) {
            return;
        }
        if (kept.stream().anyMatch(r -> r.takenAt().equals(result.takenAt()))) {
            throw new StoreUnavailable("a different result taken at " + result.takenAt() + " is already kept");
        }
        kept.add(result);
    }

    @Override
    public synchronized void updateResult(String user, TestRecord result) throws StoreUnavailable {
        call();
        List<TestRecord> kept = results.getOrDefault(user, List.of());
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).takenAt().equals(result.takenAt())) {
                kept.set(i, result);
            }
        }
    }

    @Override
    public synchronized void keepPlace(String user, UnfinishedTest place) throws StoreUnavailable {
        call();
        UnfinishedTest kept = places.get(user);
        if (kept == null || !kept.savedAt().isAfter(place.savedAt())) {
            places.put(user, place);
        }
    }

    @Override
    public synchronized void dropPlace(String user) throws StoreUnavailable {
        call();
        places.remove(user);
    }

    @Override
    public synchronized void forget(String user) throws StoreUnavailable {
        call();
        results.remove(user);
        places.remove(user);
    }

    private void call() throws StoreUnavailable {
        calls.incrementAndGet();
        if (down) {
            throw new StoreUnavailable("the in-memory store is switched off");
        }
    }
}

package com.hipcheck.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The practice store for tests: everything in memory, with a switch that makes every call fail as
 * a store that is down would, and a count of calls, so a test can tell what the skill asked for.
 */
public final class InMemoryPracticeStore implements PracticeStore {
    private final Map<Owner, PracticeRecord> records = new HashMap<>();
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

    /** Returns the record kept for {@code who}, read past the port: no call is counted. */
    public synchronized Optional<PracticeRecord> kept(Owner who) {
        return Optional.ofNullable(records.get(who));
    }

    /** Keeps {@code record} for {@code who} past the port, as an earlier visit would have left it. */
    public synchronized void put(Owner who, PracticeRecord record) {
        records.put(who, record);
    }

    /** Returns whether nothing at all is kept, for anyone. */
    public synchronized boolean isEmpty() {
        return records.isEmpty();
    }

    @Override
    public synchronized Optional<PracticeRecord> load(Owner who) throws StoreUnavailable {
        call();
        return Optional.ofNullable(records.get(who));
    }

    @Override
    public synchronized void keep(Owner who, PracticeRecord record, boolean first) throws StoreUnavailable {
        call();
        if (first || records.containsKey(who)) {
            records.put(who, record);
        }
    }

    @Override
    public synchronized void forget(Owner who) throws StoreUnavailable {
        call();
        records.remove(who);
    }

    @Override
    public synchronized void forgetAccount(String userId) throws StoreUnavailable {
        call();
        records.keySet().removeIf(owner -> owner.userId().equals(userId));
    }

    private void call() throws StoreUnavailable {
        calls.incrementAndGet();
        if (down) {
            throw new StoreUnavailable("in-memory store is down");
        }
    }
}

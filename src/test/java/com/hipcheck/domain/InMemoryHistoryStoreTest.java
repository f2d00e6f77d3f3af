package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;

/** Holds the in-memory fake to the store contract, so tests that use it test what the real stores do. */
class InMemoryHistoryStoreTest extends HistoryStoreContract {
    private final InMemoryHistoryStore store = new InMemoryHistoryStore();

    @Override
    protected HistoryStore store() {
        return store;
    }

    @Override
    protected HistoryStore secondWriter() {
        return store;
    }

    @Override
    protected List<String> keptFor(String user) {
        List<String> kept = new ArrayList<>();
        store.results(user).forEach(r -> kept.add("result " + r.takenAt()));
        store.place(user).ifPresent(p -> kept.add("place " + p.savedAt()));
        return kept;
    }
}

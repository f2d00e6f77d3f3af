package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;

/** Holds the in-memory fake to the store contract, so tests that use it test what the real stores do. */
class InMemoryPracticeStoreTest extends PracticeStoreContract {
    private final InMemoryPracticeStore store = new InMemoryPracticeStore();

    @Override
    protected PracticeStore store() {
        return store;
    }

    @Override
    protected PracticeStore secondWriter() {
        return store;
    }

    @Override
    protected List<String> keptFor(String user) {
        List<String> kept = new ArrayList<>();
        for (String person : List.of("", "amzn1.ask.person.contract")) {
            Owner who = person.isEmpty() ? Owner.account(user)
                    : new Owner(user, java.util.Optional.of(person));
            store.kept(who).ifPresent(r -> kept.add(who.toString()));
        }
        return kept;
    }
}

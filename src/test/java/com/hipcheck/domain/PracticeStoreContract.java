package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PracticeStore} does, run against each implementation by a subclass: the
 * in-memory fake, the local file store and the DynamoDB store on dynalite. Each test uses users
 * of its own, so a store shared by the tests of one class is fine.
 */
public abstract class PracticeStoreContract {
    private static final AtomicInteger USERS = new AtomicInteger();
    /** 2026-01-01T00:00:00Z. */
    protected static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);
    protected static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    /** Returns the store under test. */
    protected abstract PracticeStore store();

    /** Returns a second store over the same data, as a second device would have; may be {@link #store}. */
    protected abstract PracticeStore secondWriter();

    /** Returns a description of each thing still kept for the account {@code user}, read past the store's own API. */
    protected abstract List<String> keptFor(String user) throws Exception;

    /** Returns an account no other test uses. */
    protected static Owner newUser() {
        return Owner.account("amzn1.ask.account.contract-" + USERS.incrementAndGet());
    }

    /**
     * Returns a record with every field filled: the right side to stretch, kneeling, 25 s, two rounds,
     * two tests, paused.
     */
    protected static PracticeRecord full() {
        return new PracticeRecord(List.of(Side.RIGHT), Optional.of(Stretch.HALF_KNEELING), new Hold(25), 2,
                List.of(DAY.minusDays(20), DAY.minusDays(3)), List.of(DAY.minusDays(2), DAY.minusDays(1)),
                Optional.of(DAY), T0);
    }

    @Test
    void anUnknownUserHasNoRecord() throws StoreUnavailable {
        assertEquals(Optional.empty(), store().load(newUser()));
    }

    @Test
    void aKeptRecordComesBackWhole() throws StoreUnavailable {
        Owner who = newUser();
        store().keep(who, full(), true);
        assertEquals(Optional.of(full()), store().load(who));
    }

    @Test
    void aBlankRecordComesBackBlank() throws StoreUnavailable {
        Owner who = newUser();
        store().keep(who, PracticeRecord.blank(T0), true);
        assertEquals(Optional.of(PracticeRecord.blank(T0)), store().load(who));
    }

    @Test
    void aLaterKeepReplacesTheRecord() throws StoreUnavailable {
        Owner who = newUser();
        store().keep(who, PracticeRecord.blank(T0), true);
        store().keep(who, full(), false);
        assertEquals(Optional.of(full()), store().load(who));
    }

    @Test
    void aLaterKeepNeverCreatesARecord() throws Exception {
        Owner who = newUser();
        store().keep(who, full(), false);
        assertEquals(Optional.empty(), store().load(who));
        assertEquals(List.of(), keptFor(who.userId()));
    }

    @Test
    void aLaterKeepAfterForgetDoesNotBringTheRecordBack() throws Exception {
        Owner who = newUser();
        store().keep(who, full(), true);
        secondWriter().forget(who);
        store().keep(who, full().practised(DAY), false);
        assertEquals(Optional.empty(), store().load(who));
        assertEquals(List.of(), keptFor(who.userId()));
    }

    @Test
    void aPersonsRecordIsKeptApartFromTheAccounts() throws StoreUnavailable {
        Owner account = newUser();
        Owner person = new Owner(account.userId(), Optional.of("amzn1.ask.person.contract"));
        store().keep(account, PracticeRecord.blank(T0), true);
        store().keep(person, full(), true);
        assertEquals(Optional.of(PracticeRecord.blank(T0)), store().load(account));
        assertEquals(Optional.of(full()), store().load(person));
    }

    @Test
    void forgettingAPersonLeavesTheAccountsRecord() throws StoreUnavailable {
        Owner account = newUser();
        Owner person = new Owner(account.userId(), Optional.of("amzn1.ask.person.contract"));
        store().keep(account, full(), true);
        store().keep(person, full(), true);
        store().forget(person);
        assertEquals(Optional.empty(), store().load(person));
        assertEquals(Optional.of(full()), store().load(account));
    }

    @Test
    void forgettingTheAccountLeavesNothingOfIt() throws Exception {
        Owner account = newUser();
        Owner person = new Owner(account.userId(), Optional.of("amzn1.ask.person.contract"));
        Owner other = newUser();
        store().keep(account, full(), true);
        store().keep(person, full(), true);
        store().keep(other, full(), true);
        store().forgetAccount(account.userId());
        assertEquals(List.of(), keptFor(account.userId()));
        assertEquals(Optional.of(full()), store().load(other));
    }

    @Test
    void forgettingSomeoneWithNothingKeptIsHarmless() throws StoreUnavailable {
        Owner who = newUser();
        store().forget(who);
        store().forgetAccount(who.userId());
        assertEquals(Optional.empty(), store().load(who));
    }

    @Test
    void twoUsersAreKeptApart() throws StoreUnavailable {
        Owner a = newUser();
        Owner b = newUser();
        store().keep(a, full(), true);
        assertEquals(Optional.empty(), store().load(b));
        assertTrue(store().load(a).isPresent());
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.PracticeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * What the conversation knows of the user and may keep: whether there is a store, whether the
 * user agreed to keep a practice record, and the record itself. The dialog keeps the record up to
 * date in every session; it is written only once the user agreed ({@link #keeps}).
 *
 * @param storage whether there is a store, and whether it answered at the start
 * @param consented whether the user agreed that their practice record is kept (before, or in this session)
 * @param record the practice record as it stands: as loaded, or as this session has made it
 * @param fromPlan whether the stretching in this session follows the kept plan rather than a test taken now
 * @param forgotten whether the user asked to be forgotten in this session: nothing more is written
 *     until they agree again
 * @param asked whether the user was asked in this session to let the record be kept
 * @param clock the time of the request being answered
 * @param zone the device's time zone, which says what day it is for the user; UTC when unknown
 */
public record Memory(Storage storage, boolean consented, PracticeRecord record, boolean fromPlan, boolean forgotten,
        boolean asked, Instant clock, ZoneId zone) {

    /** Whether a record can be kept, as far as the conversation knows. */
    public enum Storage {
        /** No store here: Hip Check keeps nothing, and never offers to. */
        NONE,
        /** The store answered: {@link #record} starts as what it holds. */
        UP,
        /** The store did not answer at the start: nothing is known, keeping may still work. */
        DOWN
    }

    /**
     * After this many days a retest is suggested rather than the stretch: about the time a daily
     * stretch needs to make a difference that the test can show.
     */
    static final int RETEST_AFTER_DAYS = 21;

    /**
     * The record of a user nothing is kept for. It is dated at the epoch, not now: it is not
     * written until the user agrees (then with the time of the yes), and a session's state should
     * not change with the second it started.
     */
    static final PracticeRecord NOTHING_KEPT = PracticeRecord.blank(Instant.EPOCH);

    /** What a conversation with no store knows. */
    public static final Memory NONE = new Memory(Storage.NONE, false, NOTHING_KEPT, false, false,
            false, Instant.EPOCH, ZoneOffset.UTC);

    public Memory {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        if (storage == Storage.NONE && (consented || forgotten || asked)) {
            throw new IllegalArgumentException("without a store nothing is kept or agreed");
        }
        if (forgotten && consented) {
            throw new IllegalArgumentException("a user who asked to be forgotten has not agreed again");
        }
        if (fromPlan && record.sides().isEmpty()) {
            throw new IllegalArgumentException("stretching from the plan needs a side in it");
        }
    }

    /** Returns what the conversation knows at the start, given the store's answer and the device's zone. */
    static Memory at(Instant now, Storage storage, Optional<PracticeRecord> kept, ZoneId zone) {
        // An expired record is one DynamoDB has not yet got round to deleting: it is not there.
        if (storage != Storage.UP || kept.isEmpty() || !kept.get().expiresAt().isAfter(now)) {
            return new Memory(storage, false, NOTHING_KEPT, false, false, false, now, zone);
        }
        // A record is kept only after a yes, so a user with one has agreed.
        return new Memory(storage, true, kept.get(), false, false, false, now, zone);
    }

    /** Returns the user's day today. */
    LocalDate today() {
        return LocalDate.ofInstant(clock, zone);
    }

    /** Returns whether the record is written as it changes: the user agreed and has not asked to be forgotten since. */
    boolean keeps() {
        return storage != Storage.NONE && consented && !forgotten;
    }

    /** Returns whether the user is asked to agree at the end of this session. */
    public boolean asksConsent() {
        return storage != Storage.NONE && !consented && !asked;
    }

    /** Returns whether the user has a kept record with something in it: a returning user. */
    boolean returning() {
        return consented && !record.isBlank();
    }

    /** Returns whether a kept plan has a side to stretch. */
    boolean hasPlan() {
        return consented && !record.sides().isEmpty();
    }

    /** Returns whether something hurt enough today to stop stretching until tomorrow. */
    boolean pausedToday() {
        return record.pausedOn().isPresent() && !record.pausedOn().get().isBefore(today());
    }

    /** Returns whether a pause from an earlier day is still to be asked about. */
    boolean pauseToAskAbout() {
        return record.pausedOn().isPresent() && record.pausedOn().get().isBefore(today());
    }

    /** Returns whether the latest test is old enough that a retest should come before more stretching. */
    boolean retestDue() {
        return record.latestTest().isPresent()
                && record.latestTest().get().plusDays(RETEST_AFTER_DAYS).compareTo(today()) <= 0;
    }

    /** Returns this memory at another moment. */
    Memory at(Instant now) {
        return new Memory(storage, consented, record, fromPlan, forgotten, asked, now, zone);
    }

    /** Returns this memory with the record changed as {@code changed}. */
    Memory with(PracticeRecord changed) {
        return changed == record ? this
                : new Memory(storage, consented, changed, fromPlan, forgotten, asked, clock, zone);
    }

    /** Returns this memory once the user was asked to let the record be kept: agreed, or not. */
    Memory askedNow(boolean agreed) {
        return new Memory(agreed && storage == Storage.DOWN ? Storage.UP : storage, agreed, record, fromPlan,
                forgotten && !agreed, true, clock, zone);
    }

    /** Returns this memory stretching on the kept plan. */
    Memory onPlan() {
        return new Memory(storage, consented, record, true, forgotten, asked, clock, zone);
    }

    /** Returns this memory for a new test: the stretching, if any, will follow it. */
    Memory newTest() {
        return fromPlan ? new Memory(storage, consented, record, false, forgotten, asked, clock, zone) : this;
    }

    /** Returns this memory once everything kept was deleted: nothing known, nothing agreed. */
    Memory forgottenNow() {
        return new Memory(storage, false, NOTHING_KEPT, false, true, false, clock, zone);
    }
}

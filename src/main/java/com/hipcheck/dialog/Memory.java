package com.hipcheck.dialog;

import com.hipcheck.domain.History;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the conversation knows of the user's history, and what it may keep: whether results are
 * stored at all, whether the user agreed to it, their earlier results, and today's saved one.
 *
 * @param storage whether there is a history store, and whether it answered at the start
 * @param consented whether the user agreed that results are kept (before, or in this session)
 * @param past earlier results, newest first: today's once it is saved
 * @param savedAt when today's result was saved, which names its record; empty until it is
 * @param fromPast whether the state's answers are the last saved result rather than a test taken now
 * @param forgotten whether the user asked to be forgotten in this session: nothing more is written
 *     until they agree again
 * @param asked whether the user was asked in this session to let results be kept
 * @param clock the time of the request being answered
 */
public record Memory(Storage storage, boolean consented, List<Past> past, Optional<Instant> savedAt,
        boolean fromPast, boolean forgotten, boolean asked, Instant clock) {

    /** The most earlier results kept in a session. */
    public static final int PAST_KEPT = 20;

    /** Whether results can be kept, as far as the conversation knows. */
    public enum Storage {
        /** No history store here: Hip Check keeps nothing, and never offers to. */
        NONE,
        /** The store answered: {@link #past} is what it holds. */
        UP,
        /** The store did not answer at the start: nothing is known, saving may still work. */
        DOWN
    }

    /**
     * One earlier result, as much as the conversation needs: its day and each side's outcome.
     *
     * @param date the day the test was taken (UTC)
     * @param right the right side's outcome
     * @param left the left side's outcome
     * @param stretch the stretch chosen after it, if any
     */
    public record Past(LocalDate date, Outcome right, Outcome left, Optional<Stretch> stretch) {
        public Past {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(stretch, "stretch");
        }

        /** Returns the summary of a saved result. */
        public static Past of(TestRecord r) {
            return new Past(dayOf(r.takenAt()), r.verdict(Side.RIGHT).outcome(), r.verdict(Side.LEFT).outcome(),
                    r.stretch());
        }

        /** Returns one side's outcome. */
        public Outcome outcome(Side side) {
            return side == Side.RIGHT ? right : left;
        }

        /** Returns whether either side was tight. */
        public boolean anyTight() {
            return right == Outcome.TIGHT || left == Outcome.TIGHT;
        }
    }

    /** What a conversation with no history store knows. */
    public static final Memory NONE = new Memory(Storage.NONE, false, List.of(), Optional.empty(), false, false,
            false, Instant.EPOCH);

    public Memory {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(clock, "clock");
        past = List.copyOf(past.size() > PAST_KEPT ? past.subList(0, PAST_KEPT) : past);
        if (storage == Storage.NONE && (consented || !past.isEmpty() || savedAt.isPresent() || forgotten || asked)) {
            throw new IllegalArgumentException("without a store nothing is kept or agreed");
        }
        if (forgotten && consented) {
            throw new IllegalArgumentException("a user who asked to be forgotten has not agreed again");
        }
        if (savedAt.isPresent() && !consented) {
            throw new IllegalArgumentException("a result is saved only with consent");
        }
    }

    /** Returns what the conversation knows at the start, given the store's answer. */
    static Memory at(Instant now, Storage storage, History history) {
        if (storage != Storage.UP) {
            return new Memory(storage, false, List.of(), Optional.empty(), false, false, false, now);
        }
        List<Past> past = new ArrayList<>();
        for (TestRecord r : history.asOf(now).results()) {
            past.add(Past.of(r));
        }
        // Results are kept only with consent, so a user with any has agreed.
        return new Memory(storage, !past.isEmpty(), past, Optional.empty(), false, false, false, now);
    }

    /** Returns the day of {@code instant}, as the conversation dates results. */
    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Returns today's date. */
    LocalDate today() {
        return dayOf(clock);
    }

    /** Returns whether anything may be written for this user without asking first: an unfinished test's place. */
    boolean keepsPlaces() {
        return storage != Storage.NONE && !forgotten;
    }

    /** Returns whether the user is asked to agree once a test finishes. */
    public boolean asksConsent() {
        return storage != Storage.NONE && !consented && !asked;
    }

    /** Returns the newest earlier result, if any. */
    Optional<Past> last() {
        return past.isEmpty() ? Optional.empty() : Optional.of(past.get(0));
    }

    /** Returns this memory at another moment. */
    Memory at(Instant now) {
        return new Memory(storage, consented, past, savedAt, fromPast, forgotten, asked, now);
    }

    /** Returns this memory once today's result, taken at {@code takenAt}, is saved. */
    Memory saved(Instant takenAt, Past today) {
        List<Past> all = new ArrayList<>(past.size() + 1);
        all.add(today);
        all.addAll(past);
        return new Memory(storage == Storage.DOWN ? Storage.UP : storage, true, all, Optional.of(takenAt), fromPast,
                false, true, clock);
    }

    /** Returns this memory once the user was asked to let results be kept: agreed, or not. */
    Memory askedNow(boolean agreed) {
        return new Memory(storage, agreed, past, savedAt, fromPast, forgotten && !agreed, true, clock);
    }

    /** Returns this memory with the state's answers taken from the last saved result. */
    Memory recalled() {
        return new Memory(storage, consented, past, Optional.empty(), true, forgotten, asked, clock);
    }

    /** Returns this memory for a new test: not from the past, and nothing of it saved yet. */
    Memory newTest() {
        return new Memory(storage, consented, past, Optional.empty(), false, forgotten, asked, clock);
    }

    /** Returns this memory once everything kept was deleted: nothing known, nothing agreed. */
    Memory forgottenNow() {
        return new Memory(storage, false, List.of(), Optional.empty(), fromPast, true, false, clock);
    }
}

package com.hipcheck.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What Hip Check keeps for a user who said yes: a practice record, not test results. It holds the
 * plan (which sides to stretch, how, how long, how many rounds), the days of its tests and of
 * practice lately, and a safety pause. It never holds the test's answers, the verdict
 * words or anything the user said; the sides to stretch are the plan the test led to.
 *
 * <p>The dialog keeps one of these for every session, kept or not: it is written only once the
 * user agreed (see {@code dialog.Keeping}).
 *
 * @param sides the sides to stretch from the latest test, right first; empty when none needs it
 * @param stretch the stretch chosen, if one was
 * @param hold how long each stretch is held
 * @param rounds how many rounds per side the user does
 * @param testedOn the user's days of a test, oldest first, within {@link #PRACTICE_DAYS} of the latest
 * @param practisedOn the user's days with at least one hold, oldest first, within {@link #PRACTICE_DAYS}
 * @param pausedOn the user's day something hurt enough to stop for the day, until asked how it went
 * @param updatedAt when the record last changed or the user last visited; it expires {@link #KEPT_FOR} later
 */
public record PracticeRecord(List<Side> sides, Optional<Stretch> stretch, Hold hold, int rounds,
        List<LocalDate> testedOn, List<LocalDate> practisedOn, Optional<LocalDate> pausedOn, Instant updatedAt) {

    /** How long a record outlives the user's last visit: a year, after which the store drops it. */
    public static final Duration KEPT_FOR = Duration.ofDays(365);
    /** How many days of practice and of tests are kept: enough for "this month" and a streak, no more. */
    public static final int PRACTICE_DAYS = 90;
    /**
     * Rounds a side unless the user says otherwise. The article gives the hold (20 to 30 seconds)
     * but no count; three holds of that length come to 60 to 90 seconds a side, the minute or so of
     * stretching a muscle a day that common exercise guidance (two to four repetitions) adds up
     * to, and three rounds fit a few minutes with the rests between them.
     */
    public static final int DEFAULT_ROUNDS = 3;
    /** The most rounds a side Hip Check leads: past five, a session is a workout, not a habit. */
    public static final int MAX_ROUNDS = 5;

    public PracticeRecord {
        Objects.requireNonNull(stretch, "stretch");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(pausedOn, "pausedOn");
        Objects.requireNonNull(updatedAt, "updatedAt");
        List<Side> ordered = new ArrayList<>(2);
        for (Side side : Side.values()) {
            if (sides.contains(side)) {
                ordered.add(side);
            }
        }
        sides = List.copyOf(ordered);
        testedOn = recent(testedOn);
        practisedOn = recent(practisedOn);
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException("rounds out of range: " + rounds);
        }
    }

    /** Returns the record of a user nothing is kept for yet, as of {@code now}. */
    public static PracticeRecord blank(Instant now) {
        return new PracticeRecord(List.of(), Optional.empty(), Hold.DEFAULT, DEFAULT_ROUNDS, List.of(), List.of(),
                Optional.empty(), now);
    }

    /** Returns whether the record holds nothing the user did: no test, no practice, no pause, no choice made. */
    public boolean isBlank() {
        return testedOn.isEmpty() && practisedOn.isEmpty() && pausedOn.isEmpty() && stretch.isEmpty()
                && hold.equals(Hold.DEFAULT) && rounds == DEFAULT_ROUNDS;
    }

    /** Returns when the store may drop this record. */
    public Instant expiresAt() {
        return updatedAt.plus(KEPT_FOR);
    }

    /** Returns this record after a test on {@code day} that found {@code tight} sides to stretch. */
    public PracticeRecord tested(LocalDate day, List<Side> tight) {
        return new PracticeRecord(tight, stretch, hold, rounds, plus(testedOn, day), practisedOn, pausedOn, updatedAt);
    }

    /** Returns this record with a hold done on {@code day}. */
    public PracticeRecord practised(LocalDate day) {
        if (practisedOn.contains(day)) {
            return this;
        }
        return new PracticeRecord(sides, stretch, hold, rounds, testedOn, plus(practisedOn, day), pausedOn, updatedAt);
    }

    /** Returns this record with {@code chosen} as the stretch and {@code newHold} as the hold. */
    public PracticeRecord with(Optional<Stretch> chosen, Hold newHold) {
        // The hold by its seconds: a record's own equals is bootstrapped on first use, 10 to 15 ms of a cold start.
        if (chosen.equals(stretch) && newHold.seconds() == hold.seconds()) {
            return this;
        }
        return new PracticeRecord(sides, chosen.isPresent() ? chosen : stretch, newHold, rounds, testedOn,
                practisedOn, pausedOn, updatedAt);
    }

    /** Returns this record with {@code chosen}, {@code newHold} and {@code count} rounds a side as the plan. */
    public PracticeRecord with(Optional<Stretch> chosen, Hold newHold, int count) {
        PracticeRecord held = with(chosen, newHold);
        return count == held.rounds ? held : new PracticeRecord(held.sides, held.stretch, held.hold, count,
                held.testedOn, held.practisedOn, held.pausedOn, held.updatedAt);
    }

    /** Returns this record paused on {@code day}: no stretching that day, and a question next time. */
    public PracticeRecord paused(LocalDate day) {
        return new PracticeRecord(sides, stretch, hold, rounds, testedOn, practisedOn, Optional.of(day), updatedAt);
    }

    /** Returns this record with its safety pause over. */
    public PracticeRecord unpaused() {
        return new PracticeRecord(sides, stretch, hold, rounds, testedOn, practisedOn, Optional.empty(), updatedAt);
    }

    /**
     * Returns this record as written at {@code now}: its year starts again. Kept to the day (UTC):
     * the year needs no more, and a record then reads the same whichever second of the day it was
     * written in.
     */
    public PracticeRecord touched(Instant now) {
        return new PracticeRecord(sides, stretch, hold, rounds, testedOn, practisedOn, pausedOn,
                now.truncatedTo(ChronoUnit.DAYS));
    }

    /** Returns the user's day of the latest test, if there was one. */
    public Optional<LocalDate> latestTest() {
        return latest(testedOn);
    }

    /** Returns the user's days of the tests before the latest, oldest first. */
    public List<LocalDate> earlierTests() {
        return testedOn.isEmpty() ? List.of() : testedOn.subList(0, testedOn.size() - 1);
    }

    /** Returns the last day the user did something: a test or a stretch. */
    public Optional<LocalDate> lastActive() {
        Optional<LocalDate> practised = latest(practisedOn);
        Optional<LocalDate> tested = latestTest();
        if (tested.isEmpty()) {
            return practised;
        }
        return practised.isPresent() && practised.get().isAfter(tested.get()) ? practised : tested;
    }

    /** Returns on how many days from {@code from} to {@code to}, both included, the user practised. */
    public int daysPractised(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d : practisedOn) {
            if (!d.isBefore(from) && !d.isAfter(to)) {
                n++;
            }
        }
        return n;
    }

    /** Returns whether this record differs from {@code other} in what it keeps, leaving aside when it was written. */
    public boolean differsFrom(PracticeRecord other) {
        return !sides.equals(other.sides) || !stretch.equals(other.stretch) || hold.seconds() != other.hold.seconds()
                || rounds != other.rounds || !testedOn.equals(other.testedOn) || !practisedOn.equals(other.practisedOn)
                || !pausedOn.equals(other.pausedOn);
    }

    /** Returns {@code days} oldest first, each once, and only those within {@link #PRACTICE_DAYS} of the latest. */
    private static List<LocalDate> recent(List<LocalDate> days) {
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        if (sorted.isEmpty()) {
            return List.of();
        }
        return List.copyOf(sorted.tailSet(sorted.last().minusDays(PRACTICE_DAYS - 1L)));
    }

    /** Returns {@code days} with {@code day} added; the constructor sorts and trims them. */
    private static List<LocalDate> plus(List<LocalDate> days, LocalDate day) {
        List<LocalDate> more = new ArrayList<>(days);
        more.add(day);
        return more;
    }

    private static Optional<LocalDate> latest(List<LocalDate> days) {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1));
    }
}

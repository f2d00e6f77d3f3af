package com.hipcheck.dialog;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Stretch;
import java.util.Objects;
import java.util.Optional;

/**
 * How the user stretches: which stretch, how long each hold lasts, how many rounds a side, and
 * which round of the set under way this is. The set is the chosen rounds, or, once they are done,
 * the extra rounds asked for at "another round?".
 *
 * @param stretch the chosen stretch; empty until one is chosen
 * @param hold how long each stretch is held
 * @param round which round of the set under way, on the side being stretched, from 1; past
 *     {@link #setLength()} only when the user asked for fewer rounds than were already done
 * @param rounds how many rounds a side the user chose, from 1 to {@link #MAX_ROUNDS}; what is kept
 * @param more how many rounds a side the extra set has; 0 while the chosen rounds are under way
 */
public record Plan(Optional<Stretch> stretch, Hold hold, int round, int rounds, int more) {
    public static final int MAX_ROUNDS = PracticeRecord.MAX_ROUNDS;
    static final Plan DEFAULT = new Plan(Optional.empty(), Hold.DEFAULT, 1, PracticeRecord.DEFAULT_ROUNDS, 0);

    public Plan {
        Objects.requireNonNull(stretch, "stretch");
        Objects.requireNonNull(hold, "hold");
        if (rounds < 1 || rounds > MAX_ROUNDS || more < 0 || more > MAX_ROUNDS) {
            throw new IllegalArgumentException("rounds out of range: " + rounds + ", " + more);
        }
        if (round < 1 || round > MAX_ROUNDS) {
            throw new IllegalArgumentException("round out of range: " + round);
        }
    }

    /** Returns whether {@code count} is a number of rounds a side Hip Check will lead. */
    public static boolean allowsRounds(long count) {
        return count >= 1 && count <= MAX_ROUNDS;
    }

    /** Returns how many rounds a side the set under way has. */
    public int setLength() {
        return more > 0 ? more : rounds;
    }

    /** Returns whether the round under way is the set's last on this side. */
    boolean lastRound() {
        return round >= setLength();
    }

    /** Returns whether this is an extra set, asked for once the chosen rounds were done. */
    boolean extra() {
        return more > 0;
    }

    /** Returns this plan with {@code chosen} as the stretch. */
    Plan with(Stretch chosen) {
        return new Plan(Optional.of(chosen), hold, round, rounds, more);
    }

    /** Returns this plan with a new hold length. */
    Plan with(Hold newHold) {
        return new Plan(stretch, newHold, round, rounds, more);
    }

    /**
     * Returns this plan with {@code count} rounds a side. The round under way stays: when the
     * new count is no more than the rounds done, it is the side's last. During an extra set the
     * count is kept for next time and the set under way is left as it is.
     */
    Plan withRounds(int count) {
        return new Plan(stretch, hold, round, count, more);
    }

    /** Returns this plan one round on, on the same side. */
    Plan nextRound() {
        return new Plan(stretch, hold, round + 1, rounds, more);
    }

    /** Returns this plan at the set's first round, for the next side. */
    Plan firstRound() {
        return new Plan(stretch, hold, 1, rounds, more);
    }

    /** Returns this plan from the chosen rounds' first, as when a stretch is started again from its offer. */
    Plan fromTheStart() {
        return new Plan(stretch, hold, 1, rounds, 0);
    }

    /** Returns this plan starting an extra set of {@code count} rounds a side. */
    Plan extraSet(int count) {
        return new Plan(stretch, hold, 1, rounds, count);
    }

    /** Returns the plan for a fresh test: no stretch yet, the first round, the same hold and rounds. */
    Plan restarted() {
        return new Plan(Optional.empty(), hold, 1, rounds, 0);
    }
}

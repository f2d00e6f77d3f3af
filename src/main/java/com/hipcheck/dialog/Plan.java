package com.hipcheck.dialog;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Stretch;
import java.util.Objects;
import java.util.Optional;

/**
 * How the user stretches: which stretch, how long each hold lasts, and which round this is.
 *
 * @param stretch the chosen stretch; empty until one is chosen
 * @param hold how long each stretch is held
 * @param round which round of stretching, from 1 to {@link #MAX_ROUNDS}
 */
public record Plan(Optional<Stretch> stretch, Hold hold, int round) {
    public static final int MAX_ROUNDS = 20;
    static final Plan DEFAULT = new Plan(Optional.empty(), Hold.DEFAULT, 1);

    public Plan {
        Objects.requireNonNull(stretch, "stretch");
        Objects.requireNonNull(hold, "hold");
        if (round < 1 || round > MAX_ROUNDS) {
            throw new IllegalArgumentException("round out of range: " + round);
        }
    }

    /** Returns this plan with {@code chosen} as the stretch. */
    Plan with(Stretch chosen) {
        return new Plan(Optional.of(chosen), hold, round);
    }

    /** Returns this plan with a new hold length. */
    Plan with(Hold newHold) {
        return new Plan(stretch, newHold, round);
    }

    /** Returns this plan one round on, staying at the last round once it is reached. */
    Plan nextRound() {
        return new Plan(stretch, hold, Math.min(round + 1, MAX_ROUNDS));
    }

    /** Returns the plan for a fresh test: no stretch yet, the first round, the same hold. */
    Plan restarted() {
        return new Plan(Optional.empty(), hold, 1);
    }
}

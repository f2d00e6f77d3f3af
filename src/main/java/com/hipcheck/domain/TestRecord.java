package com.hipcheck.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One finished test, as remembered with the user's consent: when it was taken, each side's
 * answers (from which the shared rule gives each side's verdict), and the stretch and hold the
 * user chose after it, if any.
 *
 * @param takenAt when the test finished; with the user it identifies the record
 * @param answers both sides' answers, complete
 * @param stretch the stretch chosen after this test, if one was
 * @param hold the hold length in use
 */
public record TestRecord(Instant takenAt, TestAnswers answers, Optional<Stretch> stretch, Hold hold) {
    /** How long a result is kept: a year, after which the store drops it (a TTL attribute). */
    public static final Duration KEPT_FOR = Duration.ofDays(365);

    public TestRecord {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(stretch, "stretch");
        Objects.requireNonNull(hold, "hold");
        if (!answers.isComplete()) {
            throw new IllegalArgumentException("a test record needs both sides' answers: " + answers);
        }
    }

    /** Returns when this record is due to be dropped. */
    public Instant expiresAt() {
        return takenAt.plus(KEPT_FOR);
    }

    /** Returns the verdict for one side, by the shared rule. */
    public Verdict verdict(Side side) {
        return answers.verdict(side);
    }

    /** Returns this record with the stretch and hold the user chose after it. */
    public TestRecord withStretch(Stretch chosen, Hold newHold) {
        return new TestRecord(takenAt, answers, Optional.of(chosen), newHold);
    }
}

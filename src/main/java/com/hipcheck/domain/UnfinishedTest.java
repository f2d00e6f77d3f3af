package com.hipcheck.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a test that has not finished stands: the answers given so far. It is the session's own
 * state carried across a dropped session, so it is kept without asking, only for
 * {@link #KEPT_FOR}, and dropped as soon as the test finishes or the user declines to go on.
 *
 * @param savedAt when this place was last written
 * @param answers the answers so far: at least one, and not both sides complete
 */
public record UnfinishedTest(Instant savedAt, TestAnswers answers) {
    /**
     * How long an unfinished test can be picked up again: an hour. A test takes a few minutes and
     * is interrupted by a call, a doorbell or a dropped connection; within the hour the user comes
     * back to the same muscles, while a half-finished test from yesterday says little about today.
     */
    public static final Duration KEPT_FOR = Duration.ofHours(1);

    public UnfinishedTest {
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(answers, "answers");
        if (answers.isEmpty() || answers.isComplete()) {
            throw new IllegalArgumentException("an unfinished test has some answers but not all: " + answers);
        }
        if (!answers.left().isEmpty() && !answers.right().isComplete()) {
            throw new IllegalArgumentException("the left side is asked only after the right: " + answers);
        }
    }

    /** Returns when this place is due to be dropped. */
    public Instant expiresAt() {
        return savedAt.plus(KEPT_FOR);
    }

    /** Returns the side the test goes on with: the right until it is complete, then the left. */
    public Side side() {
        return answers.right().isComplete() ? Side.LEFT : Side.RIGHT;
    }
}

package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answers of one whole test: the right leg hanging, then the left.
 *
 * @param right the answers while the right leg hangs
 * @param left the answers while the left leg hangs
 */
public record TestAnswers(SideAnswers right, SideAnswers left) {
    private static final TestAnswers NONE = new TestAnswers(SideAnswers.none(), SideAnswers.none());

    public TestAnswers {
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(left, "left");
    }

    /** Returns a test with nothing answered yet. */
    public static TestAnswers none() {
        return NONE;
    }

    /** Returns the answers for one side. */
    public SideAnswers of(Side side) {
        return side == Side.RIGHT ? right : left;
    }

    /** Returns a copy with one side's answers replaced. */
    public TestAnswers with(Side side, SideAnswers answers) {
        return side == Side.RIGHT ? new TestAnswers(answers, left) : new TestAnswers(right, answers);
    }

    /** Returns whether no question has been answered on either side. */
    public boolean isEmpty() {
        return right.isEmpty() && left.isEmpty();
    }

    /** Returns whether both sides have every answer. */
    public boolean isComplete() {
        return right.isComplete() && left.isComplete();
    }

    /** Returns the verdict for one side; that side's answers must be complete. */
    public Verdict verdict(Side side) {
        return HipFlexorRule.evaluate(of(side));
    }

    /** Returns the sides whose verdict is TIGHT, right first; empty until the test is complete. */
    public List<Side> tightSides() {
        List<Side> tight = new ArrayList<>(2);
        if (isComplete()) {
            for (Side side : Side.values()) {
                if (verdict(side).outcome() == Outcome.TIGHT) {
                    tight.add(side);
                }
            }
        }
        return tight;
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.HipFlexorRule;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.domain.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the conversation remembers between turns. The constructor refuses any combination
 * that cannot happen, so a state read back from a session is either sound or rejected.
 *
 * @param phase what Hip Check is waiting for
 * @param side the side being tested, or the side being stretched
 * @param right the answers for the right leg hanging
 * @param left the answers for the left leg hanging
 * @param stretch the chosen stretch, or null before one is chosen
 * @param hold how long each stretch is held
 * @param round which round of stretching, from 1
 * @param resumePhase where to go back to after a pause for pain; set only in {@link Phase#PAUSED}
 * @param aside the question answered on the last turn, or null; repeated by "repeat"
 * @param disclaimed whether the "general guidance, stop if it hurts" note has been said
 */
public record DialogState(
        Phase phase,
        Side side,
        SideAnswers right,
        SideAnswers left,
        Stretch stretch,
        Hold hold,
        int round,
        Phase resumePhase,
        Topic aside,
        boolean disclaimed) {

    public static final int MAX_ROUNDS = 20;

    public DialogState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(hold, "hold");
        if (round < 1 || round > MAX_ROUNDS) {
            throw new IllegalArgumentException("round out of range: " + round);
        }
        if ((phase == Phase.PAUSED) != (resumePhase != null) || resumePhase == Phase.PAUSED) {
            throw new IllegalArgumentException("only a paused state has somewhere to resume");
        }
        // The compact constructor runs before the fields are set: use the parameters only.
        Phase effective = phase == Phase.PAUSED ? resumePhase : phase;
        SideAnswers current = side == Side.RIGHT ? right : left;
        boolean done = right.isComplete() && left.isComplete();
        List<Side> tight = done ? tightSides(right, left) : List.of();
        switch (effective) {
            case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG -> require(
                    side == Side.RIGHT && right.isEmpty() && left.isEmpty(), "setting up a test that has answers");
            case ASK -> require(!current.isComplete()
                            && (side == Side.RIGHT ? left.isEmpty() : right.isComplete()),
                    "asking a side that is done, or the sides out of order");
            case SWITCH_SIDE -> require(side == Side.LEFT && right.isComplete() && left.isEmpty(),
                    "switching sides before the right side is done");
            case OFFER_STRETCH -> require(done && !tight.isEmpty(), "offering a stretch without a tight side");
            case ANOTHER_ROUND -> require(done && stretch != null && tight.contains(side),
                    "offering another round of no stretch");
            case RETEST_OFFER -> require(done && tight.isEmpty(), "offering a retest while a side is tight");
            case STRETCH_SETUP -> require(done && stretch != null && tight.contains(side),
                    "stretching a side that is not tight");
            default -> { }
        }
    }

    /** Returns the state of a new conversation. */
    public static DialogState initial() {
        return new DialogState(Phase.OFFER_TEST, Side.RIGHT, SideAnswers.none(), SideAnswers.none(),
                null, Hold.DEFAULT, 1, null, null, false);
    }

    /** Returns the answers for one side. */
    public SideAnswers answers(Side which) {
        return which == Side.RIGHT ? right : left;
    }

    /** Returns whether both sides have every answer. */
    public boolean testDone() {
        return right.isComplete() && left.isComplete();
    }

    /** Returns the verdict for one side; the side's answers must be complete. */
    public Verdict verdict(Side which) {
        return HipFlexorRule.evaluate(answers(which));
    }

    /** Returns the sides whose verdict is TIGHT, right first; empty until the test is done. */
    public List<Side> tightSides() {
        return testDone() ? tightSides(right, left) : List.of();
    }

    /**
     * Returns the tight sides in the order they are stretched: the left first, because the test
     * ends with the left leg hanging over the edge, so a user who tested tight there starts the
     * edge-of-table stretch without moving.
     */
    public List<Side> stretchOrder() {
        List<Side> order = new ArrayList<>(tightSides());
        if (order.size() == 2) {
            order = List.of(Side.LEFT, Side.RIGHT);
        }
        return order;
    }

    private static List<Side> tightSides(SideAnswers right, SideAnswers left) {
        List<Side> tight = new ArrayList<>(2);
        if (HipFlexorRule.evaluate(right).outcome() == Outcome.TIGHT) {
            tight.add(Side.RIGHT);
        }
        if (HipFlexorRule.evaluate(left).outcome() == Outcome.TIGHT) {
            tight.add(Side.LEFT);
        }
        return tight;
    }

    DialogState at(Phase newPhase) {
        return at(newPhase, side);
    }

    DialogState at(Phase newPhase, Side newSide) {
        return new DialogState(newPhase, newSide, right, left, stretch, hold, round, null, null, disclaimed);
    }

    DialogState withTest(Phase newPhase, Side newSide, SideAnswers newRight, SideAnswers newLeft) {
        return new DialogState(newPhase, newSide, newRight, newLeft, stretch, hold, round, null, null, disclaimed);
    }

    DialogState withStretch(Stretch newStretch, Side newSide) {
        return new DialogState(Phase.STRETCH_SETUP, newSide, right, left, newStretch, hold, round, null, null,
                disclaimed);
    }

    DialogState withHold(Hold newHold) {
        return new DialogState(phase, side, right, left, stretch, newHold, round, resumePhase, null, disclaimed);
    }

    DialogState withRound(int newRound) {
        return new DialogState(phase, side, right, left, stretch, hold, newRound, resumePhase, null, disclaimed);
    }

    DialogState withAside(Topic topic) {
        return new DialogState(phase, side, right, left, stretch, hold, round, resumePhase, topic, disclaimed);
    }

    DialogState disclaimedNow() {
        return new DialogState(phase, side, right, left, stretch, hold, round, resumePhase, aside, true);
    }

    DialogState pausedFrom(Phase from) {
        return new DialogState(Phase.PAUSED, side, right, left, stretch, hold, round, from, null, disclaimed);
    }

    /** Returns a fresh test from step one, keeping the hold length and the disclaimer. */
    DialogState freshTest() {
        return new DialogState(Phase.SETUP_LIE, Side.RIGHT, SideAnswers.none(), SideAnswers.none(), null, hold, 1,
                null, null, disclaimed);
    }

    private static void require(boolean condition, String why) {
        if (!condition) {
            throw new IllegalArgumentException("inconsistent dialog state: " + why);
        }
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Topic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the conversation remembers between turns. The constructor refuses any combination
 * that cannot happen, so a state read back from a session is either sound or rejected.
 *
 * <p>Each copy method changes only what its name says and keeps everything else; the one rule
 * that is not a copy method's is the aside, which {@link Dialog} drops on every turn but a repeat.
 *
 * @param phase what Hip Check is waiting for
 * @param side the side being tested, or the side being stretched
 * @param answers the test's answers so far
 * @param plan the stretch chosen, the hold length and the round
 * @param resume where a pause for pain goes back to; present exactly when the phase is {@link Phase#PAUSED}
 * @param aside the plain question answered on the last turn, which "repeat" says again
 * @param disclaimed whether the "general guidance, stop if it hurts" note has been said
 * @param talk how the conversation has gone: turns, misunderstandings, pain, what was said last
 */
public record DialogState(
        Phase phase,
        Side side,
        TestAnswers answers,
        Plan plan,
        Optional<Phase> resume,
        Optional<Topic> aside,
        boolean disclaimed,
        Talk talk) {

    public DialogState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(aside, "aside");
        Objects.requireNonNull(talk, "talk");
        boolean paused = phase == Phase.PAUSED;
        if (paused != resume.isPresent() || resume.orElse(Phase.OFFER_TEST) == Phase.PAUSED) {
            throw new IllegalArgumentException("inconsistent dialog state: only a pause has somewhere to resume");
        }
        Phase effective = resume.orElse(phase);
        if (!fits(effective, side, answers, plan)) {
            throw new IllegalArgumentException("inconsistent dialog state: " + effective
                    + " does not fit the " + side + " side, " + answers + " and " + plan);
        }
    }

    /** Returns the state of a new conversation. */
    public static DialogState initial() {
        return new DialogState(Phase.OFFER_TEST, Side.RIGHT, TestAnswers.none(), Plan.DEFAULT, Optional.empty(),
                Optional.empty(), false, Talk.FRESH);
    }

    /** Returns whether a state in {@code phase} can hold this side, these answers and this plan. */
    private static boolean fits(Phase phase, Side side, TestAnswers answers, Plan plan) {
        SideAnswers current = answers.of(side);
        List<Side> tight = answers.tightSides();
        return switch (phase) {
            case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG -> side == Side.RIGHT && answers.isEmpty();
            // The right side is asked first, so the left has answers only once the right is done.
            case ASK -> !current.isComplete()
                    && (side == Side.RIGHT ? answers.left().isEmpty() : answers.right().isComplete());
            case SWITCH_SIDE -> side == Side.LEFT && answers.right().isComplete() && answers.left().isEmpty();
            case OFFER_STRETCH -> !tight.isEmpty();
            case RETEST_OFFER -> answers.isComplete() && tight.isEmpty();
            case STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND -> plan.stretch().isPresent() && tight.contains(side);
            // A pause is checked by the phase it resumes to.
            case PAUSED -> false;
        };
    }

    /** Returns the answers for one side. */
    public SideAnswers answers(Side which) {
        return answers.of(which);
    }

    /** Returns whether both sides have every answer. */
    public boolean testDone() {
        return answers.isComplete();
    }

    /** Returns the sides whose verdict is TIGHT, right first; empty until the test is done. */
    public List<Side> tightSides() {
        return answers.tightSides();
    }

    /**
     * Returns the tight sides in the order they are stretched: the left first, because the test
     * ends with the left leg hanging over the edge, so a user who tested tight there starts the
     * edge-of-table stretch without moving.
     */
    public List<Side> stretchOrder() {
        List<Side> tight = tightSides();
        return tight.size() == 2 ? List.of(Side.LEFT, Side.RIGHT) : tight;
    }

    /** Returns the phase this state is in, or for a pause, the phase it resumes to. */
    Phase underlyingPhase() {
        return resume.orElse(phase);
    }

    /** Returns this state in another phase, on the same side. */
    DialogState moveTo(Phase next) {
        return new DialogState(next, side, answers, plan, resume, aside, disclaimed, talk);
    }

    /** Returns this state in another phase of the test, with the test's side and answers replaced. */
    DialogState withTest(Phase next, Side newSide, TestAnswers newAnswers) {
        return new DialogState(next, newSide, newAnswers, plan, resume, aside, disclaimed, talk);
    }

    /** Returns this state with another plan: a new hold length or round. */
    DialogState withPlan(Plan newPlan) {
        return new DialogState(phase, side, answers, newPlan, resume, aside, disclaimed, talk);
    }

    /** Returns the set-up of {@code stretch} for one side; a pause, if any, is over. */
    DialogState stretching(Stretch stretch, Side newSide) {
        return stretchPhase(Phase.STRETCH_SETUP, stretch, newSide);
    }

    /** Returns {@code stretch} for one side in a phase of the stretching; a pause, if any, is over. */
    DialogState stretchPhase(Phase next, Stretch stretch, Side newSide) {
        return new DialogState(next, newSide, answers, plan.with(stretch), Optional.empty(), aside, disclaimed, talk);
    }

    /** Returns this state paused for pain, remembering the phase to resume. */
    DialogState paused() {
        return new DialogState(Phase.PAUSED, side, answers, plan, Optional.of(phase), aside, disclaimed, talk);
    }

    /** Returns this state back in the phase it was paused from; the pause is over. */
    DialogState resumed() {
        return new DialogState(underlyingPhase(), side, answers, plan, Optional.empty(), aside, disclaimed, talk);
    }

    /** Returns this state remembering {@code topic} as the plain question just answered. */
    DialogState withAside(Topic topic) {
        return new DialogState(phase, side, answers, plan, resume, Optional.of(topic), disclaimed, talk);
    }

    /** Returns this state with no plain question to repeat. */
    DialogState withoutAside() {
        return aside.isEmpty() ? this : new DialogState(phase, side, answers, plan, resume, Optional.empty(),
                disclaimed, talk);
    }

    /** Returns this state with the disclaimer said. */
    DialogState disclaimedNow() {
        return new DialogState(phase, side, answers, plan, resume, aside, true, talk);
    }

    /** Returns this state with another record of how the conversation has gone. */
    DialogState withTalk(Talk newTalk) {
        return new DialogState(phase, side, answers, plan, resume, aside, disclaimed, newTalk);
    }

    /** Returns a fresh test from step one, keeping the hold length and whether the disclaimer was said. */
    DialogState freshTest() {
        return new DialogState(Phase.SETUP_LIE, Side.RIGHT, TestAnswers.none(), plan.restarted(), Optional.empty(),
                aside, disclaimed, talk);
    }
}

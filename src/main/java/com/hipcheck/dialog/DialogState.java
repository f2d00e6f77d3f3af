package com.hipcheck.dialog;

import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Topic;
import java.time.Instant;
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
 * @param memory what is known of the user's history and what may be kept
 * @param confirming what Hip Check thinks the user described and has asked them to confirm
 * @param reminding the reminder Hip Check has just offered and asked the user to agree to; present
 *     exactly when the phase is {@link Phase#CONFIRM_REMINDER}
 *     ("So your thigh stays above the bed, not resting on it. Right?"); only while a question is
 *     asked, for a question of the current side not yet answered, and never recorded until a yes
 */
public record DialogState(
        Phase phase,
        Side side,
        TestAnswers answers,
        Plan plan,
        Optional<Phase> resume,
        Optional<Topic> aside,
        boolean disclaimed,
        Talk talk,
        Memory memory,
        Optional<Observation> confirming,
        Optional<ReminderAsk> reminding) {

    public DialogState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(aside, "aside");
        Objects.requireNonNull(talk, "talk");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(confirming, "confirming");
        Objects.requireNonNull(reminding, "reminding");
        if (reminding.isPresent() != (phase == Phase.CONFIRM_REMINDER)) {
            throw new IllegalArgumentException("inconsistent dialog state: a reminder is asked about exactly"
                    + " while its question is open");
        }
        if (interrupts(phase) != resume.isPresent() || interrupts(resume.orElse(Phase.OFFER_TEST))) {
            throw new IllegalArgumentException(
                    "inconsistent dialog state: only a pause or a confirmation has somewhere to resume");
        }
        if (phase == Phase.CONFIRM_FORGET && memory.storage() == Memory.Storage.NONE) {
            throw new IllegalArgumentException("inconsistent dialog state: nothing is kept, so nothing to forget");
        }
        Phase effective = resume.orElse(phase);
        if (confirming.isPresent() && (effective != Phase.ASK
                || answers.of(side).get(confirming.get().question()).isPresent())) {
            throw new IllegalArgumentException("inconsistent dialog state: " + confirming.get()
                    + " can be confirmed only while its question is open");
        }
        if (!fits(effective, side, answers, plan, memory)) {
            throw new IllegalArgumentException("inconsistent dialog state: " + effective
                    + " does not fit the " + side + " side, " + answers + " and " + plan);
        }
    }

    /** Returns the state of a new conversation with no history store. */
    public static DialogState initial() {
        return initial(Memory.NONE);
    }

    /** Returns the state of a new conversation that knows {@code memory}. */
    static DialogState initial(Memory memory) {
        // The rounds a side the user chose are theirs whether they stretch on the plan or test first.
        Plan plan = Plan.DEFAULT.withRounds(memory.record().rounds());
        return new DialogState(Phase.OFFER_TEST, Side.RIGHT, TestAnswers.none(), plan, Optional.empty(),
                Optional.empty(), false, Talk.FRESH, memory, Optional.empty(), Optional.empty());
    }

    /** Returns whether {@code phase} interrupts another, which it goes back to afterwards. */
    private static boolean interrupts(Phase phase) {
        return phase == Phase.PAUSED || phase == Phase.CONFIRM_FORGET || phase == Phase.CONFIRM_REMINDER;
    }

    /** Returns whether a state in {@code phase} can hold this side, these answers, this plan and memory. */
    private static boolean fits(Phase phase, Side side, TestAnswers answers, Plan plan, Memory memory) {
        SideAnswers current = answers.of(side);
        boolean onPlan = memory.fromPlan();
        List<Side> tight = onPlan ? memory.record().sides() : answers.tightSides();
        // Stretching on the kept plan follows no test of this session.
        if (onPlan && !answers.isEmpty()) {
            return false;
        }
        return switch (phase) {
            case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG -> side == Side.RIGHT && answers.isEmpty() && !onPlan;
            // The right side is asked first, so the left has answers only once the right is done.
            case ASK -> !current.isComplete() && !onPlan
                    && (side == Side.RIGHT ? answers.left().isEmpty() : answers.right().isComplete());
            case SWITCH_SIDE -> !onPlan && side == Side.LEFT && answers.right().isComplete() && answers.left().isEmpty();
            case OFFER_STRETCH -> !tight.isEmpty() && !onPlan;
            case RETEST_OFFER -> answers.isComplete() && tight.isEmpty() && !onPlan;
            case STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND -> plan.stretch().isPresent() && tight.contains(side);
            case WELCOME_BACK -> onPlan && memory.hasPlan();
            case CHECK_IN -> side == Side.RIGHT && answers.isEmpty() && !onPlan && memory.record().pausedOn().isPresent();
            // Asked after stretching a tight side, or after a result with nothing to stretch.
            case OFFER_SAVE -> answers.isComplete() && !onPlan && memory.asksConsent()
                    && tight.isEmpty() == plan.stretch().isEmpty() && (tight.isEmpty() || tight.contains(side));
            // A pause and a confirmation are checked by the phase they go back to.
            case PAUSED, CONFIRM_FORGET, CONFIRM_REMINDER -> false;
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

    /**
     * Returns the sides to stretch, right first: those today's test found tight (none until it is
     * done), or, when stretching on the kept plan, the plan's.
     */
    public List<Side> tightSides() {
        return memory.fromPlan() ? memory.record().sides() : answers.tightSides();
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
        return new DialogState(next, side, answers, plan, resume, aside, disclaimed, talk, memory, Optional.empty(), Optional.empty());
    }

    /** Returns this state in another phase of the test, with the test's side and answers replaced. */
    DialogState withTest(Phase next, Side newSide, TestAnswers newAnswers) {
        return new DialogState(next, newSide, newAnswers, plan, resume, aside, disclaimed, talk, memory,
                Optional.empty(), Optional.empty());
    }

    /** Returns this state with another plan: a new hold length or round. */
    DialogState withPlan(Plan newPlan) {
        return new DialogState(phase, side, answers, newPlan, resume, aside, disclaimed, talk, memory, confirming, reminding);
    }

    /** Returns the set-up of {@code stretch} for one side; a pause, if any, is over. */
    DialogState stretching(Stretch stretch, Side newSide) {
        return stretchPhase(Phase.STRETCH_SETUP, stretch, newSide);
    }

    /** Returns {@code stretch} for one side in a phase of the stretching; a pause, if any, is over. */
    DialogState stretchPhase(Phase next, Stretch stretch, Side newSide) {
        return new DialogState(next, newSide, answers, plan.with(stretch), Optional.empty(), aside, disclaimed, talk,
                memory, Optional.empty(), Optional.empty());
    }

    /** Returns this state paused for pain, remembering the phase to resume (a confirmation is dropped). */
    DialogState paused() {
        return interruptedBy(Phase.PAUSED);
    }

    /** Returns this state interrupted by {@code phase}, remembering the phase to go back to. */
    DialogState interruptedBy(Phase phase) {
        return new DialogState(phase, side, answers, plan, Optional.of(underlyingPhase()), aside, disclaimed, talk,
                memory, confirming, Optional.empty());
    }

    /** Returns this state back in the phase it was paused from; the pause is over. */
    /** Returns this state asking whether to set (or change to) {@code ask}, then going back to what was pending. */
    DialogState askingAbout(ReminderAsk ask) {
        return new DialogState(Phase.CONFIRM_REMINDER, side, answers, plan, Optional.of(underlyingPhase()), aside,
                disclaimed, talk, memory, confirming, Optional.of(ask));
    }

    DialogState resumed() {
        return new DialogState(underlyingPhase(), side, answers, plan, Optional.empty(), aside, disclaimed, talk, memory,
                confirming, Optional.empty());
    }

    /** Returns this state remembering {@code topic} as the plain question just answered. */
    DialogState withAside(Topic topic) {
        return new DialogState(phase, side, answers, plan, resume, Optional.of(topic), disclaimed, talk, memory,
                confirming, reminding);
    }

    /** Returns this state asking the user to confirm that they described {@code heard}. */
    DialogState confirming(Observation heard) {
        return new DialogState(phase, side, answers, plan, resume, aside, disclaimed, talk, memory, Optional.of(heard), reminding);
    }

    /** Returns this state with no description waiting to be confirmed. */
    DialogState unconfirmed() {
        return confirming.isEmpty() ? this : new DialogState(phase, side, answers, plan, resume, aside, disclaimed,
                talk, memory, Optional.empty(), reminding);
    }

    /** Returns this state with no plain question to repeat. */
    DialogState withoutAside() {
        return aside.isEmpty() ? this : new DialogState(phase, side, answers, plan, resume, Optional.empty(),
                disclaimed, talk, memory, confirming, reminding);
    }

    /** Returns this state with the disclaimer said. */
    DialogState disclaimedNow() {
        return new DialogState(phase, side, answers, plan, resume, aside, true, talk, memory, confirming, reminding);
    }

    /** Returns this state with another record of how the conversation has gone. */
    DialogState withTalk(Talk newTalk) {
        return new DialogState(phase, side, answers, plan, resume, aside, disclaimed, newTalk, memory, confirming, reminding);
    }

    /** Returns a fresh test from step one, keeping the hold length and whether the disclaimer was said. */
    DialogState freshTest() {
        return new DialogState(Phase.SETUP_LIE, Side.RIGHT, TestAnswers.none(), plan.restarted(), Optional.empty(),
                aside, disclaimed, talk, memory.newTest(), Optional.empty(), Optional.empty());
    }

    /** Returns this state at the moment of a new request: what the adapter does before each turn. */
    public DialogState at(Instant now) {
        return withMemory(memory.at(now));
    }

    /** Returns this state with another memory. */
    DialogState withMemory(Memory newMemory) {
        return new DialogState(phase, side, answers, plan, resume, aside, disclaimed, talk, newMemory, confirming, reminding);
    }

    /** Returns the state welcoming back a user with a kept plan: straight to the stretch? */
    DialogState onPlan() {
        Memory planned = memory.onPlan();
        List<Side> sides = planned.record().sides();
        Side first = sides.size() == 2 ? Side.LEFT : sides.get(0);
        return new DialogState(Phase.WELCOME_BACK, first, TestAnswers.none(),
                new Plan(Optional.empty(), planned.record().hold(), 1, planned.record().rounds(), 0), Optional.empty(),
                aside, disclaimed, talk,
                planned, Optional.empty(), Optional.empty());
    }
}

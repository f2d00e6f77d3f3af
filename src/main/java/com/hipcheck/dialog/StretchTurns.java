package com.hipcheck.dialog;

import static com.hipcheck.dialog.Turns.enter;
import static com.hipcheck.dialog.Turns.stay;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The stretch's turns, one of {@link Dialog}'s seams: starting a stretch for a side, the timed
 * hold, the rounds with a rest between them, the next side, and the steps again on request.
 * Dialog's table of what each phase accepts decides when each applies; {@link Turns} puts the
 * turns together, and {@link Script} says the set-up in its full or short form.
 */
final class StretchTurns {
    /**
     * The rest between two rounds on a side: enough to ease out, breathe and settle back in, short
     * enough that the muscle stays warm.
     */
    static final int REST_SECONDS = 15;

    private StretchTurns() {}

    /**
     * Starts {@code stretch} for {@code side}: its set-up, with the disclaimer first when it has not
     * been said in this session, unless the set-up is a daily user's short one (the safety line is
     * in every set-up; a health answer still brings the note, see {@code Dialog.asked}).
     */
    static Turn startStretch(DialogState s, Stretch stretch, Side side) {
        if (s.memory().pausedToday()) {
            return Turns.end(s, Msg.PAUSED_TODAY);
        }
        DialogState at = s.stretching(stretch, side);
        // A round after the first follows a set-up that said it, when it was due.
        if (s.disclaimed() || Script.inShort(at) || at.plan().round() > 1) {
            return enter(at, Narration.empty()).withCard(Script.card(at));
        }
        DialogState next = at.disclaimedNow();
        return enter(next, Narration.of(Msg.DISCLAIMER)).withCard(Script.card(next));
    }

    /**
     * Starts the stretch for a side with its steps in full, as asked ("walk me through it"),
     * whatever form the set-up would take.
     */
    static Turn startWithSteps(DialogState s, Stretch stretch, Side side) {
        Turn started = startStretch(s, stretch, side);
        DialogState next = started.next();
        if (next.phase() != Phase.STRETCH_SETUP) {
            return started;
        }
        Narration lead = next.disclaimed() && !s.disclaimed() ? Narration.of(Msg.DISCLAIMER) : Narration.empty();
        return new Turn(next, Reply.ask(lead.then(Script.fullSetup(next)), Prompts.of(next).reprompt()))
                .withCard(Script.card(next));
    }

    /** Says the steps of the stretch set up for this side again, in full, then waits for ready. */
    static Turn steps(DialogState s) {
        return stay(s, Script.fullSetup(s));
    }

    /**
     * "Tell me the steps", "walk me through it": the stretch set up for this side, in full; at the
     * welcome back, the stretch started with its steps in full; at the welcome, the test, which
     * walks through every step. Anywhere else, what this step is for.
     */
    static Turn stepsAsked(DialogState s) {
        return switch (s.phase()) {
            case STRETCH_SETUP -> steps(s);
            case OFFER_TEST -> TestTurns.startTest(s, Narration.empty());
            case WELCOME_BACK -> startWithSteps(s, s.memory().record().stretch().orElse(Stretch.EDGE_OF_TABLE),
                    s.stretchOrder().get(0));
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE, OFFER_STRETCH, RETEST_OFFER, NEXT_SIDE,
                    ANOTHER_ROUND, PAUSED, CHECK_IN, OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER -> Turns.help(s);
        };
    }

    /**
     * Narrates the hold for the current side and round. After a round that is not the side's
     * last comes a timed rest, then the next round's short set-up; after the side's last, the
     * next tight side or the offer of another round.
     */
    static Turn hold(DialogState s) {
        Memory memory = s.memory();
        s = s.withMemory(memory.with(memory.record().practised(memory.today())));
        Plan plan = s.plan();
        Stretch stretch = plan.stretch().orElseThrow();
        if (!plan.lastRound()) {
            DialogState next = s.stretching(stretch, s.side()).withPlan(plan.nextRound());
            return enter(next, Narration.empty().holdThenRest(plan.hold(), REST_SECONDS));
        }
        Narration held = Narration.empty().hold(plan.hold());
        List<Side> order = s.stretchOrder();
        int index = order.indexOf(s.side());
        if (index + 1 < order.size()) {
            // Release and praise first; the next side's set-up is a turn of its own once the user is ready.
            DialogState next = s.stretchPhase(Phase.NEXT_SIDE, stretch, order.get(index + 1))
                    .withPlan(plan.firstRound());
            return enter(next, held.then(Msg.WELL_DONE));
        }
        return enter(s.moveTo(Phase.ANOTHER_ROUND), held.then(Msg.WELL_DONE));
    }

    /** Yes to "another round?": one more round a side, set up in short from the first side. */
    static Turn anotherRound(DialogState s) {
        return extraSet(s, 1, Narration.empty());
    }

    /** Starts an extra set of {@code count} rounds a side, once the chosen rounds are done. */
    static Turn extraSet(DialogState s, int count, Narration lead) {
        DialogState next = s.withPlan(s.plan().extraSet(count));
        return startStretch(next, next.plan().stretch().orElseThrow(), next.stretchOrder().get(0)).saidAfter(lead);
    }

    /**
     * Returns the number of rounds named, said back, when Hip Check leads that many; else the
     * range it does lead, for the caller to follow with its question.
     */
    static Narration roundsSaid(OptionalInt count) {
        if (count.isEmpty() || !Plan.allowsRounds(count.getAsInt())) {
            return Narration.of(Msg.ROUNDS_RANGE, 1, Plan.MAX_ROUNDS);
        }
        int n = count.getAsInt();
        return n == 1 ? Narration.of(Msg.ROUNDS_SET_ONE) : Narration.of(Msg.ROUNDS_SET, n);
    }

    /** Sets the hold length, or says the range Hip Check times when it is out of it. */
    static Turn askedHold(DialogState s, OptionalInt seconds) {
        if (seconds.isEmpty() || !Hold.isAllowed(seconds.getAsInt())) {
            // The range is the guidance; what was asked follows in short, so the two fit one breath.
            return stay(s, Narration.of(Msg.HOLD_RANGE, Hold.MIN_SECONDS, Hold.MAX_SECONDS)
                    .then(Prompts.of(s).simple()));
        }
        DialogState next = s.withPlan(s.plan().with(new Hold(seconds.getAsInt())));
        Turn set = stay(next, Narration.of(Msg.HOLD_SET, seconds.getAsInt()).then(Prompts.of(next).reprompt()));
        // The card names the hold length once a stretch is chosen: send it again with the new one.
        return next.plan().stretch().isPresent() && next.testDone() ? set.withCard(Script.card(next)) : set;
    }

    /** Returns the stretch that is not {@code current}: "the other one". */
    static Stretch other(Stretch current) {
        return switch (current) {
            case EDGE_OF_TABLE -> Stretch.HALF_KNEELING;
            case HALF_KNEELING -> Stretch.EDGE_OF_TABLE;
        };
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.HipFlexorRule;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.narration.HoldNarrator;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The conversation as one pure function: from a state and what the user did to the next state and
 * what to say. Nothing here knows about Alexa; the same dialog runs on Lambda and on this machine.
 */
public final class Dialog {
    /** How long Hip Check stays quiet when asked to wait, before a gentle check. */
    static final int WAIT_MILLIS = 30_000;

    private final HoldNarrator holds;

    public Dialog(HoldNarrator holds) {
        this.holds = holds;
    }

    /** Returns the turn that follows {@code event} in state {@code s}. */
    public Turn next(DialogState s, UserEvent event) {
        if (event instanceof UserEvent.Simple simple) {
            return onSimple(s, simple);
        }
        if (event instanceof UserEvent.Described d) {
            return onDescribed(s, d.observations());
        }
        if (event instanceof UserEvent.Asked a) {
            return new Turn(s.withAside(a.topic()), Reply.ask(Script.answer(a.topic()).then(Script.afterAside(s)),
                    Script.reprompt(s)));
        }
        if (event instanceof UserEvent.ChoseStretch c) {
            return onChoseStretch(s, c);
        }
        if (event instanceof UserEvent.AskedHold h) {
            return onAskedHold(s, h.seconds());
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /**
     * Returns the turn for {@code event} when the saved state could not be read: a fresh start,
     * said so. Events that make sense from the start (yes, ready, start, a question, help) carry on
     * from there; an answer meant for a question that is now lost is not applied, and the offer to
     * start is made again. Stop and pain need no apology: they are answered as always.
     */
    public Turn restart(UserEvent event) {
        DialogState fresh = DialogState.initial();
        if (event == UserEvent.Simple.LAUNCH || event == UserEvent.Simple.STOP || event == UserEvent.Simple.PAIN) {
            return next(fresh, event);
        }
        boolean carriesOn = event == UserEvent.Simple.YES || event == UserEvent.Simple.READY
                || event == UserEvent.Simple.START_TEST || event == UserEvent.Simple.START_OVER
                || event == UserEvent.Simple.HELP || event instanceof UserEvent.Asked;
        if (!carriesOn) {
            return enter(fresh, Narration.of(Msg.RESTARTED));
        }
        Turn turn = next(fresh, event == UserEvent.Simple.START_OVER ? UserEvent.Simple.START_TEST : event);
        Reply r = turn.reply();
        Narration speech = Narration.of(Msg.RESTARTED).then(r.speech());
        return new Turn(turn.next(), new Reply(speech, r.reprompt(), r.card(), r.endSession()));
    }

    private Turn onSimple(DialogState s, UserEvent.Simple event) {
        return switch (event) {
            case LAUNCH -> {
                DialogState start = DialogState.initial().disclaimedNow();
                yield new Turn(start, Reply.ask(
                        Narration.of(Msg.WELCOME).then(Msg.DISCLAIMER).then(Script.prompt(start)),
                        Script.reprompt(start)));
            }
            case STOP -> new Turn(s, Reply.end(Narration.of(Msg.GOODBYE)));
            case PAIN -> {
                DialogState paused = s.phase() == Phase.PAUSED ? s.withAside(null) : s.pausedFrom(s.phase());
                yield new Turn(paused, Reply.ask(Narration.of(Msg.PAIN_STOP).then(Script.prompt(paused)),
                        Script.reprompt(paused)));
            }
            case HELP -> stay(s.withAside(null), Script.help(s));
            case REPEAT -> {
                Narration again = s.aside() == null ? Script.prompt(s)
                        : Script.answer(s.aside()).then(Script.afterAside(s));
                yield new Turn(s, Reply.ask(again, Script.reprompt(s)));
            }
            case START_OVER -> startTest(s, Narration.of(Msg.STARTING_OVER));
            case START_TEST -> startTest(s, Narration.empty());
            case BACK -> back(s);
            case FALLBACK -> stay(s.withAside(null), Narration.of(Msg.FALLBACK_SORRY).then(Script.reprompt(s)));
            case WAIT -> giveTime(s.withAside(null));
            case READY, YES -> onYes(s.withAside(null), event);
            case NO -> onNo(s.withAside(null));
            // Unsure about something that is not a test question: help says what is being asked.
            case UNSURE -> s.phase() == Phase.ASK ? answer(s, Answer.UNSURE, Msg.ACK_UNSURE)
                    : stay(s.withAside(null), Script.help(s));
        };
    }

    private Turn onYes(DialogState s, UserEvent.Simple event) {
        return switch (s.phase()) {
            case OFFER_TEST, RETEST_OFFER -> startTest(s, Narration.empty());
            case SETUP_LIE -> enter(s.at(Phase.SETUP_HUG), Narration.empty());
            case SETUP_HUG -> enter(s.at(Phase.SETUP_HANG), Narration.empty());
            case SETUP_HANG, SWITCH_SIDE -> enter(s.at(Phase.ASK), Narration.empty());
            case ASK -> event == UserEvent.Simple.YES ? answer(s, Answer.YES, Msg.ACK_ANSWER)
                    : stay(s, Narration.of(Msg.NEED_ANSWER).then(Script.reprompt(s)));
            case OFFER_STRETCH -> startStretch(s, Stretch.EDGE_OF_TABLE, s.stretchOrder().get(0));
            case STRETCH_SETUP -> hold(s);
            case ANOTHER_ROUND -> startStretch(s.withRound(Math.min(s.round() + 1, DialogState.MAX_ROUNDS)),
                    s.stretch(), s.stretchOrder().get(0));
            case PAUSED -> enter(resumed(s), Narration.of(Msg.RESUMING));
        };
    }

    private Turn onNo(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> new Turn(s, Reply.end(Narration.of(Msg.DECLINED_TEST)));
            // "No" to "say ready when you're there" means "not yet".
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, STRETCH_SETUP -> giveTime(s);
            case ASK -> answer(s, Answer.NO, Msg.ACK_ANSWER);
            case OFFER_STRETCH -> new Turn(s, Reply.end(Narration.of(Msg.CLOSING_NO_STRETCH)));
            case RETEST_OFFER -> new Turn(s, Reply.end(Narration.of(Msg.CLOSING_NO_RETEST)));
            case ANOTHER_ROUND -> new Turn(s, Reply.end(Narration.of(Msg.CLOSING_WARM)));
            case PAUSED -> new Turn(s, Reply.end(Narration.of(Msg.GOODBYE)));
        };
    }

    /** Stays quiet for a while, then checks in gently; the session stays open throughout. */
    private static Turn giveTime(DialogState s) {
        return stay(s, Narration.of(Msg.WAIT_ACK).pause(WAIT_MILLIS).then(Msg.WAIT_CHECK).then(Script.reprompt(s)));
    }

    private Turn onDescribed(DialogState s, List<Observation> observations) {
        boolean canAnswer = s.phase() == Phase.ASK || s.phase() == Phase.SETUP_HANG
                || s.phase() == Phase.SWITCH_SIDE;
        if (observations.isEmpty() || !canAnswer) {
            Msg why = observations.isEmpty() ? Msg.FALLBACK_SORRY : Msg.NOT_ASKING_YET;
            return stay(s.withAside(null), Narration.of(why).then(Script.reprompt(s)));
        }
        SideAnswers answers = s.answers(s.side());
        Narration ack = Narration.empty();
        for (Observation o : observations) {
            answers = answers.with(o.question(), o.answer());
            ack = ack.then(acknowledge(o));
        }
        return afterAnswer(s, answers, ack);
    }

    private Turn answer(DialogState s, Answer a, Msg ack) {
        Question q = s.answers(s.side()).nextQuestion().orElseThrow();
        return afterAnswer(s, s.answers(s.side()).with(q, a), Narration.of(ack));
    }

    /** Moves on once a side has new answers: the next question, the other side, or the result. */
    private Turn afterAnswer(DialogState s, SideAnswers answers, Narration ack) {
        SideAnswers right = s.side() == Side.RIGHT ? answers : s.right();
        SideAnswers left = s.side() == Side.LEFT ? answers : s.left();
        if (!answers.isComplete()) {
            return enter(s.withTest(Phase.ASK, s.side(), right, left), ack);
        }
        if (s.side() == Side.RIGHT) {
            return enter(s.withTest(Phase.SWITCH_SIDE, Side.LEFT, right, left),
                    ack.then(Msg.SIDE_DONE, Script.sideName(Side.RIGHT)));
        }
        List<Outcome> outcomes = List.of(HipFlexorRule.evaluate(right).outcome(), HipFlexorRule.evaluate(left).outcome());
        if (outcomes.contains(Outcome.TIGHT)) {
            DialogState next = s.withTest(Phase.OFFER_STRETCH, Side.LEFT, right, left);
            return enter(next, ack).withCard(Script.card(next));
        }
        // With nothing tight the retest offer is the state to be in; when nothing was unsure either,
        // the session ends there and the state is not kept.
        DialogState done = s.withTest(Phase.RETEST_OFFER, Side.LEFT, right, left);
        if (outcomes.contains(Outcome.INCONCLUSIVE)) {
            return enter(done, ack).withCard(Script.card(done));
        }
        Narration speech = ack.then(Script.results(done)).then(Msg.FOLLOW_NOT_TIGHT).then(Msg.CLOSING_NOT_TIGHT);
        return new Turn(done, Reply.end(speech).withCard(Script.card(done)));
    }

    private Turn onChoseStretch(DialogState s, UserEvent.ChoseStretch c) {
        // Naming a stretch while paused for pain is also a way of carrying on.
        Phase where = s.phase() == Phase.PAUSED ? s.resumePhase() : s.phase();
        if (!s.testDone()) {
            return stay(s.withAside(null), Narration.of(Msg.TEST_FIRST).then(Script.reprompt(s)));
        }
        if (s.tightSides().isEmpty()) {
            return stay(s.withAside(null), Narration.of(Msg.NO_STRETCH_NEEDED).then(Script.reprompt(s)));
        }
        if (c.stretch().isEmpty()) {
            return stay(s.withAside(null), Narration.of(Msg.UNKNOWN_STRETCH).then(Script.reprompt(s)));
        }
        Side side = where == Phase.STRETCH_SETUP ? s.side() : s.stretchOrder().get(0);
        return startStretch(s, c.stretch().get(), side);
    }

    private Turn onAskedHold(DialogState s, OptionalInt seconds) {
        if (seconds.isEmpty() || !Hold.isAllowed(seconds.getAsInt())) {
            return stay(s.withAside(null), Narration.of(Msg.HOLD_RANGE, Hold.MIN_SECONDS, Hold.MAX_SECONDS)
                    .then(Script.reprompt(s)));
        }
        DialogState next = s.withHold(new Hold(seconds.getAsInt()));
        return stay(next, Narration.of(Msg.HOLD_SET, next.hold().seconds()).then(Script.reprompt(next)));
    }

    private Turn startTest(DialogState s, Narration lead) {
        DialogState fresh = s.freshTest();
        if (!fresh.disclaimed()) {
            lead = lead.then(Msg.DISCLAIMER);
            fresh = fresh.disclaimedNow();
        }
        return enter(fresh, lead.then(Msg.TEST_INTRO));
    }

    private Turn startStretch(DialogState s, Stretch stretch, Side side) {
        DialogState next = s.withStretch(stretch, side);
        return enter(next, Narration.empty()).withCard(Script.card(next));
    }

    /** Narrates the hold for the current side, then moves to the next tight side or offers another round. */
    private Turn hold(DialogState s) {
        Narration speech = holds.narrate(s.hold());
        List<Side> tight = s.stretchOrder();
        int index = tight.indexOf(s.side());
        if (index + 1 < tight.size()) {
            DialogState next = s.withStretch(s.stretch(), tight.get(index + 1));
            return enter(next, speech.then(Msg.NEXT_SIDE, Script.sideName(next.side())));
        }
        return enter(s.at(Phase.ANOTHER_ROUND), speech.then(Msg.WELL_DONE));
    }

    private Turn back(DialogState s) {
        DialogState previous = switch (s.phase()) {
            case OFFER_TEST -> null;
            case SETUP_LIE -> s.at(Phase.OFFER_TEST);
            case SETUP_HUG -> s.at(Phase.SETUP_LIE);
            case SETUP_HANG -> s.at(Phase.SETUP_HUG);
            case ASK -> {
                SideAnswers answers = s.answers(s.side());
                if (answers.lastAnswered().isEmpty()) {
                    yield s.side() == Side.RIGHT ? s.at(Phase.SETUP_HANG) : s.at(Phase.SWITCH_SIDE);
                }
                SideAnswers fewer = answers.without(answers.lastAnswered().get());
                yield s.side() == Side.RIGHT ? s.withTest(Phase.ASK, Side.RIGHT, fewer, s.left())
                        : s.withTest(Phase.ASK, Side.LEFT, s.right(), fewer);
            }
            case SWITCH_SIDE -> s.withTest(Phase.ASK, Side.RIGHT, s.right().without(Question.BACK_ARCHES), s.left());
            case OFFER_STRETCH, RETEST_OFFER ->
                    s.withTest(Phase.ASK, Side.LEFT, s.right(), s.left().without(Question.BACK_ARCHES));
            case STRETCH_SETUP, ANOTHER_ROUND -> s.at(Phase.OFFER_STRETCH);
            case PAUSED -> resumed(s);
        };
        if (previous == null) {
            return stay(s.withAside(null), Narration.of(Msg.AT_START).then(Script.prompt(s)));
        }
        return enter(previous, Narration.of(Msg.GOING_BACK));
    }

    private static DialogState resumed(DialogState s) {
        return s.at(s.resumePhase());
    }

    /** Arrives at {@code next}: says {@code lead}, then the phase's prompt, and waits for the user. */
    private static Turn enter(DialogState next, Narration lead) {
        return new Turn(next, Reply.ask(lead.then(Script.prompt(next)), Script.reprompt(next)));
    }

    /** Stays in the same phase, saying {@code speech}. */
    private static Turn stay(DialogState s, Narration speech) {
        return new Turn(s, Reply.ask(speech, Script.reprompt(s)));
    }

    private static Msg acknowledge(Observation o) {
        return switch (o) {
            case THIGH_STAYS_UP -> Msg.ACK_THIGH_UP;
            case THIGH_DROPS -> Msg.ACK_THIGH_DROPS;
            case LEG_DRIFTS_OUT -> Msg.ACK_DRIFTS;
            case LEG_STAYS_STRAIGHT -> Msg.ACK_STRAIGHT;
            case BACK_ARCHES -> Msg.ACK_ARCHES;
            case BACK_FLAT -> Msg.ACK_FLAT;
        };
    }
}

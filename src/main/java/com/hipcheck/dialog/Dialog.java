package com.hipcheck.dialog;

import com.hipcheck.dialog.UserEvent.Command;
import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Topic;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The conversation as one pure function: from a state and what the user did to the next turn.
 * Nothing here knows about Alexa or a locale; the same dialog runs on Lambda and on this machine.
 *
 * <p>{@link #next} first answers the events that mean the same everywhere (stop, pain, help,
 * repeat, a plain question, a stretch or hold named, fallback), then hands a reply to the test's
 * current phase: {@link #inPhase} is the one table of what each phase accepts and where it goes.
 * What each phase says on arrival, on silence and for help is the table in {@link Prompts}.
 */
public final class Dialog {
    /** How long Hip Check stays quiet when asked to wait, before a gentle check. */
    static final int WAIT_MILLIS = 30_000;

    /**
     * What the phase is asked to give a meaning to: a short reply, a description of what the leg
     * or back does, or "go back".
     */
    private enum Said { YES, READY, NO, UNSURE, DESCRIPTION, BACK }

    /** Returns the turn that follows {@code event} in state {@code s}. */
    public Turn next(DialogState s, UserEvent event) {
        // The plain question answered last turn is kept for "repeat" only, which says it again.
        DialogState now = event == Command.REPEAT ? s : s.withoutAside();
        return switch (event.kind()) {
            case LAUNCH -> welcome(start(((UserEvent.Launch) event).known()));
            case COMMAND -> command(now, (Command) event);
            case ASKED -> asked(now, ((UserEvent.Asked) event).topic());
            case CHOSE_STRETCH -> choseStretch(now, ((UserEvent.ChoseStretch) event).stretch());
            case ASKED_HOLD -> askedHold(now, ((UserEvent.AskedHold) event).seconds());
            case WORD -> inPhase(now, said((Word) event), List.of());
            case DESCRIBED -> {
                List<Observation> seen = ((UserEvent.Described) event).observations();
                // Words that matched nothing known were not understood, wherever they were said.
                yield seen.isEmpty() ? command(now, Command.FALLBACK) : inPhase(now, Said.DESCRIPTION, seen);
            }
        };
    }

    /** Returns the state a conversation starts in, given what the adapter knows. */
    public DialogState start(UserEvent.Known known) {
        return DialogState.initial();
    }

    /**
     * Returns the turn for {@code event} when the saved state could not be read: a fresh start,
     * said so. Events that make sense from the start (yes, ready, start, a question, help) carry on
     * from there; an answer meant for a question that is now lost is not applied, and the offer to
     * start is made again. Stop and pain need no apology: they are answered as always.
     */
    public Turn restart(UserEvent event) {
        DialogState fresh = DialogState.initial();
        boolean plain = event.kind() == UserEvent.Kind.LAUNCH || event == Command.STOP || event == Command.PAIN;
        if (plain) {
            return next(fresh, event);
        }
        boolean carriesOn = event == Word.YES || event == Word.READY || event == Command.START_TEST
                || event == Command.START_OVER || event == Command.HELP || event.kind() == UserEvent.Kind.ASKED;
        if (!carriesOn) {
            return enter(fresh, Narration.of(Msg.RESTARTED));
        }
        return next(fresh, event == Command.START_OVER ? Command.START_TEST : event)
                .saidAfter(Narration.of(Msg.RESTARTED));
    }

    // ---- Events that mean the same in every phase ---------------------------------------------

    private Turn welcome(DialogState start) {
        return enter(start.disclaimedNow(), Narration.of(Msg.WELCOME).then(Msg.DISCLAIMER));
    }

    private Turn command(DialogState s, Command command) {
        return switch (command) {
            case STOP -> end(s, Msg.GOODBYE);
            // Already paused: stay paused, still remembering where to resume.
            case PAIN -> enter(s.phase() == Phase.PAUSED ? s : s.paused(), Narration.of(Msg.PAIN_STOP));
            case HELP -> stay(s, Prompts.of(s).fullHelp());
            case REPEAT -> stay(s, s.aside().isPresent() ? asideAgain(s, s.aside().get()) : Prompts.of(s).prompt());
            case START_TEST -> startTest(s, Narration.empty());
            case START_OVER -> startTest(s, Narration.of(Msg.STARTING_OVER));
            case WAIT -> giveTime(s);
            case BACK -> inPhase(s, Said.BACK, List.of());
            case FALLBACK -> stay(s, Narration.of(Msg.FALLBACK_SORRY).then(Prompts.of(s).reprompt()));
        };
    }

    private Turn asked(DialogState s, Topic topic) {
        return stay(s.withAside(topic), asideAgain(s, topic));
    }

    /**
     * Returns the answer to a plain question and what follows it: at the start, an invitation to
     * take the test; anywhere else, the way back to the question that was pending.
     */
    private static Narration asideAgain(DialogState s, Topic topic) {
        Narration then = s.phase() == Phase.OFFER_TEST ? Narration.of(Msg.LEAD_INTO_TEST)
                : Narration.of(Msg.BACK_TO_IT).then(Prompts.of(s).reprompt());
        return Script.answer(topic).then(then);
    }

    /** Naming a stretch works once the test has found a tight side, even while paused for pain. */
    private Turn choseStretch(DialogState s, Optional<Stretch> stretch) {
        if (!s.testDone() || s.tightSides().isEmpty() || stretch.isEmpty()) {
            Msg why = !s.testDone() ? Msg.TEST_FIRST
                    : s.tightSides().isEmpty() ? Msg.NO_STRETCH_NEEDED : Msg.UNKNOWN_STRETCH;
            return stay(s, Narration.of(why).then(Prompts.of(s).reprompt()));
        }
        // Switching stretch mid-setup keeps the side; anywhere else the first tight side starts.
        Side side = s.underlyingPhase() == Phase.STRETCH_SETUP ? s.side() : s.stretchOrder().get(0);
        return startStretch(s, stretch.get(), side);
    }

    private Turn askedHold(DialogState s, OptionalInt seconds) {
        if (seconds.isEmpty() || !Hold.isAllowed(seconds.getAsInt())) {
            return stay(s, Narration.of(Msg.HOLD_RANGE, Hold.MIN_SECONDS, Hold.MAX_SECONDS)
                    .then(Prompts.of(s).reprompt()));
        }
        DialogState next = s.withPlan(s.plan().with(new Hold(seconds.getAsInt())));
        return stay(next, Narration.of(Msg.HOLD_SET, seconds.getAsInt()).then(Prompts.of(next).reprompt()));
    }

    // ---- What each phase accepts ---------------------------------------------------------------

    private static Said said(Word word) {
        return switch (word) {
            case YES -> Said.YES;
            case NO -> Said.NO;
            case READY -> Said.READY;
            case UNSURE -> Said.UNSURE;
        };
    }

    /**
     * The transition table: for each phase, what a reply, a description and "go back" lead to.
     * "Not sure" outside a test question asks what is being asked, so it gets the phase's help.
     */
    private Turn inPhase(DialogState s, Said said, List<Observation> seen) {
        return switch (s.phase()) {
            case OFFER_TEST -> switch (said) {
                case YES, READY -> startTest(s, Narration.empty());
                case NO -> end(s, Msg.DECLINED_TEST);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> stay(s, Narration.of(Msg.AT_START).then(Prompts.of(s).prompt()));
            };
            case SETUP_LIE, SETUP_HUG -> switch (said) {
                case YES, READY -> enter(s.moveTo(s.phase() == Phase.SETUP_LIE ? Phase.SETUP_HUG : Phase.SETUP_HANG),
                        Narration.empty());
                // "No" to "say ready when you're there" means "not yet".
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.moveTo(s.phase() == Phase.SETUP_LIE ? Phase.OFFER_TEST : Phase.SETUP_LIE));
            };
            // The leg hangs from here on, so a description is an answer even before its question.
            case SETUP_HANG, SWITCH_SIDE -> switch (said) {
                case YES, READY -> enter(s.moveTo(Phase.ASK), Narration.empty());
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION -> record(s, seen);
                case BACK -> goBack(s.phase() == Phase.SETUP_HANG ? s.moveTo(Phase.SETUP_HUG)
                        : reopenLastQuestion(s, Side.RIGHT));
            };
            case ASK -> switch (said) {
                case YES -> answer(s, Answer.YES, Msg.ACK_ANSWER);
                case NO -> answer(s, Answer.NO, Msg.ACK_ANSWER);
                case UNSURE -> answer(s, Answer.UNSURE, Msg.ACK_UNSURE);
                case READY -> stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).reprompt()));
                case DESCRIPTION -> record(s, seen);
                case BACK -> goBack(unanswerLast(s));
            };
            case OFFER_STRETCH, RETEST_OFFER -> switch (said) {
                case YES, READY -> s.phase() == Phase.OFFER_STRETCH
                        ? startStretch(s, Stretch.EDGE_OF_TABLE, s.stretchOrder().get(0))
                        : startTest(s, Narration.empty());
                case NO -> end(s, s.phase() == Phase.OFFER_STRETCH ? Msg.CLOSING_NO_STRETCH : Msg.CLOSING_NO_RETEST);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(reopenLastQuestion(s, Side.LEFT));
            };
            case STRETCH_SETUP -> switch (said) {
                case YES, READY -> hold(s);
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.moveTo(Phase.OFFER_STRETCH));
            };
            case ANOTHER_ROUND -> switch (said) {
                case YES, READY -> startStretch(s.withPlan(s.plan().nextRound()), s.plan().stretch().orElseThrow(),
                        s.stretchOrder().get(0));
                case NO -> end(s, Msg.CLOSING_WARM);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.moveTo(Phase.OFFER_STRETCH));
            };
            case PAUSED -> switch (said) {
                case YES, READY -> enter(s.resumed(), Narration.of(Msg.RESUMING));
                case NO -> end(s, Msg.GOODBYE);
                case UNSURE -> help(s);
                case DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.resumed());
            };
        };
    }

    // ---- The test ------------------------------------------------------------------------------

    private static Turn startTest(DialogState s, Narration lead) {
        DialogState fresh = s.freshTest();
        if (!fresh.disclaimed()) {
            lead = lead.then(Msg.DISCLAIMER);
            fresh = fresh.disclaimedNow();
        }
        return enter(fresh, lead.then(Msg.TEST_INTRO));
    }

    /** Records a yes, no or not sure for the current side's next question. */
    private static Turn answer(DialogState s, Answer a, Msg ack) {
        SideAnswers answers = s.answers(s.side());
        return afterAnswer(s, answers.with(answers.nextQuestion().orElseThrow(), a), Narration.of(ack));
    }

    /** Records what the user described, each observation for the question it answers. */
    private static Turn record(DialogState s, List<Observation> seen) {
        SideAnswers answers = s.answers(s.side());
        Narration ack = Narration.empty();
        for (Observation o : seen) {
            answers = answers.with(o.question(), o.answer());
            ack = ack.then(acknowledge(o));
        }
        return afterAnswer(s, answers, ack);
    }

    /** Moves on once a side has new answers: the next question, the other side, or the result. */
    private static Turn afterAnswer(DialogState s, SideAnswers sideAnswers, Narration ack) {
        TestAnswers answers = s.answers().with(s.side(), sideAnswers);
        if (!sideAnswers.isComplete()) {
            return enter(s.withTest(Phase.ASK, s.side(), answers), ack);
        }
        if (s.side() == Side.RIGHT) {
            return enter(s.withTest(Phase.SWITCH_SIDE, Side.LEFT, answers),
                    ack.then(Msg.SIDE_DONE, Script.sideName(Side.RIGHT)));
        }
        boolean anyTight = !answers.tightSides().isEmpty();
        if (anyTight) {
            DialogState next = s.withTest(Phase.OFFER_STRETCH, Side.LEFT, answers);
            return enter(next, ack).withCard(Script.card(next));
        }
        // With nothing tight the retest offer is the state to be in; when nothing was unsure either,
        // the session ends there.
        DialogState done = s.withTest(Phase.RETEST_OFFER, Side.LEFT, answers);
        boolean unsure = answers.verdict(Side.RIGHT).outcome() == Outcome.INCONCLUSIVE
                || answers.verdict(Side.LEFT).outcome() == Outcome.INCONCLUSIVE;
        if (unsure) {
            return enter(done, ack).withCard(Script.card(done));
        }
        Narration speech = ack.then(Script.results(done)).then(Msg.FOLLOW_NOT_TIGHT).then(Msg.CLOSING_NOT_TIGHT);
        return new Turn(done, Reply.end(speech).withCard(Script.card(done)));
    }

    /** Returns the state with the current side's last answer taken back, or the set-up before the first. */
    private static DialogState unanswerLast(DialogState s) {
        SideAnswers answers = s.answers(s.side());
        if (answers.lastAnswered().isEmpty()) {
            return s.side() == Side.RIGHT ? s.moveTo(Phase.SETUP_HANG) : s.moveTo(Phase.SWITCH_SIDE);
        }
        SideAnswers fewer = answers.without(answers.lastAnswered().get());
        return s.withTest(Phase.ASK, s.side(), s.answers().with(s.side(), fewer));
    }

    /** Returns the state asking {@code side}'s last question again. */
    private static DialogState reopenLastQuestion(DialogState s, Side side) {
        SideAnswers fewer = s.answers(side).without(Question.BACK_ARCHES);
        return s.withTest(Phase.ASK, side, s.answers().with(side, fewer));
    }

    /** Returns how a description is said back: each observation answers its question yes or no. */
    private static Msg acknowledge(Observation o) {
        boolean yes = o.answer() == Answer.YES;
        return switch (o.question()) {
            case THIGH_DROPS -> yes ? Msg.ACK_THIGH_DROPS : Msg.ACK_THIGH_UP;
            case LEG_DRIFTS_OUT -> yes ? Msg.ACK_DRIFTS : Msg.ACK_STRAIGHT;
            case BACK_ARCHES -> yes ? Msg.ACK_ARCHES : Msg.ACK_FLAT;
        };
    }

    // ---- The stretch ---------------------------------------------------------------------------

    private static Turn startStretch(DialogState s, Stretch stretch, Side side) {
        DialogState next = s.stretching(stretch, side);
        return enter(next, Narration.empty()).withCard(Script.card(next));
    }

    /** Narrates the hold for the current side, then moves to the next tight side or offers another round. */
    private static Turn hold(DialogState s) {
        Narration held = Narration.empty().hold(s.plan().hold());
        List<Side> order = s.stretchOrder();
        int index = order.indexOf(s.side());
        if (index + 1 < order.size()) {
            DialogState next = s.stretching(s.plan().stretch().orElseThrow(), order.get(index + 1));
            return enter(next, held.then(Msg.NEXT_SIDE, Script.sideName(next.side())));
        }
        return enter(s.moveTo(Phase.ANOTHER_ROUND), held.then(Msg.WELL_DONE));
    }

    // ---- How a turn is put together ------------------------------------------------------------

    /** Stays quiet for a while, then checks in gently; the session stays open throughout. */
    private static Turn giveTime(DialogState s) {
        return stay(s, Narration.of(Msg.WAIT_ACK).pause(WAIT_MILLIS).then(Msg.WAIT_CHECK)
                .then(Prompts.of(s).reprompt()));
    }

    private static Turn help(DialogState s) {
        return stay(s, Prompts.of(s).fullHelp());
    }

    private static Turn notAskingYet(DialogState s) {
        return stay(s, Narration.of(Msg.NOT_ASKING_YET).then(Prompts.of(s).reprompt()));
    }

    private static Turn goBack(DialogState previous) {
        return enter(previous, Narration.of(Msg.GOING_BACK));
    }

    /** Arrives at {@code next}: says {@code lead}, then the phase's prompt, and waits for the user. */
    private static Turn enter(DialogState next, Narration lead) {
        Prompts says = Prompts.of(next);
        return new Turn(next, Reply.ask(lead.then(says.prompt()), says.reprompt()));
    }

    /** Stays in the same phase, saying {@code speech}, with the phase's reprompt. */
    private static Turn stay(DialogState s, Narration speech) {
        return new Turn(s, Reply.ask(speech, Prompts.of(s).reprompt()));
    }

    /** Ends the conversation with {@code goodbye}. */
    private static Turn end(DialogState s, Msg goodbye) {
        return new Turn(s, Reply.end(Narration.of(goodbye)));
    }
}

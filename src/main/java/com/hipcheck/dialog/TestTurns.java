package com.hipcheck.dialog;

import static com.hipcheck.dialog.Turns.enter;
import static com.hipcheck.dialog.Turns.stay;

import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's turns, one of {@link Dialog}'s seams: starting it, each answer recorded (or, for words
 * read only by their direction, confirmed first) and said back, and once both sides are done, the
 * result, kept when the user has agreed. Dialog's table of what each phase accepts decides when
 * each applies; {@link Turns} puts the turns together.
 */
final class TestTurns {
    private TestTurns() {}

    /**
     * Reads "a little": a leg that drifts a little or a back that arches a little shows the sign,
     * so Hip Check asks to confirm it; at the thigh question it could mean a thigh that drops a
     * little way or one that nearly rests, so the question is asked again as a plain yes or no.
     * Only while a question is asked: anywhere else it answers nothing.
     */
    static Turn aLittle(DialogState s) {
        Question pending = s.answers(s.side()).nextQuestion().orElseThrow();
        return switch (pending) {
            // Any drift or arch is a sign, but "a little" is said of what one is unsure of too: confirm it.
            case LEG_DRIFTS_OUT, BACK_ARCHES -> enter(s.confirming(Observation.of(pending, Answer.YES).orElseThrow()),
                    Narration.of(Msg.A_LITTLE_COUNTS));
            case THIGH_DROPS -> stay(s, Narration.of(Msg.JUST_TO_CHECK).then(Prompts.of(s).simple()));
        };
    }

    /**
     * Starts the test from step one. The disclaimer comes first when it has not been said yet,
     * in place of the overview, so the first step still fits in one breath.
     */
    static Turn startTest(DialogState s, Narration lead) {
        if (s.memory().pausedToday()) {
            return Turns.end(s, Msg.PAUSED_TODAY);
        }
        DialogState fresh = s.freshTest();
        if (!fresh.disclaimed()) {
            return enter(fresh.disclaimedNow(), lead.then(Msg.DISCLAIMER));
        }
        return enter(fresh, lead.isEmpty() ? Narration.of(Msg.TEST_INTRO) : lead);
    }

    /** Records a yes, no or not sure for the current side's next question, and says it back. */
    static Turn answer(DialogState s, Answer a) {
        SideAnswers answers = s.answers(s.side());
        Question q = answers.nextQuestion().orElseThrow();
        Narration ack = Observation.of(q, a).isPresent() ? sayBack(s, Observation.of(q, a).get())
                : Narration.of(s.talk().turns() % 2 == 0 ? Msg.ACK_UNSURE : Msg.ACK_UNSURE_AGAIN);
        return afterAnswer(s, answers.with(q, a), ack);
    }

    /**
     * Records what the user described, each description read for the question being asked (see
     * {@link Description}), and says it back. A description never overwrites an answer already
     * given: only the user's own correction may change one.
     */
    static Turn record(DialogState asked, List<Description> described) {
        DialogState s = asked.unconfirmed();
        SideAnswers answers = s.answers(s.side());
        if (contradicts(described, answers.nextQuestion().orElse(Question.BACK_ARCHES))) {
            // "It drops, but not all the way": both ways at once is no answer to record.
            return stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).simple()));
        }
        List<Observation> recorded = new ArrayList<>(2);
        for (Description d : described) {
            Question pending = answers.nextQuestion().orElse(Question.BACK_ARCHES);
            Observation o = d.readFor(pending);
            if (answers.get(o.question()).isEmpty()) {
                answers = answers.with(o.question(), o.answer());
                recorded.add(o);
            }
        }
        if (recorded.isEmpty()) {
            return stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).reprompt()));
        }
        Narration ack = recorded.size() == 2 ? Narration.of(Msg.ACK_TWO, heard(recorded.get(0)), heard(recorded.get(1)))
                : sayBack(s, recorded.get(0));
        return afterAnswer(s, answers, ack);
    }

    /**
     * Asks the user to confirm a description in words Hip Check read only for their direction
     * ("it's like an inch off the bed"), read for the question being asked; nothing is recorded
     * until they say yes. Words about a part already answered are no answer to this question.
     */
    static Turn confirm(DialogState asked, List<Description> described) {
        DialogState s = asked.unconfirmed();
        SideAnswers answers = s.answers(s.side());
        Observation heard = described.get(0).readFor(answers.nextQuestion().orElseThrow());
        if (answers.get(heard.question()).isPresent()) {
            return stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).reprompt()));
        }
        return enter(s.confirming(heard), Narration.empty());
    }

    /**
     * Takes a short reply to "So your thigh stays above the bed. Right?": only a yes records what
     * was heard; no, not sure or a little drop it and ask the question again, plainly.
     */
    static Turn confirmed(DialogState s, Word word) {
        Observation heard = s.confirming().orElseThrow();
        DialogState open = s.unconfirmed();
        return switch (word) {
            case YES -> afterAnswer(open, open.answers(open.side()).with(heard.question(), heard.answer()),
                    sayBack(open, heard));
            case NO, UNSURE, A_LITTLE -> stay(open, Narration.of(Msg.CONFIRM_DECLINED).then(Prompts.of(open).simple()));
            case READY, DONE, AGAIN, OKAY, KEEP, DELETE ->
                    stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).simple()));
        };
    }

    /** Returns whether two of the descriptions answer one question in opposite ways. */
    static boolean contradicts(List<Description> described, Question pending) {
        for (int i = 0; i < described.size(); i++) {
            for (int j = i + 1; j < described.size(); j++) {
                Observation a = described.get(i).readFor(pending);
                Observation b = described.get(j).readFor(pending);
                if (a.question() == b.question() && a.answer() != b.answer()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Says back what was recorded, in words that change from turn to turn ("So your thigh stays up."). */
    static Narration sayBack(DialogState s, Observation o) {
        Msg frame = switch (s.talk().turns() % 3) {
            case 0 -> Msg.ACK_SO;
            case 1 -> Msg.ACK_OKAY;
            default -> Msg.ACK_NOTED;
        };
        return Narration.of(frame, heard(o));
    }

    /** Moves on once a side has new answers: the next question, the other side, or the result. */
    static Turn afterAnswer(DialogState s, SideAnswers sideAnswers, Narration ack) {
        return afterAnswer(s, s.side(), sideAnswers, ack);
    }

    /** Moves on once {@code side} has new answers: its next question, the other side, or the result. */
    static Turn afterAnswer(DialogState s, Side side, SideAnswers sideAnswers, Narration ack) {
        TestAnswers answers = s.answers().with(side, sideAnswers);
        boolean anyTight = !answers.tightSides().isEmpty();
        if (!sideAnswers.isComplete()) {
            return enter(s.withTest(Phase.ASK, side, answers), ack);
        }
        if (side == Side.RIGHT && !answers.left().isComplete()) {
            // A right-side answer corrected once the left has begun goes back to the left's question.
            return answers.left().isEmpty() ? enter(s.withTest(Phase.SWITCH_SIDE, Side.LEFT, answers),
                    ack.then(Msg.SIDE_DONE)) : enter(s.withTest(Phase.ASK, Side.LEFT, answers), ack);
        }
        DialogState finished = s.withTest(anyTight ? Phase.OFFER_STRETCH : Phase.RETEST_OFFER, Side.LEFT, answers);
        Memory memory = s.memory();
        // The plan follows every finished test; it is written only for a user who agreed (see Keeping).
        finished = finished.withMemory(memory.with(memory.record().tested(memory.today(), answers.tightSides())));
        Narration compared = memory.returning() ? Recall.compared(memory.record(), answers) : Narration.empty();
        if (compared.isEmpty()) {
            return afterResult(finished, ack.then(Script.results(finished)), false);
        }
        // Compared with the last test briefly, so the verdicts, the comparison and the question fit one breath.
        return afterResult(finished, ack.then(Script.briefResults(finished)).then(compared), true);
    }

    /**
     * Goes on once the result is said (and kept, or not): to the stretch offer when a side is
     * tight, to the retest offer when something was unsure, else to the end. A {@code brief} turn
     * leaves out what its reprompt or "why?" says anyway (how to judge better on a retest), and
     * closes with the short advice.
     */
    static Turn afterResult(DialogState s, Narration lead, boolean brief) {
        TestAnswers answers = s.answers();
        if (!answers.tightSides().isEmpty()) {
            DialogState next = s.withTest(Phase.OFFER_STRETCH, Side.LEFT, answers);
            return new Turn(next, Reply.ask(lead.then(Msg.OFFER_STRETCH), Prompts.of(next).reprompt()))
                    .withCard(Script.card(next));
        }
        // With nothing tight the retest offer is the state to be in; when nothing was unsure either,
        // the session ends there, once a daily movement break (the article's advice) is offered.
        DialogState done = s.withTest(Phase.RETEST_OFFER, Side.LEFT, answers);
        boolean unsure = answers.verdict(Side.RIGHT).outcome() == Outcome.INCONCLUSIVE
                || answers.verdict(Side.LEFT).outcome() == Outcome.INCONCLUSIVE;
        if (unsure) {
            Narration how = brief ? Narration.empty() : Narration.of(Msg.RETEST_HOW);
            return new Turn(done, Reply.ask(lead.then(how).then(Msg.RETEST_OFFER),
                    Prompts.of(done).reprompt())).withCard(Script.card(done));
        }
        if (s.memory().asksConsent()) {
            // Nothing to stretch: the natural moment to ask is now, with the result.
            // A stretch chosen before an answer was changed is no plan: nothing is tight now.
            DialogState asking = s.withPlan(s.plan().restarted()).withTest(Phase.OFFER_SAVE, Side.LEFT, answers);
            return new Turn(asking, Reply.ask(lead.then(Msg.SAVE_OFFER_TEST), Prompts.of(asking).reprompt()))
                    .withCard(Script.card(asking));
        }
        return ReminderTurns.offerMovementBreaks(done, lead).withCard(Script.card(done));
    }

    /** Returns a finished test's state in the phase that follows its result: the stretch offer, or the retest's. */
    static DialogState resultPhase(DialogState s) {
        return s.moveTo(s.tightSides().isEmpty() ? Phase.RETEST_OFFER : Phase.OFFER_STRETCH);
    }

    /** Returns the state with the current side's last answer taken back, or the set-up before the first. */
    static DialogState unanswerLast(DialogState s) {
        SideAnswers answers = s.answers(s.side());
        if (answers.lastAnswered().isEmpty()) {
            return s.side() == Side.RIGHT ? s.moveTo(Phase.SETUP_HANG) : s.moveTo(Phase.SWITCH_SIDE);
        }
        SideAnswers fewer = answers.without(answers.lastAnswered().get());
        return s.withTest(Phase.ASK, s.side(), s.answers().with(s.side(), fewer));
    }

    /** Returns the state asking {@code side}'s last question again. */
    static DialogState reopenLastQuestion(DialogState s, Side side) {
        SideAnswers fewer = s.answers(side).without(Question.BACK_ARCHES);
        return s.withTest(Phase.ASK, side, s.answers().with(side, fewer));
    }

    /** Returns what an observation is, in words: each answers its question yes or no. */
    static Msg heard(Observation o) {
        boolean yes = o.answer() == Answer.YES;
        return switch (o.question()) {
            case THIGH_DROPS -> yes ? Msg.HEARD_THIGH_DROPS : Msg.HEARD_THIGH_UP;
            case LEG_DRIFTS_OUT -> yes ? Msg.HEARD_DRIFTS : Msg.HEARD_STRAIGHT;
            case BACK_ARCHES -> yes ? Msg.HEARD_ARCHES : Msg.HEARD_FLAT;
        };
    }
}

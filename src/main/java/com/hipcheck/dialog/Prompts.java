package com.hipcheck.dialog;

import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;

/**
 * What each phase says, in one table: its prompt (on arriving, and again on "repeat"), its
 * reprompt (when the user stays silent: other words, with what to say first and the question
 * last), its help, and its short form (the question as a plain yes or no with one example, said
 * after an aside and when Hip Check keeps not understanding). {@link Dialog} decides where the
 * conversation goes; this says what is asked there. In every column of a row, "yes" means the same.
 *
 * @param prompt what is said on arriving at the phase
 * @param reprompt what is said when the user stays silent
 * @param help what the phase is for, said before the short form when the user asks for help
 * @param simple the question in its shortest yes-or-no form, with an example of what to say
 */
record Prompts(Narration prompt, Narration reprompt, Msg help, Narration simple) {

    /** Returns what the state's phase says. */
    static Prompts of(DialogState s) {
        Msg side = Script.sideName(s.side());
        return switch (s.phase()) {
            case OFFER_TEST -> s.memory().returning()
                    ? new Prompts(Narration.of(Msg.OFFER_TEST_AGAIN), Narration.of(Msg.OFFER_TEST_AGAIN_REPROMPT),
                            Msg.HELP_OFFER_TEST, Narration.of(Msg.SIMPLE_OFFER_TEST_AGAIN))
                    : new Prompts(Narration.of(Msg.OFFER_TEST), Narration.of(Msg.OFFER_TEST_REPROMPT),
                            Msg.HELP_OFFER_TEST, Narration.of(Msg.SIMPLE_OFFER_TEST));
            case SETUP_LIE -> setup(Narration.of(Msg.STEP_LIE));
            case SETUP_HUG -> setup(Narration.of(Msg.STEP_HUG, Script.sideName(s.side().other())));
            case SETUP_HANG -> setup(Narration.of(Msg.STEP_HANG, side));
            case ASK -> s.confirming().isPresent() ? confirmation(s.confirming().get(), side)
                    : question(s.answers(s.side()).nextQuestion().orElseThrow(), side);
            case SWITCH_SIDE -> new Prompts(
                    Narration.of(Msg.SWITCH_SIDE, Script.sideName(Side.LEFT), Script.sideName(Side.RIGHT)),
                    Narration.of(Msg.SWITCH_SIDE_REPROMPT, Script.sideName(Side.LEFT)), Msg.HELP_SETUP,
                    Narration.of(Msg.SIMPLE_SWITCH_SIDE, Script.sideName(Side.LEFT)));
            case OFFER_STRETCH -> new Prompts(Script.results(s).then(Msg.OFFER_STRETCH),
                    Narration.of(Msg.OFFER_STRETCH_REPROMPT), Msg.HELP_OFFER_STRETCH,
                    Narration.of(Msg.SIMPLE_OFFER_STRETCH));
            case RETEST_OFFER -> new Prompts(Script.results(s).then(Msg.RETEST_HOW).then(Msg.RETEST_OFFER),
                    Narration.of(Msg.RETEST_OFFER_REPROMPT), Msg.HELP_RETEST, Narration.of(Msg.SIMPLE_RETEST));
            case STRETCH_SETUP -> new Prompts(Script.stretchSetup(s), Narration.of(Msg.STRETCH_READY_REPROMPT),
                    Msg.HELP_STRETCH, Narration.of(Msg.SIMPLE_STRETCH));
            case NEXT_SIDE -> new Prompts(Narration.of(Msg.NEXT_SIDE, side), Narration.of(Msg.NEXT_SIDE_REPROMPT, side),
                    Msg.HELP_NEXT_SIDE, Narration.of(Msg.SIMPLE_NEXT_SIDE, side));
            case ANOTHER_ROUND -> new Prompts(Narration.of(Msg.ANOTHER_ROUND),
                    Narration.of(Msg.ANOTHER_ROUND_REPROMPT), Msg.HELP_ANOTHER_ROUND,
                    Narration.of(Msg.SIMPLE_ANOTHER_ROUND));
            case PAUSED -> new Prompts(Narration.of(Msg.PAUSED), Narration.of(Msg.PAUSED_REPROMPT), Msg.HELP_PAUSED,
                    Narration.of(Msg.SIMPLE_PAUSED));
            case WELCOME_BACK -> new Prompts(s.tightSides().size() == 2 ? Narration.of(Msg.READY_FOR_PLAN_BOTH)
                    : Narration.of(Msg.READY_FOR_PLAN_ONE, Script.sideName(s.tightSides().get(0))),
                    Narration.of(Msg.STRAIGHT_TO_STRETCH_REPROMPT), Msg.HELP_WELCOME_BACK,
                    Narration.of(Msg.SIMPLE_WELCOME_BACK));
            case CHECK_IN -> new Prompts(Narration.of(Msg.CHECK_IN), Narration.of(Msg.CHECK_IN_REPROMPT),
                    Msg.HELP_CHECK_IN, Narration.of(Msg.SIMPLE_CHECK_IN));
            // After stretching, the plan is offered; after a result with nothing to stretch, the date of the test.
            case OFFER_SAVE -> new Prompts(stretched(s) ? Narration.of(Msg.SAVE_OFFER)
                    : Script.results(s).then(Msg.SAVE_OFFER_TEST), Narration.of(Msg.SAVE_OFFER_REPROMPT),
                    Msg.HELP_SAVE, Narration.of(Msg.SIMPLE_SAVE));
            case CONFIRM_FORGET -> new Prompts(Narration.of(Msg.CONFIRM_FORGET),
                    Narration.of(Msg.CONFIRM_FORGET_REPROMPT), Msg.HELP_FORGET, Narration.of(Msg.SIMPLE_FORGET));
            // The time and the repetition are said in the question, as Amazon's rules for reminders ask.
            case CONFIRM_REMINDER -> reminder(s.reminding().orElseThrow());
        };
    }

    private static Prompts reminder(ReminderAsk ask) {
        if (ask.kind() == ReminderAsk.Kind.MOVEMENT_BREAK && !ask.change()) {
            return new Prompts(Narration.of(ask.offered() ? Msg.REMINDER_OFFER_MOVEMENT : Msg.REMINDER_CONFIRM_MOVEMENT,
                    ask.at()), Narration.of(Msg.REMINDER_MOVEMENT_REPROMPT, ask.at()), Msg.HELP_REMINDER_MOVEMENT,
                    Narration.of(Msg.SIMPLE_REMINDER_MOVEMENT, ask.at()));
        }
        return new Prompts(Narration.of(ask.offered() ? Msg.REMINDER_OFFER
                        : ask.change() ? Msg.REMINDER_CHANGE_CONFIRM : Msg.REMINDER_CONFIRM, ask.at()),
                Narration.of(Msg.REMINDER_CONFIRM_REPROMPT, ask.at()), Msg.HELP_REMINDER,
                Narration.of(Msg.SIMPLE_REMINDER, ask.at()));
    }

    /** Returns whether the session stretched a side, so the consent question offers to keep the plan. */
    static boolean stretched(DialogState s) {
        return s.plan().stretch().isPresent() && !s.tightSides().isEmpty();
    }

    /** Returns the full help: what the phase is for, then its question in its simplest form. */
    Narration fullHelp() {
        return Narration.of(help).then(simple);
    }

    /** The three set-up steps share a reprompt, a help and a short form; only the step itself differs. */
    private static Prompts setup(Narration step) {
        return new Prompts(step, Narration.of(Msg.SETUP_REPROMPT), Msg.HELP_SETUP, Narration.of(Msg.SIMPLE_SETUP));
    }

    /** "So your thigh stays above the bed, not resting on it. Right?": a yes or no is all it takes. */
    private static Prompts confirmation(Observation heard, Msg side) {
        Narration check = Narration.of(switch (heard) {
            case THIGH_STAYS_UP -> Msg.CONFIRM_THIGH_UP;
            case THIGH_DROPS -> Msg.CONFIRM_THIGH_DROPS;
            case LEG_DRIFTS_OUT -> Msg.CONFIRM_DRIFTS;
            case LEG_STAYS_STRAIGHT -> Msg.CONFIRM_STRAIGHT;
            case BACK_ARCHES -> Msg.CONFIRM_ARCHES;
            case BACK_FLAT -> Msg.CONFIRM_FLAT;
        }, side);
        return new Prompts(check, Narration.of(Msg.CONFIRM_REPROMPT).then(check), Msg.HELP_CONFIRM, check);
    }

    private static Prompts question(Question q, Msg side) {
        return switch (q) {
            case THIGH_DROPS -> new Prompts(Narration.of(Msg.ASK_THIGH, side), Narration.of(Msg.REPROMPT_THIGH, side),
                    Msg.HELP_ASK, Narration.of(Msg.SIMPLE_THIGH, side));
            case LEG_DRIFTS_OUT -> new Prompts(Narration.of(Msg.ASK_DRIFT, side),
                    Narration.of(Msg.REPROMPT_DRIFT, side), Msg.HELP_ASK, Narration.of(Msg.SIMPLE_DRIFT, side));
            case BACK_ARCHES -> new Prompts(Narration.of(Msg.ASK_ARCH), Narration.of(Msg.REPROMPT_ARCH), Msg.HELP_ASK,
                    Narration.of(Msg.SIMPLE_ARCH));
        };
    }
}

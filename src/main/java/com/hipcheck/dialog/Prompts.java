package com.hipcheck.dialog;

import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;

/**
 * What each phase says, in one table: its prompt (on arriving, and again on "repeat"), its
 * reprompt (when the user stays silent: shorter, with a hint) and its help (what to do now and
 * what to say). {@link Dialog} decides where the conversation goes; this says what is asked there.
 *
 * @param prompt what is said on arriving at the phase
 * @param reprompt what is said when the user stays silent
 * @param help the help that fits the phase, before the line that help works at any time
 */
record Prompts(Narration prompt, Narration reprompt, Msg help) {

    /** Returns what the state's phase says. */
    static Prompts of(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> new Prompts(Narration.of(Msg.OFFER_TEST), Narration.of(Msg.OFFER_TEST_REPROMPT),
                    Msg.HELP_OFFER_TEST);
            case SETUP_LIE -> setup(Narration.of(Msg.STEP_LIE));
            case SETUP_HUG -> setup(Narration.of(Msg.STEP_HUG, Script.sideName(s.side().other())));
            case SETUP_HANG -> setup(Narration.of(Msg.STEP_HANG, Script.sideName(s.side())));
            case ASK -> new Prompts(question(s, false), question(s, true), Msg.HELP_ASK);
            case SWITCH_SIDE -> new Prompts(
                    Narration.of(Msg.SWITCH_SIDE, Script.sideName(Side.LEFT), Script.sideName(Side.RIGHT)),
                    Narration.of(Msg.SWITCH_SIDE_REPROMPT, Script.sideName(Side.LEFT)), Msg.HELP_SETUP);
            case OFFER_STRETCH -> new Prompts(Script.results(s)
                    .then(s.tightSides().size() > 1 ? Msg.FOLLOW_TIGHT_BOTH : Msg.FOLLOW_TIGHT)
                    .then(Msg.OFFER_STRETCH), Narration.of(Msg.OFFER_STRETCH_REPROMPT), Msg.HELP_OFFER_STRETCH);
            case RETEST_OFFER -> new Prompts(Script.results(s).then(Msg.RETEST_HOW).then(Msg.RETEST_OFFER),
                    Narration.of(Msg.RETEST_OFFER_REPROMPT), Msg.HELP_RETEST);
            case STRETCH_SETUP -> new Prompts(
                    Script.stretchSteps(s.plan().stretch().orElseThrow(), s.side()).then(Msg.STRETCH_READY),
                    Narration.of(Msg.STRETCH_READY_REPROMPT), Msg.HELP_STRETCH);
            case ANOTHER_ROUND -> new Prompts(Narration.of(Msg.ANOTHER_ROUND),
                    Narration.of(Msg.ANOTHER_ROUND_REPROMPT), Msg.HELP_ANOTHER_ROUND);
            case PAUSED -> new Prompts(Narration.of(Msg.PAUSED), Narration.of(Msg.PAUSED_REPROMPT), Msg.HELP_PAUSED);
        };
    }

    /** Returns the full help: the phase's own, that help works anytime, and the reprompt. */
    Narration fullHelp() {
        return Narration.of(help).then(Msg.HELP_ANYTIME).then(reprompt);
    }

    /** The three set-up steps share a reprompt and a help; only the step itself differs. */
    private static Prompts setup(Narration step) {
        return new Prompts(step, Narration.of(Msg.SETUP_REPROMPT), Msg.HELP_SETUP);
    }

    private static Narration question(DialogState s, boolean reprompt) {
        Question q = s.answers(s.side()).nextQuestion().orElseThrow();
        Msg side = Script.sideName(s.side());
        return switch (q) {
            case THIGH_DROPS -> Narration.of(reprompt ? Msg.REPROMPT_THIGH : Msg.ASK_THIGH, side);
            case LEG_DRIFTS_OUT -> Narration.of(reprompt ? Msg.REPROMPT_DRIFT : Msg.ASK_DRIFT, side);
            case BACK_ARCHES -> Narration.of(reprompt ? Msg.REPROMPT_ARCH : Msg.ASK_ARCH);
        };
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Finding;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.domain.Verdict;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;

/** What each phase says: its prompt, its reprompt and its help, plus the result and stretch texts. */
final class Script {
    /** The breath between two ideas when steps are read one after another. */
    static final int BREATH_MILLIS = 1500;

    private Script() {}

    /** Returns what is said on arriving at the state's phase, and again on "repeat". */
    static Narration prompt(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> Narration.of(Msg.OFFER_TEST);
            case SETUP_LIE -> Narration.of(Msg.STEP_LIE);
            case SETUP_HUG -> Narration.of(Msg.STEP_HUG, sideName(s.side().other()));
            case SETUP_HANG -> Narration.of(Msg.STEP_HANG, sideName(s.side()));
            case ASK -> question(s, false);
            case SWITCH_SIDE -> Narration.of(Msg.SWITCH_SIDE, sideName(Side.LEFT), sideName(Side.RIGHT));
            case OFFER_STRETCH -> results(s)
                    .then(s.tightSides().size() > 1 ? Msg.FOLLOW_TIGHT_BOTH : Msg.FOLLOW_TIGHT)
                    .then(Msg.OFFER_STRETCH);
            case RETEST_OFFER -> results(s).then(Msg.RETEST_HOW).then(Msg.RETEST_OFFER);
            case STRETCH_SETUP -> stretchSteps(s.stretch(), s.side()).then(Msg.STRETCH_READY);
            case ANOTHER_ROUND -> Narration.of(Msg.ANOTHER_ROUND);
            case PAUSED -> Narration.of(Msg.PAUSED);
        };
    }

    /** Returns what is said when the user stays silent: shorter than the prompt, with a hint. */
    static Narration reprompt(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> Narration.of(Msg.OFFER_TEST_REPROMPT);
            case SETUP_LIE, SETUP_HUG, SETUP_HANG -> Narration.of(Msg.SETUP_REPROMPT);
            case ASK -> question(s, true);
            case SWITCH_SIDE -> Narration.of(Msg.SWITCH_SIDE_REPROMPT, sideName(Side.LEFT));
            case OFFER_STRETCH -> Narration.of(Msg.OFFER_STRETCH_REPROMPT);
            case RETEST_OFFER -> Narration.of(Msg.RETEST_OFFER_REPROMPT);
            case STRETCH_SETUP -> Narration.of(Msg.STRETCH_READY_REPROMPT);
            case ANOTHER_ROUND -> Narration.of(Msg.ANOTHER_ROUND_REPROMPT);
            case PAUSED -> Narration.of(Msg.PAUSED_REPROMPT);
        };
    }

    /** Returns help that fits the phase: what to do now and what to say. */
    static Narration help(DialogState s) {
        Msg help = switch (s.phase()) {
            case OFFER_TEST -> Msg.HELP_OFFER_TEST;
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE -> Msg.HELP_SETUP;
            case ASK -> Msg.HELP_ASK;
            case OFFER_STRETCH -> Msg.HELP_OFFER_STRETCH;
            case RETEST_OFFER -> Msg.HELP_RETEST;
            case STRETCH_SETUP -> Msg.HELP_STRETCH;
            case ANOTHER_ROUND -> Msg.HELP_ANOTHER_ROUND;
            case PAUSED -> Msg.HELP_PAUSED;
        };
        return Narration.of(help).then(Msg.HELP_ANYTIME).then(reprompt(s));
    }

    /**
     * Returns what follows the answer to a plain question: at the start, an invitation to take
     * the test; anywhere else, the way back to the question that was pending.
     */
    static Narration afterAside(DialogState s) {
        return s.phase() == Phase.OFFER_TEST ? Narration.of(Msg.LEAD_INTO_TEST)
                : Narration.of(Msg.BACK_TO_IT).then(reprompt(s));
    }

    /** Returns the spoken result for both sides, each with its reasons. */
    static Narration results(DialogState s) {
        Narration n = Narration.empty();
        for (Side side : Side.values()) {
            n = n.then(result(side, s.verdict(side)));
        }
        return n;
    }

    /** Returns the card text: the result per side and, once chosen, the stretch's steps. */
    static Narration card(DialogState s) {
        Narration n = results(s);
        if (s.stretch() != null) {
            n = n.then(Msg.CARD_STRETCH, stretchName(s.stretch()), s.hold().seconds())
                    .then(steps(s.stretch(), s.side()));
        }
        return n;
    }

    /** Returns the steps of a stretch for one side, one idea per breath. */
    static Narration stretchSteps(Stretch stretch, Side side) {
        return Narration.of(Msg.STRETCH_INTRO, stretchName(stretch), sideName(side))
                .pause(BREATH_MILLIS / 2)
                .then(steps(stretch, side));
    }

    /** Returns the answer to one of the plain questions. */
    static Narration answer(Topic topic) {
        return Narration.of(switch (topic) {
            case SHOULD_STRETCH -> Msg.ANSWER_SHOULD_STRETCH;
            case WHY_BACK -> Msg.ANSWER_WHY_BACK;
            case EVERY_DAY -> Msg.ANSWER_EVERY_DAY;
            case SITTING -> Msg.ANSWER_SITTING;
            case SAFEST -> Msg.ANSWER_SAFEST;
        });
    }

    static Msg sideName(Side side) {
        return side == Side.RIGHT ? Msg.SIDE_RIGHT : Msg.SIDE_LEFT;
    }

    private static Msg stretchName(Stretch stretch) {
        return stretch == Stretch.EDGE_OF_TABLE ? Msg.STRETCH_NAME_EDGE : Msg.STRETCH_NAME_KNEELING;
    }

    private static Narration steps(Stretch stretch, Side side) {
        Msg other = sideName(side.other());
        Msg hip = sideName(side);
        Narration n = switch (stretch) {
            case EDGE_OF_TABLE -> Narration.of(Msg.EDGE_STEP_HUG, other).pause(BREATH_MILLIS)
                    .then(Msg.EDGE_STEP_HANG, hip).pause(BREATH_MILLIS)
                    .then(Msg.EDGE_STEP_RELAX, hip);
            case HALF_KNEELING -> Narration.of(Msg.KNEEL_STEP_KNEEL, hip).pause(BREATH_MILLIS)
                    .then(Msg.KNEEL_STEP_SQUEEZE, hip).pause(BREATH_MILLIS)
                    .then(Msg.KNEEL_STEP_TALL).pause(BREATH_MILLIS)
                    .then(Msg.KNEEL_STEP_GLIDE, hip);
        };
        return n.pause(BREATH_MILLIS / 2);
    }

    private static Narration question(DialogState s, boolean reprompt) {
        Question q = s.answers(s.side()).nextQuestion().orElseThrow();
        Msg side = sideName(s.side());
        return switch (q) {
            case THIGH_DROPS -> Narration.of(reprompt ? Msg.REPROMPT_THIGH : Msg.ASK_THIGH, side);
            case LEG_DRIFTS_OUT -> Narration.of(reprompt ? Msg.REPROMPT_DRIFT : Msg.ASK_DRIFT, side);
            case BACK_ARCHES -> Narration.of(reprompt ? Msg.REPROMPT_ARCH : Msg.ASK_ARCH);
        };
    }

    private static Narration result(Side side, Verdict verdict) {
        Msg name = sideName(side);
        return switch (verdict.outcome()) {
            case TIGHT -> {
                Narration n = Narration.of(Msg.RESULT_TIGHT, name);
                for (Finding f : verdict.findings()) {
                    n = n.then(switch (f) {
                        case THIGH_STAYS_UP -> Msg.REASON_THIGH_UP;
                        case LEG_DRIFTS_OUT -> Msg.REASON_DRIFT;
                        case BACK_ARCHES -> Msg.REASON_ARCH;
                    });
                }
                yield n;
            }
            case NOT_TIGHT -> Narration.of(Msg.RESULT_NOT_TIGHT, name);
            case INCONCLUSIVE -> Narration.of(Msg.RESULT_INCONCLUSIVE, name);
        };
    }
}

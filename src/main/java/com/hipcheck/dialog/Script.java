package com.hipcheck.dialog;

import com.hipcheck.domain.Finding;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.domain.Verdict;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;

/**
 * The longer texts the phases are made of: the result per side, a stretch's steps, the card, and
 * the answers to the plain questions. What each phase asks is in {@link Prompts}.
 */
final class Script {
    /** The breath between two ideas when steps are read one after another. */
    static final int BREATH_MILLIS = 1500;

    private Script() {}

    /** Returns the spoken result for both sides, each with its reasons. */
    static Narration results(DialogState s) {
        Narration n = Narration.empty();
        for (Side side : Side.values()) {
            n = n.then(result(side, s.answers().verdict(side)));
        }
        return n;
    }

    /** Returns the card text: the result per side and, once chosen, the stretch's steps. */
    static Narration card(DialogState s) {
        Narration n = results(s);
        if (s.plan().stretch().isPresent()) {
            Stretch stretch = s.plan().stretch().get();
            n = n.then(Msg.CARD_STRETCH, stretchName(stretch), s.plan().hold().seconds()).then(steps(stretch, s.side()));
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

package com.hipcheck.dialog;

import com.hipcheck.domain.Finding;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.domain.Verdict;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The longer texts the phases are made of: the result per side, a stretch's steps, the card, and
 * the answers to the plain questions. What each phase asks is in {@link Prompts}.
 */
final class Script {
    /** The breath between two ideas when steps are read one after another. */
    static final int BREATH_MILLIS = 1500;

    private Script() {}

    /** The most signs the spoken result names; more are left to "why?" and the card. */
    private static final int SIGNS_SPOKEN = 1;

    /**
     * Returns the spoken result for both sides in one breath: the verdicts together, then the
     * signs behind them, those both sides share said once, or a pointer to "why?" when there are
     * more signs than fit.
     */
    static Narration results(DialogState s) {
        Verdict right = s.answers().verdict(Side.RIGHT);
        Verdict left = s.answers().verdict(Side.LEFT);
        Narration verdicts = verdicts(right.outcome(), left.outcome());
        List<Finding> shared = shared(right, left);
        int rightOwn = right.findings().size() - shared.size();
        int leftOwn = left.findings().size() - shared.size();
        int named = shared.size() + rightOwn + leftOwn;
        if (named == 0) {
            return verdicts;
        }
        // One sign fits the breath with the verdicts and the question; more go to "why?".
        int sentences = (shared.isEmpty() ? 0 : 1) + (rightOwn > 0 ? 1 : 0) + (leftOwn > 0 ? 1 : 0);
        return sentences == 1 && named <= SIGNS_SPOKEN ? verdicts.then(signs(right, left))
                : verdicts.then(Msg.SIGNS_MANY);
    }

    /**
     * Returns the result in its shortest form, the verdicts alone, for when a comparison with the
     * last result follows in the same breath; the signs are left to "why?" and the card.
     */
    static Narration briefResults(DialogState s) {
        Outcome right = s.answers().verdict(Side.RIGHT).outcome();
        Outcome left = s.answers().verdict(Side.LEFT).outcome();
        return right == Outcome.NOT_TIGHT && left == Outcome.NOT_TIGHT ? Narration.of(Msg.RESULT_BOTH_FINE_BRIEF)
                : verdicts(right, left);
    }

    /** Returns every sign behind the result, those both sides share said once; the answer to "why?". */
    static Narration reasons(DialogState s) {
        Verdict right = s.answers().verdict(Side.RIGHT);
        Verdict left = s.answers().verdict(Side.LEFT);
        if (right.findings().isEmpty() && left.findings().isEmpty()) {
            return Narration.of(Msg.WHY_UNCLEAR);
        }
        return signs(right, left).then(Msg.SIGNS_MEANING);
    }

    /** Returns the card text: the result per side with its reasons in full and, once chosen, the stretch's steps. */
    static Narration card(DialogState s) {
        Narration n = Narration.empty();
        // Stretching on the kept plan has no result of today's to show: only the stretch.
        for (Side side : s.testDone() ? Side.values() : new Side[0]) {
            n = n.then(cardResult(side, s.answers().verdict(side)));
        }
        if (s.plan().stretch().isPresent()) {
            Stretch stretch = s.plan().stretch().get();
            n = n.then(Msg.CARD_STRETCH, stretchName(stretch), s.plan().hold().seconds()).then(steps(stretch, s.side()));
        }
        return n;
    }

    /**
     * After this many days of practice before today, a user stretching on the kept plan knows the
     * steps: the set-up is said in short, and the steps come on request.
     */
    static final int KNOWS_STEPS_AFTER_DAYS = 3;

    /**
     * Returns what is said on arriving at a stretch for one side: for a round after the first,
     * which round it is and to ease back in; for an extra set or a daily user, the set-up in one
     * or two sentences; otherwise the steps in full. The safety line is in every form.
     */
    static Narration stretchSetup(DialogState s) {
        Plan plan = s.plan();
        if (plan.round() > 1) {
            Narration which = plan.round() <= plan.setLength() ? Narration.of(Msg.ROUND_OF, plan.round(),
                    plan.setLength()) : Narration.of(Msg.ROUND_LAST);
            return which.then(Msg.ROUND_AGAIN);
        }
        if (inShort(s)) {
            Msg line = plan.setLength() == 1 ? Msg.SHORT_SETUP_ONE : Msg.SHORT_SETUP_ROUNDS;
            Narration named = plan.setLength() == 1
                    ? Narration.of(line, sideName(s.side()), stretchName(plan.stretch().orElseThrow()),
                            plan.hold().seconds())
                    : Narration.of(line, sideName(s.side()), stretchName(plan.stretch().orElseThrow()),
                            plan.setLength(), plan.hold().seconds());
            return named.then(Msg.SAFETY_LINE).then(Msg.SHORT_READY);
        }
        return fullSetup(s);
    }

    /**
     * Returns the set-up with the steps in full: the steps, then, before the session's very first
     * hold, how many rounds there are and that "Alexa, stop" and "Alexa, that hurts" work even
     * while the hold runs.
     */
    static Narration fullSetup(DialogState s) {
        Narration n = stretchSteps(s.plan().stretch().orElseThrow(), s.side());
        if (firstHold(s) && s.plan().setLength() > 1) {
            n = n.then(Msg.ROUNDS_PLANNED, s.plan().setLength());
        }
        return (firstHold(s) ? n.then(Msg.INTERRUPT_ANYTIME) : n).then(Msg.STRETCH_READY);
    }

    /**
     * Returns whether the set-up of this state's stretch is said in short: in an extra set, asked
     * for once the chosen rounds were done, and for a user stretching on the kept plan's stretch
     * who has practised on {@value #KNOWS_STEPS_AFTER_DAYS} days or more before today.
     */
    static boolean inShort(DialogState s) {
        if (s.plan().extra()) {
            return true;
        }
        Memory memory = s.memory();
        // Only the stretch practised: one switched to for today is set up in full.
        return memory.fromPlan() && memory.consented() && memory.record().stretch().equals(s.plan().stretch())
                && memory.record().daysPractised(LocalDate.MIN, memory.today().minusDays(1)) >= KNOWS_STEPS_AFTER_DAYS;
    }

    /** Returns the steps of a stretch for one side, one idea per breath. */
    static Narration stretchSteps(Stretch stretch, Side side) {
        return stretchIntro(stretch, side).pause(BREATH_MILLIS / 2).then(steps(stretch, side));
    }

    /** Returns the line that names a stretch and the side it is for. */
    static Narration stretchIntro(Stretch stretch, Side side) {
        return Narration.of(Msg.STRETCH_INTRO, stretchName(stretch), sideName(side));
    }

    /** Returns whether the stretch for this state's side comes before the session's first hold. */
    static boolean firstHold(DialogState s) {
        return s.plan().round() == 1 && !s.plan().extra() && s.side() == s.stretchOrder().get(0);
    }

    /** Returns the answer to one of the plain questions. */
    static Narration answer(Topic topic) {
        return Narration.of(switch (topic) {
            case SHOULD_STRETCH -> Msg.ANSWER_SHOULD_STRETCH;
            case WHY_BACK -> Msg.ANSWER_WHY_BACK;
            case EVERY_DAY -> Msg.ANSWER_EVERY_DAY;
            case SITTING -> Msg.ANSWER_SITTING;
            case SAFEST -> Msg.ANSWER_SAFEST;
            case HOW_TO_KNOW -> Msg.ANSWER_HOW_TO_KNOW;
            case TEST_LENGTH -> Msg.ANSWER_TEST_LENGTH;
            case HIP_FLEXORS -> Msg.ANSWER_HIP_FLEXORS;
            case WHAT_NEEDED -> Msg.ANSWER_WHAT_NEEDED;
            case SIGNS -> Msg.ANSWER_SIGNS;
            case INSTEAD -> Msg.ANSWER_INSTEAD;
        });
    }

    static Msg sideName(Side side) {
        return side == Side.RIGHT ? Msg.SIDE_RIGHT : Msg.SIDE_LEFT;
    }

    static Msg stretchName(Stretch stretch) {
        return stretch == Stretch.EDGE_OF_TABLE ? Msg.STRETCH_NAME_EDGE : Msg.STRETCH_NAME_KNEELING;
    }

    private static Narration steps(Stretch stretch, Side side) {
        Narration n = Narration.empty();
        for (Narration step : stepLines(stretch, side)) {
            n = n.isEmpty() ? step : n.pause(BREATH_MILLIS).then(step);
        }
        return n.pause(BREATH_MILLIS / 2);
    }

    /** Returns a stretch's steps for one side, a line each, in the order they are said. */
    static List<Narration> stepLines(Stretch stretch, Side side) {
        Msg other = sideName(side.other());
        Msg hip = sideName(side);
        return switch (stretch) {
            case EDGE_OF_TABLE -> List.of(Narration.of(Msg.EDGE_STEP_HUG, other), Narration.of(Msg.EDGE_STEP_HANG, hip),
                    Narration.of(Msg.EDGE_STEP_RELAX, hip));
            case HALF_KNEELING -> List.of(Narration.of(Msg.KNEEL_STEP_KNEEL, hip),
                    Narration.of(Msg.KNEEL_STEP_SQUEEZE, hip), Narration.of(Msg.KNEEL_STEP_TALL),
                    Narration.of(Msg.KNEEL_STEP_GLIDE, hip));
        };
    }

    /** Returns the verdicts for both sides, as the result says them before its signs. */
    static Narration verdicts(DialogState s) {
        return verdicts(s.answers().verdict(Side.RIGHT).outcome(), s.answers().verdict(Side.LEFT).outcome());
    }

    private static Narration verdicts(Outcome right, Outcome left) {
        if (right == left) {
            return Narration.of(switch (right) {
                case TIGHT -> Msg.RESULT_BOTH_TIGHT;
                case NOT_TIGHT -> Msg.RESULT_NEITHER_TIGHT;
                case INCONCLUSIVE -> Msg.RESULT_BOTH_UNCLEAR;
            });
        }
        // The sides differ: name the one that says most first (tight, then unclear, then fine).
        Side first = rank(right) <= rank(left) ? Side.RIGHT : Side.LEFT;
        Outcome a = first == Side.RIGHT ? right : left;
        Outcome b = first == Side.RIGHT ? left : right;
        Msg which = a == Outcome.TIGHT ? (b == Outcome.NOT_TIGHT ? Msg.RESULT_TIGHT_OTHER_FINE : Msg.RESULT_TIGHT_OTHER_UNCLEAR)
                : Msg.RESULT_UNCLEAR_OTHER_FINE;
        return Narration.of(which, sideName(first), sideName(first.other()));
    }

    /** Returns which outcome is named first when the sides differ: tight, then unclear, then fine. */
    static int rank(Outcome o) {
        return switch (o) {
            case TIGHT -> 0;
            case INCONCLUSIVE -> 1;
            case NOT_TIGHT -> 2;
        };
    }

    /** Returns the signs seen, those on both sides once ("on each side"), then each side's own. */
    private static Narration signs(Verdict right, Verdict left) {
        List<Finding> shared = shared(right, left);
        Narration n = shared.isEmpty() ? Narration.empty() : new Narration(List.of(listed(shared, Optional.empty())));
        for (Side side : Side.values()) {
            List<Finding> own = new ArrayList<>((side == Side.RIGHT ? right : left).findings());
            own.removeAll(shared);
            if (!own.isEmpty()) {
                n = n.then(new Narration(List.of(listed(own, Optional.of(sideName(side))))));
            }
        }
        return n;
    }

    /**
     * Returns one sentence naming {@code findings}: "on each side, …" without a side, else "on
     * your left side, …"; the sentence is chosen by how many there are, one to three.
     */
    private static Part.Line listed(List<Finding> findings, Optional<Msg> side) {
        List<Object> args = new ArrayList<>(4);
        if (side.isPresent()) {
            args.add(side.get());
        }
        for (Finding f : findings) {
            args.add(sign(f));
        }
        int n = findings.size();
        Msg sentence = side.isEmpty() ? (n == 1 ? Msg.SIGNS_EACH_1 : n == 2 ? Msg.SIGNS_EACH_2 : Msg.SIGNS_EACH_3)
                : (n == 1 ? Msg.SIGNS_SIDE_1 : n == 2 ? Msg.SIGNS_SIDE_2 : Msg.SIGNS_SIDE_3);
        return new Part.Line(sentence, args);
    }

    private static List<Finding> shared(Verdict right, Verdict left) {
        List<Finding> shared = new ArrayList<>(right.findings());
        shared.retainAll(left.findings());
        return shared;
    }

    private static Msg sign(Finding f) {
        return switch (f) {
            case THIGH_STAYS_UP -> Msg.SIGN_THIGH_UP;
            case LEG_DRIFTS_OUT -> Msg.SIGN_DRIFT;
            case BACK_ARCHES -> Msg.SIGN_ARCH;
        };
    }

    private static Narration cardResult(Side side, Verdict verdict) {
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
            case INCONCLUSIVE -> Narration.of(verdict.unsure().size() == 3 ? Msg.RESULT_ALL_UNSURE
                    : Msg.RESULT_INCONCLUSIVE, name);
        };
    }
}

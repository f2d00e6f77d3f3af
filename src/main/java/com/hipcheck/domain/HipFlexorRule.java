package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that turns a side's test answers into a verdict. Everything that needs a verdict
 * (the dialog, the spoken result, the card) asks this class.
 *
 * <p>Any sign of tightness makes the side TIGHT, even when other answers were unsure: one clear
 * sign is enough to say a stretch may help. Only when no sign was seen do unsure answers matter:
 * then the side is INCONCLUSIVE, because an unseen sign cannot be ruled out.
 */
public final class HipFlexorRule {
    private HipFlexorRule() {}

    /**
     * Returns the verdict for one side.
     *
     * @throws IllegalArgumentException if a question is unanswered
     */
    public static Verdict evaluate(SideAnswers answers) {
        if (!answers.isComplete()) {
            throw new IllegalArgumentException("every question needs an answer: " + answers);
        }
        List<Finding> findings = new ArrayList<>();
        List<Question> unsure = new ArrayList<>();
        for (Question q : Question.values()) {
            Answer a = answers.get(q).orElseThrow();
            if (a == Answer.UNSURE) {
                unsure.add(q);
            } else if (signOfTightness(q, a)) {
                findings.add(finding(q));
            }
        }
        Outcome outcome;
        if (!findings.isEmpty()) {
            outcome = Outcome.TIGHT;
        } else if (!unsure.isEmpty()) {
            outcome = Outcome.INCONCLUSIVE;
        } else {
            outcome = Outcome.NOT_TIGHT;
        }
        return new Verdict(outcome, findings, unsure);
    }

    private static boolean signOfTightness(Question q, Answer a) {
        return switch (q) {
            case THIGH_DROPS -> a == Answer.NO;
            case LEG_DRIFTS_OUT, BACK_ARCHES -> a == Answer.YES;
        };
    }

    private static Finding finding(Question q) {
        return switch (q) {
            case THIGH_DROPS -> Finding.THIGH_STAYS_UP;
            case LEG_DRIFTS_OUT -> Finding.LEG_DRIFTS_OUT;
            case BACK_ARCHES -> Finding.BACK_ARCHES;
        };
    }
}

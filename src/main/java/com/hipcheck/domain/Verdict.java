package com.hipcheck.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result for one side with its reasons.
 *
 * @param outcome what the test says
 * @param findings the signs of tightness that were seen, in question order (empty unless TIGHT)
 * @param unsure the questions answered "not sure", in question order
 */
public record Verdict(Outcome outcome, List<Finding> findings, List<Question> unsure) {
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        findings = List.copyOf(findings);
        unsure = List.copyOf(unsure);
        if ((outcome == Outcome.TIGHT) == findings.isEmpty()) {
            throw new IllegalArgumentException("a TIGHT verdict, and only that, has findings");
        }
        if (outcome == Outcome.INCONCLUSIVE && unsure.isEmpty()) {
            throw new IllegalArgumentException("an INCONCLUSIVE verdict names its unsure answers");
        }
    }
}

package com.hipcheck.domain;

/** What the test says about one side. */
public enum Outcome {
    /** At least one sign of tightness: stretching that side may help. */
    TIGHT,
    /** Thigh drops, leg stays aligned, back stays relaxed: the hip flexors are not the issue. */
    NOT_TIGHT,
    /** No sign of tightness, but some answers were "not sure": test again. */
    INCONCLUSIVE
}

package com.hipcheck.domain;

/** A sign of tight hip flexors seen during the test: the reasons behind a verdict. */
public enum Finding {
    /** The hanging thigh does not drop to the surface: the hip flexors are short. */
    THIGH_STAYS_UP,
    /** The leg drifts out to the side: the hip compensates for a restriction. */
    LEG_DRIFTS_OUT,
    /** The low back arches or lifts: the spine works overtime because the hip is tight. */
    BACK_ARCHES
}

package com.hipcheck.domain;

/** The three things the user checks on the hanging leg, in the order they are asked. */
public enum Question {
    /** Does the hanging thigh drop down to the surface? */
    THIGH_DROPS,
    /** Does the hanging leg drift out to the side? */
    LEG_DRIFTS_OUT,
    /** Does the low back arch or lift off the surface? */
    BACK_ARCHES
}

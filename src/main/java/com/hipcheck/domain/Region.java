package com.hipcheck.domain;

/** The part of the body a description names ("my back is flat", "my leg drifts"), when it names one. */
public enum Region {
    /** The hanging thigh: up or down. */
    THIGH,
    /** The hanging leg as a whole: up or down is the thigh, out or in is the drift. */
    LEG,
    /** The lower back: arching or flat. */
    BACK
}

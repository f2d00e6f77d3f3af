package com.hipcheck.domain;

/** The leg that hangs over the edge during the test, and the hip being stretched. */
public enum Side {
    RIGHT,
    LEFT;

    /** Returns the opposite side. */
    public Side other() {
        return this == RIGHT ? LEFT : RIGHT;
    }
}

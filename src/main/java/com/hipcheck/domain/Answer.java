package com.hipcheck.domain;

/** The user's answer to one {@link Question}, as the question is phrased. */
public enum Answer {
    YES,
    NO,
    UNSURE
}

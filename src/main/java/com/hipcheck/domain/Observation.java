package com.hipcheck.domain;

import java.util.Optional;

/**
 * Something the user can describe in their own words ("it stays up", "my back is flat"), which
 * answers one {@link Question}. The constant names are the slot value ids of the interaction model.
 */
public enum Observation {
    THIGH_STAYS_UP(Question.THIGH_DROPS, Answer.NO),
    THIGH_DROPS(Question.THIGH_DROPS, Answer.YES),
    LEG_DRIFTS_OUT(Question.LEG_DRIFTS_OUT, Answer.YES),
    LEG_STAYS_STRAIGHT(Question.LEG_DRIFTS_OUT, Answer.NO),
    BACK_ARCHES(Question.BACK_ARCHES, Answer.YES),
    BACK_FLAT(Question.BACK_ARCHES, Answer.NO);

    private final Question question;
    private final Answer answer;

    Observation(Question question, Answer answer) {
        this.question = question;
        this.answer = answer;
    }

    /** Returns the observation that answers {@code question} with {@code answer}; empty for "not sure". */
    public static Optional<Observation> of(Question question, Answer answer) {
        for (Observation o : values()) {
            if (o.question == question && o.answer == answer) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** Returns the question this description answers. */
    public Question question() {
        return question;
    }

    /** Returns the answer it gives to that question. */
    public Answer answer() {
        return answer;
    }
}

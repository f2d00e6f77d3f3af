package com.hipcheck.local.model;

import java.util.List;

/** A model source that does not give a model Alexa would build; each problem is one line for a person to fix. */
public final class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    ModelException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the model source:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns each problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}

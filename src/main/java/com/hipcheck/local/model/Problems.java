package com.hipcheck.local.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a model source, gathered rather than thrown one at a time, so that one run
 * lists everything to fix.
 */
final class Problems {
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        messages.add(message);
    }

    void add(SourceLine line, String what) {
        messages.add(line.quoted() + ": " + what);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    /** Throws the problems gathered so far, if there are any. */
    void throwIfAny() throws ModelException {
        if (!messages.isEmpty()) {
            throw new ModelException(messages);
        }
    }
}

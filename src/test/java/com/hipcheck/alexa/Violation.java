package com.hipcheck.alexa;

/** A broken rule, with its kind, so that one kind of failure can be told from another and counted. */
final class Violation extends AssertionError {
    final String kind;

    Violation(String kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
    }
}

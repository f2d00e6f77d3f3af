package com.hipcheck.aws;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether the stores of this package answer from canned responses (during SnapStart priming) or
 * for real. Free of SDK types on purpose: {@link HistoryStores#primed} uses it on a stateless
 * cold start too, where no SDK class may be loaded.
 */
final class PrimingSwitch {
    /** How many {@link HistoryStores#primed} calls are running; nested calls are allowed. */
    private static final AtomicInteger DEPTH = new AtomicInteger();
    /** How many store requests were answered from canned responses, for tests. */
    private static final AtomicInteger CANNED = new AtomicInteger();

    private PrimingSwitch() {}

    static void enter() {
        DEPTH.incrementAndGet();
    }

    static void exit() {
        DEPTH.decrementAndGet();
    }

    /** Returns whether priming is running. */
    static boolean on() {
        return DEPTH.get() > 0;
    }

    /** Counts one request answered from a canned response. */
    static void answeredCanned() {
        CANNED.incrementAndGet();
    }

    /** Returns how many requests were answered from canned responses so far. */
    static int cannedAnswers() {
        return CANNED.get();
    }
}

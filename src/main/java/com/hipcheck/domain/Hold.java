package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How long one stretch is held, and when the countdown cues fall.
 *
 * @param seconds the hold, from {@link #MIN_SECONDS} to {@link #MAX_SECONDS}
 */
public record Hold(int seconds) {
    public static final int MIN_SECONDS = 20;
    public static final int MAX_SECONDS = 30;
    public static final Hold DEFAULT = new Hold(MAX_SECONDS);

    public Hold {
        if (!isAllowed(seconds)) {
            throw new IllegalArgumentException("a hold lasts 20 to 30 seconds, not " + seconds);
        }
    }

    /** Returns whether {@code seconds} is a hold Hip Check will time. */
    public static boolean isAllowed(long seconds) {
        return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
    }

    /** No countdown cue comes sooner than this after the start cue, so the two never crowd each other. */
    public static final int QUIET_AFTER_START_SECONDS = 5;

    /**
     * Returns the seconds left at which a cue is spoken, from the largest down: twenty (when that
     * comes at least {@value #QUIET_AFTER_START_SECONDS} seconds after the start), ten, then five to one.
     */
    public List<Integer> cueMarks() {
        List<Integer> marks = new ArrayList<>();
        if (seconds - 20 >= QUIET_AFTER_START_SECONDS) {
            marks.add(20);
        }
        marks.addAll(List.of(10, 5, 4, 3, 2, 1));
        return marks;
    }
}

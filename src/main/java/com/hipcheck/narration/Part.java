package com.hipcheck.narration;

import com.hipcheck.domain.Hold;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** One piece of a {@link Narration}: a line to speak, a silence, or a timed hold (and the rest after it). */
public sealed interface Part permits Part.Line, Part.Pause, Part.Timed {

    /**
     * A sentence from the phrasebook with its arguments. An argument is a {@link Msg} (spoken in
     * its own words, such as a side's name), a {@link Line} (a phrase with arguments of its own),
     * a {@link LocalDate} (said as the phrasebook says a day), a {@link Day} (a day said relative to
     * today), a {@link LocalTime} (a time of day, "7 pm"), a {@link String} or an {@link Integer}.
     */
    record Line(Msg msg, List<Object> args) implements Part {
        public Line {
            Objects.requireNonNull(msg, "msg");
            args = List.copyOf(args);
            for (Object arg : args) {
                if (!(arg instanceof Msg || arg instanceof Line || arg instanceof LocalDate || arg instanceof Day
                        || arg instanceof LocalTime || arg instanceof String || arg instanceof Integer)) {
                    throw new IllegalArgumentException("unsupported argument " + arg);
                }
            }
        }
    }

    /** A silence, at most {@link #MAX_MILLIS} (Alexa's limit for one break). */
    record Pause(int millis) implements Part {
        public static final int MAX_MILLIS = 10_000;

        public Pause {
            if (millis < 1 || millis > MAX_MILLIS) {
                throw new IllegalArgumentException("a pause lasts 1 to 10000 ms, not " + millis);
            }
        }
    }

    /**
     * A timed hold, from its start cue to its release cue, and the rest after it before the next
     * round. It stays data until it is rendered: how long each cue takes to say depends on the
     * phrasebook's words, so {@link HoldNarrator} places the cues only then.
     *
     * @param hold the hold
     * @param restSeconds the rest after the release, from its cue to whatever is said next; 0 for none
     */
    record Timed(Hold hold, int restSeconds) implements Part {
        /** A rest is short: long enough to ease out and breathe, not so long the muscle cools. */
        public static final int MAX_REST_SECONDS = 30;

        public Timed {
            Objects.requireNonNull(hold, "hold");
            if (restSeconds < 0 || restSeconds > MAX_REST_SECONDS) {
                throw new IllegalArgumentException("a rest lasts 0 to 30 seconds, not " + restSeconds);
            }
        }

        /** Returns a hold with no rest after it. */
        public Timed(Hold hold) {
            this(hold, 0);
        }
    }
}

package com.hipcheck.narration;

import com.hipcheck.domain.Hold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What to say, as data: lines from the phrasebook, pauses and timed holds, in order. The Alexa
 * adapter turns it into SSML; the core never builds markup.
 */
public record Narration(List<Part> parts) {
    private static final Narration EMPTY = new Narration(List.of());

    public Narration {
        parts = List.copyOf(parts);
    }

    /** Returns a narration that says nothing. */
    public static Narration empty() {
        return EMPTY;
    }

    /** Returns a narration of one line. */
    public static Narration of(Msg msg, Object... args) {
        return EMPTY.then(msg, args);
    }

    /** Returns this narration followed by one line. */
    public Narration then(Msg msg, Object... args) {
        return then(new Part.Line(msg, Arrays.asList(args)));
    }

    /** Returns this narration followed by a pause of {@code millis}, split into breaks Alexa accepts. */
    public Narration pause(int millis) {
        Narration result = this;
        int left = millis;
        while (left > 0) {
            int chunk = Math.min(left, Part.Pause.MAX_MILLIS);
            result = result.then(new Part.Pause(chunk));
            left -= chunk;
        }
        return result;
    }

    /** Returns this narration followed by a timed hold, narrated with its cues when it is rendered. */
    public Narration hold(Hold hold) {
        return then(new Part.Timed(hold));
    }

    /** Returns this narration followed by a timed hold and a timed rest of {@code restSeconds} after it. */
    public Narration holdThenRest(Hold hold, int restSeconds) {
        return then(new Part.Timed(hold, restSeconds));
    }

    /**
     * Returns this narration with every timed hold replaced by its cues and pauses, timed against
     * {@code phrasebook}'s words: lines and pauses only, ready to render.
     */
    public Narration timedWith(Phrasebook phrasebook) {
        // Most turns have no hold: they render as they are, with no copy on every response.
        if (timed().isEmpty()) {
            return this;
        }
        List<Part> all = new ArrayList<>(parts.size() + 24);
        for (Part part : parts) {
            if (part instanceof Part.Timed timed) {
                all.addAll(new HoldNarrator(phrasebook).narrate(timed).parts);
            } else {
                all.add(part);
            }
        }
        return new Narration(all);
    }

    /** Returns this narration's first timed hold (and the rest after it), if it has one. */
    public Optional<Part.Timed> timed() {
        for (Part part : parts) {
            if (part instanceof Part.Timed timed) {
                return Optional.of(timed);
            }
        }
        return Optional.empty();
    }

    /** Returns this narration followed by another. */
    public Narration then(Narration next) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(next.parts);
        return new Narration(all);
    }

    private Narration then(Part part) {
        List<Part> all = new ArrayList<>(parts);
        all.add(part);
        return new Narration(all);
    }

    /**
     * Returns a fingerprint of what this narration says, the same in every JVM (unlike
     * {@link #hashCode}, which hashes enum constants by identity), so it can be kept in a session
     * to tell whether the next turn would say the very same thing.
     */
    public int fingerprint() {
        int h = 17;
        for (Part part : parts) {
            h = 31 * h + fingerprint(part);
        }
        return h;
    }

    private static int fingerprint(Part part) {
        if (part instanceof Part.Line line) {
            int h = line.msg().name().hashCode();
            for (Object arg : line.args()) {
                h = 31 * h + (arg instanceof Msg m ? m.name().hashCode() : String.valueOf(arg).hashCode());
            }
            return h;
        }
        if (part instanceof Part.Pause pause) {
            return pause.millis();
        }
        Part.Timed timed = (Part.Timed) part;
        return 7 * timed.hold().seconds() + 11 * timed.restSeconds();
    }

    /** Returns whether nothing is said. */
    public boolean isEmpty() {
        return parts.isEmpty();
    }
}

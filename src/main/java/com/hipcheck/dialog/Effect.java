package com.hipcheck.dialog;

import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.util.Objects;

/**
 * Something a turn asks the outside world to do, beyond speaking. The dialog only names it; an
 * adapter carries it out for the user the request came from. Sealed, so every adapter must decide
 * how to carry out each.
 */
public sealed interface Effect {

    /** Returns whether the user hears about it when this fails (a save, a deletion), or only the operator. */
    boolean matters();

    /** Keep today's result: the user agreed. */
    record SaveResult(TestRecord result) implements Effect {
        public SaveResult {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public boolean matters() { return true; }
    }

    /** Bring today's saved result up to date: an answer corrected, a stretch or hold chosen. */
    record UpdateResult(TestRecord result) implements Effect {
        public UpdateResult {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public boolean matters() { return false; }
    }

    /** Keep where the unfinished test stands, so a dropped session can pick it up. */
    record KeepPlace(UnfinishedTest place) implements Effect {
        public KeepPlace {
            Objects.requireNonNull(place, "place");
        }

        @Override
        public boolean matters() { return false; }
    }

    /** Drop the unfinished test's place: the test finished, restarted, or the user declined it. */
    record DropPlace() implements Effect {
        @Override
        public boolean matters() { return false; }
    }

    /** Delete everything kept for the user. */
    record Forget() implements Effect {
        @Override
        public boolean matters() { return true; }
    }

    /**
     * Show {@code screen}, on a device that has one. The dialog adds it to every turn when it
     * speaks to a screen device, last, and to the turn taken after a failure too.
     */
    record Show(Screen screen) implements Effect {
        public Show {
            Objects.requireNonNull(screen, "screen");
        }

        @Override
        public boolean matters() { return false; }
    }
}

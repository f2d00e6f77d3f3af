package com.hipcheck.dialog;

import com.hipcheck.domain.PracticeRecord;
import java.util.Objects;

/**
 * Something a turn asks the outside world to do, beyond speaking. The dialog only names it; an
 * adapter carries it out for the user the request came from. Sealed, so every adapter must decide
 * how to carry out each.
 */
public sealed interface Effect {

    /** Returns whether the user hears about it when this fails (the first keep, a deletion), or only the operator. */
    boolean matters();

    /**
     * Keep the user's practice record as it now stands. The {@code first} keep is the user's yes,
     * which the user hears about if it fails; later ones bring the kept record up to date (a
     * test, a stretch chosen, a day practised, a pause), and never bring back a forgotten one.
     */
    record Keep(PracticeRecord record, boolean first) implements Effect {
        public Keep {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public boolean matters() { return first; }
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

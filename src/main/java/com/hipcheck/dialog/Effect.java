package com.hipcheck.dialog;

import com.hipcheck.domain.PracticeRecord;
import java.time.LocalTime;
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

    /**
     * A call to Alexa's Reminders API for the user's daily reminder. The adapter carries it
     * out and tells the dialog how it went ({@link UserEvent.Reminded}) in the same request; the
     * turn that follows says so.
     */
    sealed interface ReminderCall extends Effect {
        @Override
        default boolean matters() { return true; }
    }

    /**
     * Set a reminder of {@code kind} every day at {@code at}, in the device's time zone: the one
     * there is, of either kind, is moved and reworded, never doubled.
     */
    record SetReminder(LocalTime at, ReminderAsk.Kind kind) implements ReminderCall {
        public SetReminder {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Move the user's reminder to every day at {@code at}; it keeps its words. */
    record ChangeReminder(LocalTime at) implements ReminderCall {
        public ChangeReminder {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Stop the user's reminders from Hip Check. */
    record CancelReminder() implements ReminderCall {}

    /** Read the user's reminders from Hip Check. */
    record ListReminders() implements ReminderCall {}

    /**
     * Ask the user by voice for permission to set reminders (Alexa asks, in its own words), for a
     * reminder of {@code kind} every day at {@code at}, which Alexa's answer brings back. The
     * response says nothing after it and waits for no answer of its own.
     */
    record AskPermission(LocalTime at, ReminderAsk.Kind kind) implements Effect {
        public AskPermission {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public boolean matters() { return false; }
    }

    /** Send the card in the Alexa app that lets the user allow reminders: where asking by voice did not work. */
    record PermissionCard() implements Effect {
        @Override
        public boolean matters() { return false; }
    }
}

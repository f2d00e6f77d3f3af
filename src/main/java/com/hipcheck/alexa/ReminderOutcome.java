package com.hipcheck.alexa;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a call to Alexa's Reminders API came to, as the dialog's adapter needs it: the reminder
 * made, the reminders there are, done, gone, or why not (no permission, too many calls, a failure).
 */
public sealed interface ReminderOutcome {

    /** A reminder was made; {@code alertToken} names it for a later change or deletion. */
    record Created(String alertToken) implements ReminderOutcome {
        public Created {
            requireText(alertToken, "alertToken");
        }
    }

    /** The skill's reminders for this user, as Alexa listed them (possibly none). */
    record Listed(List<Reminder> reminders) implements ReminderOutcome {
        public Listed {
            reminders = List.copyOf(reminders);
        }
    }

    /** The reminder was changed or deleted as asked. */
    record Done() implements ReminderOutcome {}

    /** The reminder to change or delete is not there (the user deleted it in the Alexa app, or it expired). */
    record Gone() implements ReminderOutcome {}

    /** The user has not granted the reminders permission (401), or Alexa refused it (403). */
    record NoPermission(int status) implements ReminderOutcome {}

    /** Alexa asked the skill to slow down (429). */
    record Throttled() implements ReminderOutcome {}

    /**
     * Nothing usable: a server error, a refused request, no answer in time, no API endpoint or an
     * answer that cannot be read; {@code reason} is for the operator's log, never for the user.
     */
    record Failed(String reason) implements ReminderOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One reminder as listed: its token, the time of day it goes off (empty when Alexa's answer
     * does not say), its status ({@code ON}, {@code COMPLETED}, or whatever Alexa answers), and the
     * words it says (empty when the answer does not say).
     */
    record Reminder(String alertToken, Optional<LocalTime> at, String status, Optional<String> text) {
        public Reminder {
            requireText(alertToken, "alertToken");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(text, "text");
        }

        /** Returns whether the reminder will still go off ({@code ON}). */
        public boolean isOn() {
            return status.equals("ON");
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}

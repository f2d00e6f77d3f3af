package com.hipcheck.dialog;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A daily reminder Hip Check has said back and asked the user to agree to: every day at {@code at}
 * (to the minute), as a new reminder or as the new time of the one there is.
 *
 * @param at the time of day, in the device's time zone
 * @param change whether it moves the user's reminder rather than setting a new one
 * @param offered whether Hip Check offered it when the plan was kept, at the end of the session: once
 *     it is settled, the session ends with the closing words
 */
public record ReminderAsk(LocalTime at, boolean change, boolean offered) {
    public ReminderAsk {
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Returns a reminder the user asked for: set at {@code at}, or the one there is moved there. */
    public ReminderAsk(LocalTime at, boolean change) {
        this(at, change, false);
    }
}

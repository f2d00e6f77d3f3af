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
 * @param offered whether Hip Check offered it at the end of a session (after the plan was kept, or
 *     after a result with nothing to stretch): once it is settled, the session ends with the closing words
 * @param kind what the reminder tells the user to do
 */
public record ReminderAsk(LocalTime at, boolean change, boolean offered, Kind kind) {
    /**
     * What a reminder tells the user to do. Hip Check keeps one daily reminder: setting one of
     * either kind replaces the one there is, and a change of time keeps its words.
     */
    public enum Kind {
        /** The user's hip flexor stretch: for a plan with a side to stretch, and whenever asked for. */
        STRETCH,
        /** A movement break: the article's advice when nothing is tight, offered with that result. */
        MOVEMENT_BREAK
    }

    /**
     * When a movement break is offered: 3 pm, mid-afternoon, when sitting has gone on longest (not
     * Alexa's "afternoon", which {@code Reading} takes as 2 pm for a reminder asked for).
     */
    public static final LocalTime MOVEMENT_BREAK_TIME = LocalTime.of(15, 0);

    public ReminderAsk {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        at = at.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Returns a stretch reminder the user asked for: set at {@code at}, or the one there is moved there. */
    public ReminderAsk(LocalTime at, boolean change) {
        this(at, change, false, Kind.STRETCH);
    }

    /** Returns this reminder asked about at another time of day, said by the user while it was asked about. */
    ReminderAsk at(LocalTime other) {
        return new ReminderAsk(other, change, offered, kind);
    }
}

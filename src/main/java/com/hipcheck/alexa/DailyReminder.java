package com.hipcheck.alexa;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A reminder to ask Alexa for: every day at {@code at} (to the minute) in {@code zone}, speaking
 * {@code text} in {@code locale} (such as {@code en-US}).
 */
public record DailyReminder(LocalTime at, ZoneId zone, String text, String locale) {
    public DailyReminder {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a reminder says something");
        }
        if (locale.isBlank()) {
            throw new IllegalArgumentException("a reminder is spoken in a locale");
        }
        // Alexa's recurrence rule names the hour and the minute; a second would only surprise.
        at = at.truncatedTo(ChronoUnit.MINUTES);
        text = text.strip();
        locale = locale.strip();
    }

    /** Returns the recurrence rule Alexa reads, such as {@code FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0}. */
    public String recurrenceRule() {
        return "FREQ=DAILY;BYHOUR=" + at.getHour() + ";BYMINUTE=" + at.getMinute() + ";BYSECOND=0";
    }
}

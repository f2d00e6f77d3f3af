package com.hipcheck.narration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * A day said as people say it, relative to today: "earlier today", "yesterday", "on Monday" within
 * the week, "on November 27th" before that. As an argument of a {@link Part.Line} the phrasebook
 * says it in its own words.
 *
 * @param day the day to say
 * @param today the user's today, which the day is said relative to
 */
public record Day(LocalDate day, LocalDate today) {
    /** The most days before today a day is still named by its weekday alone. */
    static final int LAST_WEEKDAY = 6;

    public Day {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(today, "today");
    }

    /** How a day is said; each has its words in the phrasebook, {@code day.<name in lower case>}. */
    enum Wording {
        TODAY,
        YESTERDAY,
        WEEKDAY,
        DATE;

        /** Returns this wording's key in the speech properties. */
        String key() {
            return "day." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Returns how this day is said: by how long ago it was, and by its date if it is older or still to come. */
    Wording wording() {
        long ago = ChronoUnit.DAYS.between(day, today);
        if (ago == 0) {
            return Wording.TODAY;
        }
        if (ago == 1) {
            return Wording.YESTERDAY;
        }
        return ago >= 2 && ago <= LAST_WEEKDAY ? Wording.WEEKDAY : Wording.DATE;
    }
}

package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DaysTest {

    @ParameterizedTest(name = "{0} in [{1}] is {2}")
    @CsvSource({
            // A US evening is already the next day in UTC.
            "2026-12-07T03:30:00Z, America/Los_Angeles, 2026-12-06",
            "2026-12-07T03:30:00Z, '',                  2026-12-07",
            "2026-12-07T07:59:59Z, America/Los_Angeles, 2026-12-06",
            "2026-12-07T08:00:00Z, America/Los_Angeles, 2026-12-07",
            // East of UTC the day starts earlier.
            "2026-12-06T23:30:00Z, Asia/Tokyo,          2026-12-07",
            "2026-12-06T23:30:00Z, Europe/London,       2026-12-06",
            // Across a change of clocks (US summer time starts 2026-03-08 at 2am).
            "2026-03-08T07:30:00Z, America/New_York,    2026-03-08",
            "2026-03-08T04:30:00Z, America/New_York,    2026-03-07",
            // New Year's Eve in Hawaii while it is already next year in UTC.
            "2027-01-01T09:00:00Z, Pacific/Honolulu,    2026-12-31",
            "2027-01-01T09:00:00Z, UTC,                 2027-01-01",
    })
    void todayIsTheDayInTheDevicesZoneOrInUtc(String now, String zone, String day) {
        Optional<ZoneId> known = zone.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(zone));

        assertEquals(LocalDate.parse(day), Days.today(Instant.parse(now), known));
    }

    @Test
    void anUnknownZoneIsUtc() {
        Instant usEvening = Instant.parse("2026-12-07T03:30:00Z");

        assertEquals(LocalDate.of(2026, 12, 7), Days.today(usEvening, Optional.empty()));
        assertEquals(LocalDate.of(2026, 12, 7), Days.today(usEvening, null));
    }

    @Test
    void thereIsNoTodayWithoutAnInstant() {
        assertThrows(NullPointerException.class, () -> Days.today(null, Optional.empty()));
    }
}

package com.hipcheck.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** Which calendar day it is for the user: by the device's time zone when Alexa tells it, else by UTC. */
public final class Days {
    private Days() {}

    /** Returns the day {@code now} falls on in {@code zone}, or in UTC when the zone is unknown. */
    public static LocalDate today(Instant now, Optional<ZoneId> zone) {
        Objects.requireNonNull(now, "now");
        ZoneId in = zone == null ? ZoneOffset.UTC : zone.orElse(ZoneOffset.UTC);
        return LocalDate.ofInstant(now, in);
    }
}

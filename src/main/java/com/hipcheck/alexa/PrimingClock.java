package com.hipcheck.alexa;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The skill's clock: the system's in UTC, except while priming, when it reads the priming
 * conversation's fixed moment, so the canned history the store answers with is as live as it is
 * for a real returning user.
 */
final class PrimingClock extends Clock {
    /** The clock of every skill built here, pinned while {@link Priming} runs. */
    static final PrimingClock SKILL = new PrimingClock();

    private volatile Instant pinned;

    /** Makes the clock read {@code at} until {@link #unpin}. */
    void pin(Instant at) {
        pinned = at;
    }

    /** Makes the clock read the system's time again. */
    void unpin() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
    }
}

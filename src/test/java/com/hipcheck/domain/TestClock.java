package com.hipcheck.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that stands still until the test moves it on, except for a microsecond at
 * each reading, as a real clock moves between requests (so two results never share a moment).
 */
public final class TestClock extends Clock {
    private Instant now;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on by {@code d}. */
    public synchronized void pass(Duration d) {
        now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plusNanos(1000);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}

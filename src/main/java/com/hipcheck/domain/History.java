package com.hipcheck.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is remembered of one user: their results, newest first, and a test they did not finish.
 *
 * @param results the results kept, newest first
 * @param unfinished where an interrupted test stands, if there is one
 */
public record History(List<TestRecord> results, Optional<UnfinishedTest> unfinished) {
    private static final History NONE = new History(List.of(), Optional.empty());

    public History {
        List<TestRecord> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(TestRecord::takenAt).reversed());
        results = List.copyOf(sorted);
        Objects.requireNonNull(unfinished, "unfinished");
    }

    /** Returns the history of a user nothing is known about. */
    public static History none() {
        return NONE;
    }

    /** Returns whether nothing is remembered. */
    public boolean isEmpty() {
        return results.isEmpty() && unfinished.isEmpty();
    }

    /** Returns the newest result, if any. */
    public Optional<TestRecord> last() {
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    /**
     * Returns this history as it stands at {@code now}: without results past their year or an
     * unfinished test past its window. A store drops expired items only eventually, so every
     * reader applies this.
     */
    public History asOf(Instant now) {
        List<TestRecord> live = results.stream().filter(r -> r.expiresAt().isAfter(now)).toList();
        Optional<UnfinishedTest> place = unfinished.filter(u -> u.expiresAt().isAfter(now));
        return live.size() == results.size() && place.equals(unfinished) ? this : new History(live, place);
    }
}

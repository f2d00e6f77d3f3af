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

    public History {
        List<TestRecord> sorted = new ArrayList<>(results);
        if (sorted.size() > 1) {
            sorted.sort(NEWEST_FIRST);
        }
        results = List.copyOf(sorted);
        Objects.requireNonNull(unfinished, "unfinished");
    }

    /**
     * Orders results newest first. A class rather than a lambda: the history is read on every
     * cold start, and a lambda's first use spins classes that a Lambda cold start pays for.
     */
    private static final class NewestFirst implements Comparator<TestRecord> {
        @Override
        public int compare(TestRecord a, TestRecord b) {
            return b.takenAt().compareTo(a.takenAt());
        }
    }

    private static final Comparator<TestRecord> NEWEST_FIRST = new NewestFirst();
    private static final History NONE = new History(List.of(), Optional.empty());

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
        List<TestRecord> live = new ArrayList<>(results.size());
        for (TestRecord r : results) {
            if (r.expiresAt().isAfter(now)) {
                live.add(r);
            }
        }
        boolean placeLive = unfinished.isPresent() && unfinished.get().expiresAt().isAfter(now);
        Optional<UnfinishedTest> place = placeLive ? unfinished : Optional.empty();
        return live.size() == results.size() && placeLive == unfinished.isPresent() ? this : new History(live, place);
    }
}

package com.hipcheck.dialog;

/**
 * How the conversation has gone so far, beyond where it is: what makes Hip Check vary its words,
 * escalate when it keeps not understanding, and stop for the day after a second report of pain.
 *
 * @param turns how many turns this session has had, which picks between wordings
 * @param misheard how many turns in a row Hip Check has not understood, from 0
 * @param painReports how many times the user has said something hurts in this session
 * @param lastSaid the fingerprint of the last thing said, so it is never said twice in a row
 */
public record Talk(int turns, int misheard, int painReports, int lastSaid) {
    /** A session never gets near this many turns; the counters stop here rather than overflow. */
    static final int MAX_COUNT = 10_000;
    static final Talk FRESH = new Talk(0, 0, 0, 0);

    public Talk {
        if (turns < 0 || turns > MAX_COUNT || misheard < 0 || misheard > MAX_COUNT || painReports < 0
                || painReports > MAX_COUNT) {
            throw new IllegalArgumentException("a count out of range: " + turns + ", " + misheard + ", " + painReports);
        }
    }

    /** Returns the record after a turn that said {@code fingerprint}; {@code understood} resets the misheard count. */
    Talk after(boolean understood, int fingerprint) {
        return new Talk(Math.min(turns + 1, MAX_COUNT), understood ? 0 : Math.min(misheard + 1, MAX_COUNT),
                painReports, fingerprint);
    }

    /** Returns the record with one more report of pain. */
    Talk hurt() {
        return new Talk(turns, misheard, Math.min(painReports + 1, MAX_COUNT), lastSaid);
    }
}

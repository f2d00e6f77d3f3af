package com.hipcheck.domain;

/**
 * Where results and an unfinished test are kept, one user at a time; users are named by an
 * opaque id (the Alexa user id) and nothing else about them is stored. Each result is its own
 * record, so two devices of one user never overwrite each other's. Every method either completes
 * or throws {@link StoreUnavailable}, within a bounded time; callers carry on without history.
 */
public interface HistoryStore {
    /** The most results {@link #load} returns, newest first. */
    int RESULTS_LOADED = 20;

    /**
     * Returns what is kept for {@code user}: at most {@value #RESULTS_LOADED} results, newest
     * first, and the unfinished test, if any. Expired entries may still be returned (see
     * {@link History#asOf}).
     */
    History load(String user) throws StoreUnavailable;

    /** Saves one finished test as a new record; never replaces another record. */
    void saveResult(String user, TestRecord result) throws StoreUnavailable;

    /**
     * Replaces the saved record taken at the same time as {@code result} (an answer corrected, a
     * stretch or hold chosen after it). Does nothing when that record is gone (the user asked to
     * be forgotten meanwhile): it is never recreated.
     */
    void updateResult(String user, TestRecord result) throws StoreUnavailable;

    /** Keeps where an unfinished test stands, replacing an older place but never a newer one. */
    void keepPlace(String user, UnfinishedTest place) throws StoreUnavailable;

    /** Drops the unfinished test, if there is one. */
    void dropPlace(String user) throws StoreUnavailable;

    /** Deletes everything kept for {@code user}: every result and the unfinished test. */
    void forget(String user) throws StoreUnavailable;
}

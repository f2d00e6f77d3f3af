package com.hipcheck.domain;

import java.util.Optional;

/**
 * Where practice records are kept, one per {@link Owner}: the account, or a person recognised on
 * it. Nothing but the record and the opaque ids is stored. Every method either completes or
 * throws {@link StoreUnavailable} within a bounded time; callers carry on without it.
 */
public interface PracticeStore {
    /** Returns the record kept for {@code who}, if there is one. An expired record may still be returned. */
    Optional<PracticeRecord> load(Owner who) throws StoreUnavailable;

    /**
     * Keeps {@code record} for {@code who}. The first keep (the user just said yes) replaces
     * whatever is there; a later one changes the record only while it still exists, so a record
     * forgotten meanwhile (from another device, or by disabling the skill) is never brought back.
     */
    void keep(Owner who, PracticeRecord record, boolean first) throws StoreUnavailable;

    /** Deletes the record of {@code who}: the account's own, or one person's. */
    void forget(Owner who) throws StoreUnavailable;

    /** Deletes every record of the account {@code userId}, its people's too: the skill was disabled. */
    void forgetAccount(String userId) throws StoreUnavailable;
}

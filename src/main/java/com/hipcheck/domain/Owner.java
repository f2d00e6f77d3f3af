package com.hipcheck.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose practice record it is: the Alexa account, or a person Alexa recognised by voice on it.
 * Both ids are opaque; nothing else about the user is known or kept.
 *
 * @param userId the Alexa user id (the account, for this skill)
 * @param personId the recognised speaker's person id, when Alexa sent one
 */
public record Owner(String userId, Optional<String> personId) {
    /**
     * Alexa's ids are a few hundred characters; together they must fit DynamoDB's keys (2,048
     * bytes for the partition key, 1,024 for the sort key), so a longer one is not Alexa's.
     */
    public static final int MAX_ID = 512;

    public Owner {
        Objects.requireNonNull(personId, "personId");
        if (!usable(userId) || (personId.isPresent() && !usable(personId.get()))) {
            throw new IllegalArgumentException("not an id Alexa issues");
        }
    }

    /** Returns the account itself, with no person recognised. */
    public static Owner account(String userId) {
        return new Owner(userId, Optional.empty());
    }

    /** Returns whether {@code id} can name an owner: not blank, and not longer than any Alexa issues. */
    public static boolean usable(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID;
    }
}

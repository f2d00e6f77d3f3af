package com.hipcheck.domain;

/** Where the user says something hurts, when they say. Ids match the BODY_PART slot type. */
public enum BodyPart {
    /** The knee: hugged during the test, knelt on in the half-kneeling stretch. */
    KNEE,
    /** The back: a stretch of the hip should never be felt as pain there. */
    BACK,
    /** The hip or groin, where a stretch is felt as a gentle pull, never as pain. */
    HIP
}

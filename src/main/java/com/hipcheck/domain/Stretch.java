package com.hipcheck.domain;

/** The two gentle hip flexor stretches Hip Check coaches. Ids match the STRETCH slot type. */
public enum Stretch {
    /** Stay lying at the edge of the bed and let the leg hang; offered first, no moving needed. */
    EDGE_OF_TABLE,
    /** Kneel on a cushioned knee, squeeze the glute, stay tall, glide forward. */
    HALF_KNEELING
}

package com.hipcheck.domain;

/** The plain questions Hip Check answers at any moment, drawn from the article's FAQ. */
public enum Topic {
    /** Should I stretch my hip flexors (and how do I know if they cause my back pain)? */
    SHOULD_STRETCH,
    /** Why can tight hip flexors strain the low back? */
    WHY_BACK,
    /** Should I stretch every day? */
    EVERY_DAY,
    /** Can sitting all day make hip flexors tight? */
    SITTING,
    /** What is the safest way to stretch with back pain? */
    SAFEST
}

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
    SAFEST,
    /** How do I know if tight hip flexors cause my back pain? The article answers with the test itself. */
    HOW_TO_KNOW,
    /** How long does the test take? */
    TEST_LENGTH,
    /** What (and where) are the hip flexors? */
    HIP_FLEXORS,
    /** What do I need for the test: a bed, lying down? */
    WHAT_NEEDED,
    /** What does a sign mean: a thigh that stays up, a leg that drifts, a back that arches? */
    SIGNS,
    /** What should I do instead, when stretching will not help? Movement breaks, posture, a physical therapist. */
    INSTEAD
}

package com.hipcheck.dialog;

/** Where the conversation is: what Hip Check last asked and is waiting for. */
public enum Phase {
    /** Welcome said; waiting for a yes to start the test. */
    OFFER_TEST,
    /** Test step one: lie on your back at the edge of the bed. */
    SETUP_LIE,
    /** Test step two: hug the other knee to the chest. */
    SETUP_HUG,
    /** Test step three: let the tested leg hang and relax. */
    SETUP_HANG,
    /** Asking the next observation question for the current side. */
    ASK,
    /** First side done; the user switches to test the other leg. */
    SWITCH_SIDE,
    /** Result said, at least one side tight: which stretch? */
    OFFER_STRETCH,
    /** Result said, nothing tight but something unsure: test again? */
    RETEST_OFFER,
    /** A stretch's steps said for the current side; waiting for ready to start the hold. */
    STRETCH_SETUP,
    /** One tight side stretched and another to go: ready for it? */
    NEXT_SIDE,
    /** Every tight side stretched: another round? */
    ANOTHER_ROUND,
    /** Stopped because something hurt; waiting to resume. */
    PAUSED,
    /** A returning user with a kept plan: straight to the stretch? */
    WELCOME_BACK,
    /** A returning user who stopped for pain on an earlier day: is it better now? */
    CHECK_IN,
    /** The session's stretching done, or a result with nothing to stretch: may Hip Check keep the plan? */
    OFFER_SAVE,
    /** The user asked to be forgotten: delete everything, really? */
    CONFIRM_FORGET,
    /** A daily reminder offered or asked for, its time and repetition said: set it? */
    CONFIRM_REMINDER
}

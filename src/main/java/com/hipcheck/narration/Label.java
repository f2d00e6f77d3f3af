package com.hipcheck.narration;

import java.util.Locale;

/**
 * The key of every word only a screen shows: headings, button labels, short verdicts and signs.
 * The words live in {@code screen/<locale>.properties} under {@link #key()}; {@link Labels} refuses
 * to load if one is missing. What a screen shows that is also spoken is a {@link Msg}.
 */
public enum Label {
    TITLE,
    HEADING_SETUP,
    HEADING_QUESTION,
    HEADING_SIDE,
    HEADING_PAUSED,
    HEADING_STRETCH,
    HEADING_HOLD,
    HEADING_HOLD_ROUND,
    HEADING_RESULT,
    HEADING_WELCOME_BACK,
    HEADING_FORGET,
    HEADING_PROGRESS,
    PROGRESS_STRETCHED,
    PROGRESS_TESTED,
    PROGRESS_WEEKDAYS,
    HEADING_REMINDER,
    SIDE_RIGHT,
    SIDE_LEFT,
    DRAWING_LYING,
    DRAWING_KNEELING,
    STEPS_NEXT,
    BUTTON_START,
    BUTTON_NOT_NOW,
    BUTTON_READY,
    BUTTON_WAIT,
    BUTTON_UNSURE,
    BUTTON_THIGH_YES,
    BUTTON_THIGH_NO,
    BUTTON_DRIFT_YES,
    BUTTON_DRIFT_NO,
    BUTTON_ARCH_YES,
    BUTTON_ARCH_NO,
    BUTTON_EDGE,
    BUTTON_KNEELING,
    BUTTON_RETEST,
    BUTTON_HURTS,
    BUTTON_STOP,
    BUTTON_CONTINUE,
    BUTTON_ANOTHER_ROUND,
    BUTTON_FINISH,
    BUTTON_BETTER,
    BUTTON_STILL_SORE,
    BUTTON_STRETCH_NOW,
    BUTTON_KEEP,
    BUTTON_DONT_KEEP,
    BUTTON_DELETE,
    BUTTON_KEEP_HISTORY,
    BUTTON_YES,
    BUTTON_THATS_RIGHT,
    BUTTON_ASK_AGAIN,
    VERDICT_TIGHT,
    VERDICT_FINE,
    VERDICT_UNCLEAR,
    SIGN_THIGH_UP,
    SIGN_DRIFT,
    SIGN_ARCH,
    SIGN_NONE,
    SIGN_UNSURE,
    SIGN_ALL_UNSURE,
    HOLD_SECONDS,
    HOLD_END_SWITCH,
    HOLD_END_DONE,
    HOLD_END_REST;

    /** Returns the properties key: {@code HEADING_SETUP} is {@code screen.heading.setup}. */
    public String key() {
        return "screen." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}

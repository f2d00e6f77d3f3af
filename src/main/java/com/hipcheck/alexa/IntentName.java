package com.hipcheck.alexa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every intent in {@code models/en-US.json} that the skill acts on, by its model name. */
enum IntentName {
    START_TEST("StartTestIntent"),
    MY_STRETCH("MyStretchIntent"),
    READY("ReadyIntent"),
    DONE("DoneIntent"),
    WAIT("WaitIntent"),
    UNSURE("UnsureIntent"),
    HEDGE("HedgeIntent"),
    DESCRIBE("DescribeIntent"),
    CORRECT("CorrectIntent"),
    SHOULD_STRETCH("ShouldStretchIntent"),
    WHY_BACK("WhyBackIntent"),
    EVERY_DAY("EveryDayIntent"),
    SITTING("SittingIntent"),
    SAFEST_STRETCH("SafestStretchIntent"),
    HOW_TO_KNOW("HowToKnowIntent"),
    TEST_LENGTH("TestLengthIntent"),
    HIP_FLEXORS("HipFlexorsIntent"),
    WHAT_NEEDED("WhatNeededIntent"),
    SIGNS("SignsIntent"),
    INSTEAD("InsteadIntent"),
    ANOTHER_ROUND("AnotherRoundIntent"),
    OKAY("OkayIntent"),
    KEEP("KeepIntent"),
    DELETE("DeleteIntent"),
    CHOOSE_STRETCH("ChooseStretchIntent"),
    HOLD_TIME("HoldTimeIntent"),
    ROUNDS("RoundsIntent"),
    STEPS("StepsIntent"),
    PAIN("PainIntent"),
    RED_FLAG("RedFlagIntent"),
    EXPLAIN("ExplainIntent"),
    LAST_RESULT("LastResultIntent"),
    PROGRESS("ProgressIntent"),
    FORGET_ME("ForgetMeIntent"),
    REMIND("RemindMeIntent"),
    CHANGE_REMINDER("ChangeReminderIntent"),
    LIST_REMINDERS("ListRemindersIntent"),
    CANCEL_REMINDER("CancelReminderIntent"),
    HELP("AMAZON.HelpIntent"),
    STOP("AMAZON.StopIntent"),
    CANCEL("AMAZON.CancelIntent"),
    FALLBACK("AMAZON.FallbackIntent"),
    YES("AMAZON.YesIntent"),
    NO("AMAZON.NoIntent"),
    REPEAT("AMAZON.RepeatIntent"),
    START_OVER("AMAZON.StartOverIntent"),
    PREVIOUS("AMAZON.PreviousIntent"),
    PAUSE("AMAZON.PauseIntent"),
    RESUME("AMAZON.ResumeIntent"),
    NAVIGATE_HOME("AMAZON.NavigateHomeIntent");

    private static final Map<String, IntentName> BY_MODEL_NAME = new HashMap<>();

    static {
        for (IntentName intent : values()) {
            BY_MODEL_NAME.put(intent.modelName, intent);
        }
    }

    private final String modelName;

    IntentName(String modelName) {
        this.modelName = modelName;
    }

    /** Returns the name used in the interaction model and in requests. */
    String modelName() {
        return modelName;
    }

    /** Returns the intent with this model name, if the skill knows it. */
    static Optional<IntentName> fromModelName(String name) {
        return Optional.ofNullable(BY_MODEL_NAME.get(name));
    }
}

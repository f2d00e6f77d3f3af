package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.hipcheck.domain.PracticeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds the skill for running on this machine, with a history store of the caller's choosing
 * (a file, or none), without building the Lambda entry point's own skill from the environment.
 */
public final class LocalHandlers {
    private LocalHandlers() {}

    /** Returns a handler for the skill keeping history in {@code store} (or nothing), on the system's clock. */
    public static RequestStreamHandler keeping(Optional<PracticeStore> store) {
        return keeping(store, PrimingClock.SKILL);
    }

    /**
     * How long the console waits for the device's time zone once the store has answered. Its
     * stand-in for Alexa's API runs on this machine, so a late answer means a busy machine, not a
     * slow network: waiting for it keeps the pretended day right (a device gets 150 ms).
     */
    static final Duration LOCAL_ZONE_WAIT = Duration.ofSeconds(2);

    /** Returns a handler for the skill keeping history in {@code store} (or nothing), telling time by {@code clock}. */
    public static RequestStreamHandler keeping(Optional<PracticeStore> store, Clock clock) {
        return new SkillStreamHandler(HipCheckSkill.forSkillId(System.getenv("SKILL_ID"), store, clock,
                LOCAL_ZONE_WAIT).skill()) { };
    }
}

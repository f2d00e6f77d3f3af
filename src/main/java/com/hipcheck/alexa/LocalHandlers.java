package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.hipcheck.domain.PracticeStore;
import java.time.Clock;
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

    /** Returns a handler for the skill keeping history in {@code store} (or nothing), telling time by {@code clock}. */
    public static RequestStreamHandler keeping(Optional<PracticeStore> store, Clock clock) {
        return new SkillStreamHandler(HipCheckSkill.forSkillId(System.getenv("SKILL_ID"), store, clock).skill()) { };
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.PracticeStore;
import java.util.Optional;

/**
 * The Lambda entry point. The skill is built once, when the class is initialised, so every warm
 * request, and a SnapStart snapshot, reuses it; {@link Priming} warms it before a snapshot.
 */
public final class HipCheckStreamHandler extends SkillStreamHandler {
    static {
        // A session with a store asks the Settings API for the device's zone at its first request.
        // The client is built on a thread of its own from the start, while this thread builds the
        // DynamoDB client and the skill (measured: started after them, the launch waited for it).
        if (HistoryStores.named(System.getenv())) {
            AlexaApiClient.primeInBackground();
        }
    }

    private static final Optional<PracticeStore> STORE = store();
    private static final HipCheckSkill SKILL = HipCheckSkill.forSkillId(System.getenv("SKILL_ID"), STORE,
            PrimingClock.SKILL);

    static {
        Priming.register();
    }

    public HipCheckStreamHandler() {
        super(SKILL.skill());
    }

    /**
     * Returns the history store the environment names (DynamoDB when HISTORY_TABLE is set), or
     * none. A store that is misconfigured is logged and left out: the skill still answers, without
     * history, rather than failing every request.
     */
    private static Optional<PracticeStore> store() {
        try {
            return HistoryStores.fromEnvironment(System.getenv());
        } catch (RuntimeException e) {
            OpsLog.problem("store_misconfigured", null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.hipcheck.domain.PracticeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Wires the skill in one place: which handler takes which request, in order (the first that
 * matches wins, and the last matches everything), and the skill ID check.
 */
final class HipCheckSkill {
    private final SafetyNetSkill skill;

    private HipCheckSkill(String skillId, Optional<PracticeStore> store, Clock clock, Duration zoneWait) {
        Conversation conversation = new Conversation(store, clock, zoneWait);
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestHandlers(
                        // Opening the skill, and Alexa closing the session.
                        new LifecycleHandler(conversation),
                        // The user disabled the skill: everything kept for them goes.
                        new SkillEventsHandler(conversation),
                        // Alexa asking, without the skill's name said, whether Hip Check could answer.
                        new NameFreeHandler(),
                        // The user's answers to the test's questions.
                        group(conversation, IntentName.YES, IntentName.NO, IntentName.UNSURE, IntentName.HEDGE, IntentName.DESCRIBE,
                                IntentName.CORRECT, IntentName.OKAY, IntentName.KEEP, IntentName.DELETE),
                        // Pacing: moving on, or asking for time.
                        group(conversation, IntentName.READY, IntentName.DONE, IntentName.RESUME, IntentName.WAIT, IntentName.PAUSE,
                                IntentName.ANOTHER_ROUND),
                        // The article's questions, and a new user's, answerable at any moment.
                        group(conversation, IntentName.SHOULD_STRETCH, IntentName.WHY_BACK, IntentName.EVERY_DAY,
                                IntentName.SITTING, IntentName.SAFEST_STRETCH, IntentName.HOW_TO_KNOW,
                                IntentName.TEST_LENGTH, IntentName.HIP_FLEXORS, IntentName.WHAT_NEEDED, IntentName.SIGNS,
                                IntentName.INSTEAD),
                        // The user's history: the last result, progress, and forgetting it all.
                        group(conversation, IntentName.LAST_RESULT, IntentName.PROGRESS, IntentName.FORGET_ME),
                        // The daily stretch reminder: set, change, hear or stop it.
                        group(conversation, IntentName.REMIND, IntentName.CHANGE_REMINDER, IntentName.LIST_REMINDERS,
                                IntentName.CANCEL_REMINDER),
                        // Starting the test or the kept plan's stretch, choosing a stretch, its hold and rounds,
                        // and its steps in full.
                        group(conversation, IntentName.START_TEST, IntentName.MY_STRETCH, IntentName.CHOOSE_STRETCH,
                                IntentName.HOLD_TIME, IntentName.ROUNDS, IntentName.STEPS),
                        // Moving around the conversation, and leaving it.
                        group(conversation, IntentName.HELP, IntentName.EXPLAIN, IntentName.REPEAT, IntentName.START_OVER,
                                IntentName.PREVIOUS, IntentName.STOP, IntentName.CANCEL, IntentName.NAVIGATE_HOME,
                                IntentName.FALLBACK),
                        // Safety first: "that hurts" stops everything.
                        group(conversation, IntentName.PAIN, IntentName.RED_FLAG),
                        // A button touched on a screen: the same as saying its words.
                        new TouchHandler(conversation),
                        // Alexa's answer to the reminders permission asked for by voice.
                        new PermissionHandler(conversation),
                        new UnhandledRequestHandler(conversation))
                .addExceptionHandler(new ErrorHandler(conversation));
        if (skillId != null) {
            builder.withSkillId(skillId);
        }
        this.skill = new SafetyNetSkill(builder.build(), conversation, skillId);
    }

    /**
     * Returns the skill for this skill ID; {@code null} or blank accepts requests for any skill,
     * which is only for running on a developer's machine.
     */
    static HipCheckSkill forSkillId(String skillId) {
        return forSkillId(skillId, Optional.empty(), Clock.systemUTC());
    }

    /** Returns the skill for this skill ID, keeping history in {@code store} when there is one. */
    static HipCheckSkill forSkillId(String skillId, Optional<PracticeStore> store, Clock clock) {
        return forSkillId(skillId, store, clock, Conversation.ZONE_WAIT);
    }

    /**
     * As above, waiting {@code zoneWait} for the device's time zone once the store has answered:
     * tests that script the Settings API wait as long as a busy machine needs.
     */
    static HipCheckSkill forSkillId(String skillId, Optional<PracticeStore> store, Clock clock, Duration zoneWait) {
        if (skillId == null || skillId.isBlank()) {
            OpsLog.info("skill_id_unset", "SKILL_ID is not set: accepting requests for any skill (local use only)");
            return new HipCheckSkill(null, store, clock, zoneWait);
        }
        return new HipCheckSkill(skillId.strip(), store, clock, zoneWait);
    }

    /** Returns the skill to hand to a {@code SkillStreamHandler}. */
    AlexaSkill<?, ?> skill() {
        return skill;
    }

    private static IntentGroupHandler group(Conversation c, IntentName first, IntentName... rest) {
        return new IntentGroupHandler(c, EnumSet.of(first, rest));
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.Intent;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Wires the skill in one place: which handler takes which request, in order (the first that
 * matches wins, and the last matches everything), and the skill ID check.
 */
public final class HipCheckSkill {
    private final CustomSkill customSkill;
    private final LastResortSkill lastResort;

    private HipCheckSkill(String skillId) {
        Conversation conversation = new Conversation();
        CustomSkillBuilder builder = new CustomSkillBuilder()
                .addRequestHandlers(
                        new LaunchHandler(conversation),
                        answers(conversation),
                        pacing(conversation),
                        questions(conversation),
                        stretching(conversation),
                        navigation(conversation),
                        safety(conversation),
                        new SessionEndedHandler(),
                        new UnhandledRequestHandler(conversation))
                .addExceptionHandler(new ErrorHandler());
        if (skillId != null) {
            builder.withSkillId(skillId);
        }
        this.customSkill = builder.build();
        this.lastResort = new LastResortSkill(conversation, skillId);
    }

    /**
     * Returns the skill for this skill ID; {@code null} or blank accepts requests for any skill,
     * which is only for running on a developer's machine.
     */
    public static HipCheckSkill forSkillId(String skillId) {
        if (skillId == null || skillId.isBlank()) {
            OpsLog.info("skill_id_unset", "SKILL_ID is not set: accepting requests for any skill (local use only)");
            return new HipCheckSkill(null);
        }
        return new HipCheckSkill(skillId.strip());
    }

    /** Returns the skills to hand to a {@code SkillStreamHandler}, in the order it must try them. */
    public AlexaSkill<?, ?>[] skills() {
        return new AlexaSkill<?, ?>[] {customSkill, lastResort};
    }

    private static IntentGroupHandler answers(Conversation c) {
        return new IntentGroupHandler(c, Map.of(
                IntentName.YES, intent -> UserEvent.Simple.YES,
                IntentName.NO, intent -> UserEvent.Simple.NO,
                IntentName.UNSURE, intent -> UserEvent.Simple.UNSURE,
                IntentName.DESCRIBE, HipCheckSkill::described));
    }

    private static IntentGroupHandler pacing(Conversation c) {
        return new IntentGroupHandler(c, Map.of(
                IntentName.READY, intent -> UserEvent.Simple.READY,
                IntentName.RESUME, intent -> UserEvent.Simple.READY,
                IntentName.WAIT, intent -> UserEvent.Simple.WAIT,
                IntentName.PAUSE, intent -> UserEvent.Simple.WAIT));
    }

    private static IntentGroupHandler questions(Conversation c) {
        return new IntentGroupHandler(c, Map.of(
                IntentName.SHOULD_STRETCH, asked(Topic.SHOULD_STRETCH),
                IntentName.WHY_BACK, asked(Topic.WHY_BACK),
                IntentName.EVERY_DAY, asked(Topic.EVERY_DAY),
                IntentName.SITTING, asked(Topic.SITTING),
                IntentName.SAFEST_STRETCH, asked(Topic.SAFEST)));
    }

    private static IntentGroupHandler stretching(Conversation c) {
        return new IntentGroupHandler(c, Map.of(
                IntentName.START_TEST, intent -> UserEvent.Simple.START_TEST,
                IntentName.CHOOSE_STRETCH, intent -> new UserEvent.ChoseStretch(
                        SlotReader.resolvedId(intent, SlotName.STRETCH, Stretch.class)),
                IntentName.HOLD_TIME, intent -> new UserEvent.AskedHold(
                        SlotReader.number(intent, SlotName.SECONDS))));
    }

    private static IntentGroupHandler navigation(Conversation c) {
        return new IntentGroupHandler(c, Map.of(
                IntentName.HELP, intent -> UserEvent.Simple.HELP,
                IntentName.REPEAT, intent -> UserEvent.Simple.REPEAT,
                IntentName.START_OVER, intent -> UserEvent.Simple.START_OVER,
                IntentName.PREVIOUS, intent -> UserEvent.Simple.BACK,
                IntentName.STOP, intent -> UserEvent.Simple.STOP,
                IntentName.CANCEL, intent -> UserEvent.Simple.STOP,
                IntentName.NAVIGATE_HOME, intent -> UserEvent.Simple.STOP,
                IntentName.FALLBACK, intent -> UserEvent.Simple.FALLBACK));
    }

    private static IntentGroupHandler safety(Conversation c) {
        return new IntentGroupHandler(c, Map.of(IntentName.PAIN, intent -> UserEvent.Simple.PAIN));
    }

    private static Function<Intent, UserEvent> asked(Topic topic) {
        UserEvent event = new UserEvent.Asked(topic);
        return intent -> event;
    }

    private static UserEvent described(Intent intent) {
        List<Observation> seen = new ArrayList<>(2);
        SlotReader.resolvedId(intent, SlotName.OBSERVATION, Observation.class).ifPresent(seen::add);
        SlotReader.resolvedId(intent, SlotName.OTHER_OBSERVATION, Observation.class).ifPresent(seen::add);
        return new UserEvent.Described(seen);
    }
}

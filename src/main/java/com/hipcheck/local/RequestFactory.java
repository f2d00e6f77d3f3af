package com.hipcheck.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the {@code request} part of Alexa request envelopes, shaped as Alexa sends them, with
 * slot values resolved against the interaction model ({@code ER_SUCCESS_MATCH} with the value's
 * id, or {@code ER_SUCCESS_NO_MATCH}). {@link LocalSession} wraps them in a session and context.
 */
public final class RequestFactory {
    private final InteractionModel model;
    private final String skillId;
    private final String locale;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    public RequestFactory(InteractionModel model, String skillId, String locale, Clock clock) {
        this.model = model;
        this.skillId = skillId;
        this.locale = locale;
        this.clock = clock;
    }

    /** Returns a LaunchRequest: "Alexa, open hip check". */
    public ObjectNode launch() {
        return base("LaunchRequest");
    }

    /** Returns an IntentRequest for {@code intent} with slots given as slot name to spoken words. */
    public ObjectNode intent(String intent, Map<String, String> spokenSlots) {
        ObjectNode request = base("IntentRequest");
        request.put("dialogState", "COMPLETED");
        ObjectNode intentNode = request.putObject("intent");
        intentNode.put("name", intent);
        intentNode.put("confirmationStatus", "NONE");
        ObjectNode slots = intentNode.putObject("slots");
        InteractionModel.IntentDef def = model.intents().get(intent);
        if (def != null) {
            for (String slotName : def.slots().keySet()) {
                slots.set(slotName, slot(intent, slotName, spokenSlots.get(slotName)));
            }
        }
        return request;
    }

    /** Returns a SessionEndedRequest with a reason such as {@code USER_INITIATED} or {@code EXCEEDED_MAX_REPROMPTS}. */
    public ObjectNode sessionEnded(String reason) {
        ObjectNode request = base("SessionEndedRequest");
        request.put("reason", reason);
        return request;
    }

    /** Returns a bare request of any type, for request types the skill does not use. */
    public ObjectNode ofType(String type) {
        return base(type);
    }

    private ObjectNode slot(String intent, String slotName, String spoken) {
        ObjectNode slot = mapper.createObjectNode();
        slot.put("name", slotName);
        slot.put("confirmationStatus", "NONE");
        if (spoken == null) {
            return slot;
        }
        slot.put("value", spoken);
        slot.put("source", "USER");
        String type = model.slotType(intent, slotName).orElse("");
        if (model.isCustomType(type)) {
            InteractionModel.Resolution resolution = model.resolve(type, spoken);
            ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
            authority.putObject("status").put("code",
                    resolution.match().isPresent() ? "ER_SUCCESS_MATCH" : "ER_SUCCESS_NO_MATCH");
            resolution.match().ifPresent(v -> {
                ObjectNode value = authority.putArray("values").addObject().putObject("value");
                value.put("name", v.value());
                value.put("id", v.id());
            });
        }
        return slot;
    }

    private ObjectNode base(String type) {
        ObjectNode request = mapper.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        request.put("locale", locale);
        request.put("timestamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        return request;
    }
}

package com.hipcheck.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.alexa.Requests;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the {@code request} part of Alexa request envelopes as Alexa would for what a user said,
 * each with a fresh request id and the clock's time, slot values resolved against the interaction
 * model ({@code ER_SUCCESS_MATCH} with the value's id, or {@code ER_SUCCESS_NO_MATCH}). The JSON
 * shapes are {@link Requests}'; {@link LocalSession} wraps them in a session and context.
 */
public final class RequestFactory {
    private final InteractionModel model;
    private final String skillId;
    private final String locale;
    private final Clock clock;

    public RequestFactory(InteractionModel model, String skillId, String locale, Clock clock) {
        this.model = model;
        this.skillId = skillId;
        this.locale = locale;
        this.clock = clock;
    }

    /** Returns a LaunchRequest: "Alexa, open hip check". */
    public ObjectNode launch() {
        return Requests.launch(newRequestId(), locale, now());
    }

    /** Returns an IntentRequest for {@code intent} with slots given as slot name to spoken words. */
    public ObjectNode intent(String intent, Map<String, String> spokenSlots) {
        List<ObjectNode> slots = new ArrayList<>();
        InteractionModel.IntentDef def = model.intents().get(intent);
        if (def != null) {
            // Alexa sends every slot the model declares, filled or not.
            for (String slotName : def.slots().keySet()) {
                slots.add(slot(intent, slotName, spokenSlots.get(slotName)));
            }
        }
        return Requests.intent(newRequestId(), locale, now(), intent, slots);
    }

    /** Returns a SessionEndedRequest with a reason such as {@code USER_INITIATED} or {@code EXCEEDED_MAX_REPROMPTS}. */
    public ObjectNode sessionEnded(String reason) {
        return Requests.sessionEnded(newRequestId(), locale, now(), reason);
    }

    /** Returns the request a screen sends when the button with {@code arguments} ({@code [kind, value, id]}) is touched. */
    public ObjectNode touch(List<String> arguments) {
        return Requests.touch(newRequestId(), locale, now(), "hipcheck", arguments);
    }

    /** Returns Alexa's answer to the reminders permission asked for by voice: the user's {@code status}, Alexa's {@code code}, the directive's {@code token}. */
    public ObjectNode permissionAnswer(String status, String code, String token) {
        return Requests.permissionAnswer(newRequestId(), locale, now(), status, code, token);
    }

    /** Returns a bare request of any type, for request types the skill does not use. */
    public ObjectNode ofType(String type) {
        return Requests.ofType(type, newRequestId(), locale, now());
    }

    private ObjectNode slot(String intent, String slotName, String spoken) {
        if (spoken == null) {
            return Requests.emptySlot(slotName);
        }
        String type = model.slotType(intent, slotName).orElse("");
        if (!model.isCustomType(type)) {
            return Requests.spokenSlot(slotName, spoken);
        }
        String authority = "amzn1.er-authority.echo-sdk." + skillId + "." + type;
        return model.resolve(type, spoken).match()
                .map(v -> Requests.matchedSlot(slotName, spoken, authority, v.id(), v.value()))
                .orElseGet(() -> Requests.unmatchedSlot(slotName, spoken, authority));
    }

    private String newRequestId() {
        return "amzn1.echo-api.request." + UUID.randomUUID();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

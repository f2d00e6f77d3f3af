package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds the {@code request} part of Alexa request envelopes, shaped as Alexa sends them, for every
 * place that feeds the skill requests that did not come from Alexa: SnapStart priming (fixed ids
 * and times) and the local tools (which resolve slot values against the interaction model first).
 * {@link Envelope} wraps the result in a session and context.
 */
public final class Requests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Requests() {}

    /** Returns a request of {@code type} with only the fields that every request carries. */
    /**
     * Returns the {@code Connections.Response} Alexa sends after the reminders permission was asked
     * for by voice: {@code status} is the user's answer ({@code ACCEPTED}, {@code DENIED},
     * {@code NOT_ANSWERED}), {@code code} Alexa's own status code ("200"), {@code token} the
     * directive's token, sent back as it was.
     */
    public static ObjectNode permissionAnswer(String requestId, String locale, Instant timestamp, String status,
            String code, String token) {
        ObjectNode request = ofType("Connections.Response", requestId, locale, timestamp);
        request.put("name", "AskFor");
        request.putObject("status").put("code", code).put("message", code.equals("200") ? "OK" : "Bad Request");
        request.put("token", token);
        ObjectNode payload = request.putObject("payload");
        payload.put("permissionScope", "alexa::alerts:reminders:skill:readwrite");
        payload.put("status", status);
        return request;
    }

    public static ObjectNode ofType(String type, String requestId, String locale, Instant timestamp) {
        ObjectNode request = NODES.objectNode();
        request.put("type", type);
        request.put("requestId", requestId);
        request.put("locale", locale);
        // Alexa sends whole seconds.
        request.put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        return request;
    }

    /** Returns a LaunchRequest: "Alexa, open hip check". */
    public static ObjectNode launch(String requestId, String locale, Instant timestamp) {
        return ofType("LaunchRequest", requestId, locale, timestamp);
    }

    /** Returns an IntentRequest for {@code intent} with {@code slots} (from the slot methods below). */
    public static ObjectNode intent(String requestId, String locale, Instant timestamp, String intent,
            List<ObjectNode> slots) {
        ObjectNode request = ofType("IntentRequest", requestId, locale, timestamp);
        // The model gives Alexa no dialog to run, so every intent arrives complete.
        request.put("dialogState", "COMPLETED");
        ObjectNode intentNode = request.putObject("intent");
        intentNode.put("name", intent);
        intentNode.put("confirmationStatus", "NONE");
        ObjectNode slotsNode = intentNode.putObject("slots");
        for (ObjectNode slot : slots) {
            slotsNode.set(slot.path("name").asText(), slot);
        }
        return request;
    }

    /** Returns a SessionEndedRequest with a reason such as {@code USER_INITIATED} or {@code EXCEEDED_MAX_REPROMPTS}. */
    public static ObjectNode sessionEnded(String requestId, String locale, Instant timestamp, String reason) {
        ObjectNode request = ofType("SessionEndedRequest", requestId, locale, timestamp);
        request.put("reason", reason);
        return request;
    }

    /**
     * Returns the request a screen sends when a button is touched: an
     * {@code Alexa.Presentation.APL.UserEvent} from the document {@code token}, carrying the
     * button's {@code SendEvent} arguments.
     */
    public static ObjectNode touch(String requestId, String locale, Instant timestamp, String token,
            List<String> arguments) {
        ObjectNode request = ofType("Alexa.Presentation.APL.UserEvent", requestId, locale, timestamp);
        request.put("token", token);
        ArrayNode args = request.putArray("arguments");
        for (String argument : arguments) {
            args.add(argument);
        }
        ObjectNode source = request.putObject("source");
        source.put("type", "TouchWrapper");
        source.put("handler", "Press");
        source.put("id", "button");
        return request;
    }

    /** Returns a slot the user said nothing for: Alexa still sends it, without a value. */
    public static ObjectNode emptySlot(String name) {
        ObjectNode slot = NODES.objectNode();
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        return slot;
    }

    /** Returns a slot filled with {@code spoken}, unresolved, as for a built-in type such as AMAZON.NUMBER. */
    public static ObjectNode spokenSlot(String name, String spoken) {
        ObjectNode slot = emptySlot(name);
        slot.put("value", spoken);
        slot.put("source", "USER");
        return slot;
    }

    /** Returns a slot whose words {@code authority} resolved to the custom value {@code id} named {@code valueName}. */
    public static ObjectNode matchedSlot(String name, String spoken, String authority, String id, String valueName) {
        ObjectNode slot = spokenSlot(name, spoken);
        ObjectNode value = resolution(slot, authority, "ER_SUCCESS_MATCH").putArray("values").addObject()
                .putObject("value");
        value.put("name", valueName);
        value.put("id", id);
        return slot;
    }

    /** Returns a slot whose words {@code authority} matched to none of its custom values. */
    public static ObjectNode unmatchedSlot(String name, String spoken, String authority) {
        ObjectNode slot = spokenSlot(name, spoken);
        resolution(slot, authority, "ER_SUCCESS_NO_MATCH");
        return slot;
    }

    private static ObjectNode resolution(ObjectNode slot, String authority, String code) {
        ObjectNode resolution = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
        resolution.put("authority", authority);
        resolution.putObject("status").put("code", code);
        return resolution;
    }
}

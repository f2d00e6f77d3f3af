package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds an Alexa request envelope around a {@code request} object, shaped as Alexa sends it:
 * version, session (with its attributes) and context (application, user, device with its
 * interfaces, API endpoint). Used wherever the skill is fed requests that did not come from Alexa:
 * SnapStart priming and the local console. {@link Requests} builds the request itself.
 *
 * @param applicationId the skill ID the request is addressed to
 * @param sessionId the session, unchanged for every request of one conversation
 * @param userId the account that speaks
 * @param deviceId the speaker
 * @param accessToken the API access token Alexa would pass
 * @param apiEndpoint where Alexa's own APIs answer (the Settings API); null leaves it out, so the
 *     skill asks no API: priming and the console have no Alexa to ask
 * @param personId the person Alexa recognised by voice, or null for none
 */
public record Envelope(String applicationId, String sessionId, String userId, String deviceId, String accessToken,
        String apiEndpoint, String personId) {

    /** Returns the envelope of a request that names no API endpoint and no person. */
    public Envelope(String applicationId, String sessionId, String userId, String deviceId, String accessToken) {
        this(applicationId, sessionId, userId, deviceId, accessToken, null, null);
    }

    /** Returns the full envelope for {@code request}, carrying {@code attributes} in its session. */
    public ObjectNode wrap(ObjectNode request, boolean isNew, JsonNode attributes) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode envelope = nodes.objectNode();
        envelope.put("version", "1.0");
        ObjectNode session = envelope.putObject("session");
        session.put("new", isNew);
        session.put("sessionId", sessionId);
        session.putObject("application").put("applicationId", applicationId);
        session.set("attributes", attributes != null ? attributes : nodes.objectNode());
        session.putObject("user").put("userId", userId);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", applicationId);
        system.putObject("user").put("userId", userId);
        if (personId != null) {
            system.putObject("person").put("personId", personId);
        }
        ObjectNode device = system.putObject("device");
        device.put("deviceId", deviceId);
        device.putObject("supportedInterfaces");
        if (apiEndpoint != null) {
            system.put("apiEndpoint", apiEndpoint);
            system.put("apiAccessToken", accessToken);
        }
        envelope.set("request", request);
        return envelope;
    }

    /**
     * Returns {@code envelope} as a device with a screen sends it: APL among its interfaces, and
     * the screen's viewport (a 1024 by 600 hub, the Echo Show 8's) in the context.
     */
    public static ObjectNode onScreen(ObjectNode envelope) {
        ObjectNode system = (ObjectNode) envelope.path("context").path("System");
        ObjectNode apl = ((ObjectNode) system.path("device").path("supportedInterfaces"))
                .putObject("Alexa.Presentation.APL");
        apl.putObject("runtime").put("maxVersion", "1.4");
        ObjectNode viewport = ((ObjectNode) envelope.path("context")).putObject("Viewport");
        viewport.put("shape", "RECTANGLE");
        viewport.put("pixelWidth", 1024);
        viewport.put("pixelHeight", 600);
        viewport.put("dpi", 160);
        viewport.put("currentPixelWidth", 1024);
        viewport.put("currentPixelHeight", 600);
        viewport.putArray("touch").add("SINGLE");
        viewport.putArray("keyboard");
        return envelope;
    }
}

package com.hipcheck.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.hipcheck.alexa.Envelope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

/**
 * Plays Alexa's part on this machine: wraps each request in a full envelope (session, context
 * with a device and its interfaces), sends it through the Lambda handler's stream contract, and
 * carries the session attributes of each response into the next request, exactly as Alexa does.
 * After a response ends the session, the next request starts a new one.
 */
public final class LocalSession {
    private final RequestStreamHandler handler;
    private final String skillId;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String userId;
    private final String deviceId = "amzn1.ask.device.LOCAL" + UUID.randomUUID().toString().replace("-", "");

    private String sessionId;
    private JsonNode attributes;
    private boolean open;
    private JsonNode attributeOverride;
    private ObjectNode lastSent;
    private byte[] lastReceived = new byte[0];
    private boolean screen;
    private String apiEndpoint;
    private String personId;

    /** Returns a session for a new user of its own, as every new Alexa account is. */
    public LocalSession(RequestStreamHandler handler, String skillId) {
        this(handler, skillId, "amzn1.ask.account.LOCAL" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Returns a session for {@code userId}, who may have used the skill before. */
    public LocalSession(RequestStreamHandler handler, String skillId, String userId) {
        this.handler = handler;
        this.skillId = skillId;
        this.userId = userId;
    }

    /** Returns the person this session speaks as, or null for the account. */
    public String personId() {
        return personId;
    }

    /** Returns the device this session speaks from. */
    public String deviceId() {
        return deviceId;
    }

    /** Returns the user this session speaks for. */
    public String userId() {
        return userId;
    }

    /** Makes every request from here on come from a device with a screen (an Echo Show); returns this session. */
    public LocalSession onScreen() {
        screen = true;
        return this;
    }

    /** Makes every request from here on name {@code endpoint} as Alexa's API endpoint; returns this session. */
    public LocalSession alexaApi(String endpoint) {
        apiEndpoint = endpoint;
        return this;
    }

    /** Makes every request from here on come from the person {@code id} (null: no one recognised); returns this session. */
    public LocalSession asPerson(String id) {
        personId = id;
        return this;
    }

    /** Returns whether a session is open, so the next request continues it. */
    public boolean isOpen() {
        return open;
    }

    /**
     * Ends the open session on this side, without a request, so the next request starts a new one:
     * what Alexa does for a one-shot ("ask hip check to …") said while a session is open.
     */
    public void endSession() {
        open = false;
    }

    /** Returns the last envelope that {@link #send} sent, or null before the first; for showing it, not changing it. */
    public ObjectNode lastSent() {
        return lastSent;
    }

    /** Replaces the session attributes sent with the next request, as a damaged session would. */
    public void overrideNextAttributes(JsonNode replacement) {
        this.attributeOverride = replacement;
    }

    /** Returns the full envelope that {@link #send} would send for {@code request}, without sending it. */
    public ObjectNode envelope(ObjectNode request) {
        boolean isNew = !open || "LaunchRequest".equals(request.path("type").asText());
        if (isNew) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            attributes = mapper.createObjectNode();
        }
        ObjectNode envelope = new Envelope(skillId, sessionId, userId, deviceId, "local-token", apiEndpoint, personId)
                .wrap(request, isNew, attributeOverride != null ? attributeOverride : attributes);
        attributeOverride = null;
        return screen ? Envelope.onScreen(envelope) : envelope;
    }

    /** Sends one request through the handler and returns the response envelope. */
    public JsonNode send(ObjectNode request) throws IOException {
        lastSent = envelope(request);
        byte[] body = mapper.writeValueAsBytes(lastSent);
        JsonNode response = sendRaw(body);
        // Handing over to Alexa to ask a permission by voice keeps the session: its answer comes back in it.
        boolean handedOver = false;
        for (JsonNode directive : response.path("response").path("directives")) {
            handedOver |= "Connections.SendRequest".equals(directive.path("type").asText());
        }
        boolean ended = !handedOver && response.path("response").path("shouldEndSession").asBoolean(true)
                || "SessionEndedRequest".equals(request.path("type").asText());
        open = !ended;
        attributes = response.path("sessionAttributes").isObject() ? response.path("sessionAttributes")
                : mapper.createObjectNode();
        return response;
    }

    /** Sends raw request bytes through the handler and returns the parsed response; empty output reads as {}. */
    public JsonNode sendRaw(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(body), out, null);
        lastReceived = out.toByteArray();
        return out.size() == 0 ? mapper.createObjectNode() : mapper.readTree(lastReceived);
    }

    /** Returns the bytes the handler wrote for the last request, exactly as Alexa would receive them. */
    public byte[] lastReceived() {
        return lastReceived.clone();
    }
}

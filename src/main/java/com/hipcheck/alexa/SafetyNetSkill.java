package com.hipcheck.alexa;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.CustomSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.request.impl.BaseSkillRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import com.amazon.ask.response.impl.BaseSkillResponse;
import com.amazon.ask.util.impl.JacksonJsonMarshaller;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Owner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wraps the SDK's custom skill and answers what it declines or cannot read, which would otherwise
 * make the Lambda call fail: a request for another skill (refused, with no speech, and logged), a
 * request type the SDK's model does not know or a request it cannot read (the current question
 * again, keeping the session, or an empty response outside a session or where a response may
 * not speak), and session attributes that are not even a JSON object
 * (the request is read again without them, so the conversation restarts with an apology).
 */
final class SafetyNetSkill implements AlexaSkill<JsonNode, ResponseEnvelope> {
    private static final String VERSION = "1.0";

    private final CustomSkill custom;
    private final Conversation conversation;
    private final String skillId;
    private final SessionCodec codec = new SessionCodec();
    private final ObjectMapper mapper = ObjectMapperFactory.getMapper();
    private final JacksonJsonMarshaller<ResponseEnvelope> marshaller =
            JacksonJsonMarshaller.forType(ResponseEnvelope.class);

    SafetyNetSkill(CustomSkill custom, Conversation conversation, String skillId) {
        this.custom = custom;
        this.conversation = conversation;
        this.skillId = skillId;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        SkillResponse<ResponseEnvelope> response;
        try {
            response = custom.execute(request, context);
        } catch (AskSdkException e) {
            byte[] repaired = withoutUnreadableAttributes(request.getRawRequest());
            if (repaired == null) {
                // A known request type with content the SDK's model cannot read (a screen's error
                // of a type it does not know): answered as a request type it does not know.
                return lastResort(request);
            }
            response = custom.execute(new BaseSkillRequest(repaired), context);
        }
        return response != null ? response : lastResort(request);
    }

    private SkillResponse<ResponseEnvelope> lastResort(SkillRequest request) {
        JsonNode json;
        try {
            json = mapper.readTree(request.getRawRequest());
        } catch (IOException e) {
            throw new UncheckedIOException("request is not JSON", e);
        }
        JsonNode req = json.path("request");
        String requestId = req.path("requestId").asText("");
        String type = req.path("type").asText("");
        String applicationId = json.path("context").path("System").path("application").path("applicationId")
                .asText("");
        if (skillId != null && !skillId.equals(applicationId)) {
            OpsLog.problem("foreign_skill", requestId, null, null, "applicationId " + applicationId);
            return respond(envelope(conversation.refused(), null));
        }
        OpsLog.problem("unknown_request_type", requestId, null, null, type);
        JsonNode session = json.path("session");
        if (!session.isObject()) {
            return respond(envelope(conversation.silent(), null));
        }
        Map<String, Object> attributes = session.path("attributes").isObject()
                ? mapper.convertValue(session.path("attributes"), LinkedHashMap.class) : null;
        if (UnhandledRequestHandler.mayNotSpeak(type)) {
            // Nothing may be said, and the session goes on as it was.
            return respond(envelope(conversation.silent(), attributes));
        }
        boolean newSession = session.path("new").asBoolean(false);
        Conversation.Exchange exchange = conversation.take(newSession,
                newSession ? new SessionCodec.Empty() : codec.decode(attributes), req.path("locale").asText(null),
                requestId, type,
                Conversation.usable(json.path("context").path("System").path("user").path("userId").asText(null))
                        .map(Owner::account),
                json.path("context").path("System").path("device").path("supportedInterfaces")
                        .has("Alexa.Presentation.APL"),
                UserEvent.Command.FALLBACK);
        return respond(envelope(exchange.response(), exchange.attributes()));
    }

    private static ResponseEnvelope envelope(Response response, Map<String, Object> attributes) {
        return ResponseEnvelope.builder().withVersion(VERSION).withResponse(response)
                .withSessionAttributes(attributes).build();
    }

    /**
     * Returns the request with its session attributes emptied when they are present but not an
     * object (the SDK cannot read such a request at all), or null when that is not the problem.
     */
    private byte[] withoutUnreadableAttributes(byte[] raw) {
        try {
            JsonNode json = mapper.readTree(raw);
            JsonNode attributes = json.path("session").path("attributes");
            if (attributes.isMissingNode() || attributes.isObject() || attributes.isNull()) {
                return null;
            }
            // No log line here: the conversation logs the unreadable session once, when it restarts.
            ((ObjectNode) json.path("session")).putObject("attributes");
            return mapper.writeValueAsBytes(json);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private SkillResponse<ResponseEnvelope> respond(ResponseEnvelope envelope) {
        return new BaseSkillResponse<>(marshaller, envelope);
    }
}

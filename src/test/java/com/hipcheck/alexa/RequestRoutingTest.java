package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.SkillStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that are not plain conversation turns: other skills, request types the skill never asked for. */
class RequestRoutingTest {
    private static final String OUR_SKILL = "amzn1.ask.skill.11111111-1111-4111-8111-111111111111";
    private static final String OTHER_SKILL = "amzn1.ask.skill.22222222-2222-4222-8222-222222222222";

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private InteractionModel model;

    @BeforeEach
    void captureLog() throws IOException {
        OpsLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
        model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
    }

    @AfterEach
    void restoreLog() {
        OpsLog.redirect(System.out);
    }

    private static SkillStreamHandler handlerFor(String skillId) {
        return new SkillStreamHandler(HipCheckSkill.forSkillId(skillId).skill()) { };
    }

    private RequestFactory requests(String skillId) {
        return new RequestFactory(model, skillId, "en-US", Clock.systemUTC());
    }

    @Test
    void requestForAnotherSkillIsRefusedWithoutSpeechAndLogged() throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OTHER_SKILL);
        JsonNode response = session.send(requests(OTHER_SKILL).launch());
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
        assertTrue(response.path("response").path("shouldEndSession").asBoolean(), response.toString());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("\"kind\":\"foreign_skill\""), log.toString());
    }

    @Test
    void requestForOurSkillIsAnswered() throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OUR_SKILL);
        JsonNode response = session.send(requests(OUR_SKILL).launch());
        ResponseChecks.assertSpeaksWell(response, "launch");
    }

    @Test
    void unsetSkillIdAcceptsAnySkillAndWarnsAtStart() throws IOException {
        LocalSession session = new LocalSession(handlerFor(null), OTHER_SKILL);
        ResponseChecks.assertSpeaksWell(session.send(requests(OTHER_SKILL).launch()), "launch");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("skill_id_unset"), log.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alexa.Presentation.APL.UserEvent", "Connections.Response", "Display.ElementSelected",
        "Some.Future.RequestType"})
    void unexpectedRequestInSessionRepeatsTheQuestionAndKeepsProgress(String type) throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OUR_SKILL);
        RequestFactory r = requests(OUR_SKILL);
        session.send(r.launch());
        JsonNode step = session.send(r.intent("AMAZON.YesIntent", Map.of()));
        String before = step.path("sessionAttributes").toString();
        JsonNode response = session.send(r.ofType(type));
        ResponseChecks.assertSpeaksWell(response, type);
        String speech = ResponseChecks.plain(response.path("response").path("outputSpeech").path("ssml").asText());
        assertTrue(speech.contains("say ready"), speech);
        assertEquals(before, response.path("sessionAttributes").toString(), "progress kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AudioPlayer.PlaybackStarted", "PlaybackController.PlayCommandIssued",
        "System.ExceptionEncountered"})
    void requestThatMayNotSpeakGetsAnEmptyResponse(String type) throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OUR_SKILL);
        session.send(requests(OUR_SKILL).launch());
        JsonNode response = session.send(requests(OUR_SKILL).ofType(type));
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
    }

    @Test
    void canFulfillIntentRequestIsDeclined() throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OUR_SKILL);
        JsonNode request = requests(OUR_SKILL).intent("ShouldStretchIntent", Map.of());
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).put("type", "CanFulfillIntentRequest");
        JsonNode response = session.send((com.fasterxml.jackson.databind.node.ObjectNode) request);
        assertEquals("NO", response.path("response").path("canFulfillIntent").path("canFulfill").asText(),
                response.toString());
    }

    @Test
    void sessionEndedRequestGetsNoSpeech() throws IOException {
        LocalSession session = new LocalSession(handlerFor(OUR_SKILL), OUR_SKILL);
        session.send(requests(OUR_SKILL).launch());
        JsonNode response = session.send(requests(OUR_SKILL).sessionEnded("EXCEEDED_MAX_REPROMPTS"));
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
    }
}

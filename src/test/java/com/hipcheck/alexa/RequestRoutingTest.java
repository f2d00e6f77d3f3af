package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that are not plain conversation turns: other skills, request types the skill never asked for. */
class RequestRoutingTest {
    private static final String OUR_SKILL = "amzn1.ask.skill.11111111-1111-4111-8111-111111111111";
    private static final String OTHER_SKILL = "amzn1.ask.skill.22222222-2222-4222-8222-222222222222";

    @RegisterExtension
    final SkillHarness skill = SkillHarness.on(SkillHarness.handlerFor(OUR_SKILL), OUR_SKILL);

    @Test
    void requestForAnotherSkillIsRefusedWithoutSpeechAndLogged() throws IOException {
        SkillHarness other = skill.with(SkillHarness.handlerFor(OUR_SKILL), OTHER_SKILL);
        JsonNode response = other.launch();
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
        assertTrue(response.path("response").path("shouldEndSession").asBoolean(), response.toString());
        assertTrue(skill.log().contains("\"kind\":\"foreign_skill\""), skill.log());
    }

    @Test
    void requestForOurSkillIsAnswered() throws IOException {
        JsonNode response = skill.launch();
        ResponseChecks.assertSpeaksWell(response, "launch");
    }

    @Test
    void unsetSkillIdAcceptsAnySkillAndWarnsAtStart() throws IOException {
        SkillHarness unset = skill.with(SkillHarness.handlerFor(null), OTHER_SKILL);
        ResponseChecks.assertSpeaksWell(unset.launch(), "launch");
        assertTrue(skill.log().contains("skill_id_unset"), skill.log());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alexa.Presentation.APL.UserEvent", "Connections.Response", "Display.ElementSelected",
        "Some.Future.RequestType"})
    void unexpectedRequestInSessionRepeatsTheQuestionAndKeepsProgress(String type) throws IOException {
        skill.launch();
        JsonNode step = skill.say("AMAZON.YesIntent");
        String before = step.path("sessionAttributes").toString();
        JsonNode response = skill.send(skill.requests().ofType(type));
        ResponseChecks.assertSpeaksWell(response, type);
        String speech = ResponseChecks.speech(response);
        assertTrue(speech.toLowerCase(java.util.Locale.ROOT).contains("say ready"), speech);
        assertEquals(SkillHarness.progress(before), SkillHarness.progress(response.path("sessionAttributes").toString()),
                "progress kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AudioPlayer.PlaybackStarted", "PlaybackController.PlayCommandIssued",
        "System.ExceptionEncountered"})
    void requestThatMayNotSpeakGetsAnEmptyResponse(String type) throws IOException {
        skill.launch();
        JsonNode response = skill.send(skill.requests().ofType(type));
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
    }

    @Test
    void sessionEndedRequestGetsNoSpeech() throws IOException {
        skill.launch();
        JsonNode response = skill.send(skill.requests().sessionEnded("EXCEEDED_MAX_REPROMPTS"));
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIST_ERROR", "none"})
    void screenReportingAFailedDocumentGetsASilentResponseThatKeepsTheSession(String error) throws IOException {
        skill.session().onScreen();
        skill.launch();
        JsonNode step = skill.say("AMAZON.YesIntent");
        ObjectNode request = skill.requests().ofType("Alexa.Presentation.APL.RuntimeError");
        request.put("token", "hipcheck");
        if (!error.equals("none")) {
            request.putArray("errors").addObject().put("type", error).put("reason", "INVALID_LIST_ID")
                    .put("message", "a document failed").put("listId", "steps");
        }
        JsonNode response = skill.send(request);
        assertFalse(response.path("response").has("outputSpeech"), response.toString());
        assertFalse(response.path("response").has("directives"), "nothing shown: " + response);
        assertEquals(SkillHarness.progress(step.path("sessionAttributes").toString()),
                SkillHarness.progress(response.path("sessionAttributes").toString()), "progress kept");
    }

    /** The SDK's model knows only LIST_ERROR among a RuntimeError's errors and cannot read the request otherwise. */
    @Test
    void screenReportingAnErrorOfATypeTheSdkDoesNotKnowGetsASilentResponseToo() throws IOException {
        screenReportingAFailedDocumentGetsASilentResponseThatKeepsTheSession("RENDER_ERROR");
    }

    @Test
    void touchFromADeviceWithoutAScreenIsAnsweredByVoiceAlone() throws IOException {
        skill.launch();
        JsonNode step = skill.say("AMAZON.YesIntent");
        JsonNode response = skill.send(skill.requests().touch(List.of("word", "READY", "SETUP_LIE.RIGHT")));
        ResponseChecks.assertSpeaksWell(response, "touch without a screen");
        assertFalse(response.path("response").has("directives"), response.toString());
        assertEquals("SETUP_HUG", response.path("sessionAttributes").path("hipCheck").path("phase").asText(),
                "the touch means ready: " + ResponseChecks.speech(response));
        assertFalse(step.path("response").has("directives"));
    }

    @Test
    void touchWithArgumentsNoScreenSendsIsAnsweredAsNotUnderstoodWithTheScreenAgain() throws IOException {
        skill.session().onScreen();
        skill.launch();
        JsonNode step = skill.say("AMAZON.YesIntent");
        JsonNode response = skill.send(skill.requests().touch(List.of("word", "MAYBE", "SETUP_LIE.RIGHT")));
        ResponseChecks.assertSpeaksWell(response, "unreadable touch");
        assertEquals("prompt SETUP_LIE.RIGHT", ScreenChecks.shown(response), "the same screen again");
        assertEquals(SkillHarness.progress(step.path("sessionAttributes").toString()),
                SkillHarness.progress(response.path("sessionAttributes").toString()), "progress kept");
        assertTrue(skill.log().contains("\"kind\":\"touch_unreadable\""), skill.log());
    }
}

package com.hipcheck.alexa;

import static com.hipcheck.alexa.ResponseChecks.speech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What operators see when something goes wrong: exactly one JSON line on stdout per handled
 * problem, saying which request, where in the conversation and what kind of problem; and what the
 * user hears: never a stack trace, an exception or a class name.
 */
class OperatorLogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    final SkillHarness skill = new SkillHarness();
    private final RequestFactory requests = skill.requests();
    private final LocalSession session = skill.session();

    @BeforeEach
    void startTheTest() throws IOException {
        skill.launch();
        skill.say("AMAZON.YesIntent");
        skill.clearLog();
    }

    @Test
    void corruptedSessionWritesOneLineAndRestarts() throws IOException {
        ObjectNode request = requests.intent("ReadyIntent", Map.of());
        session.overrideNextAttributes(
                MAPPER.readTree("{\"hipCheck\":{\"v\":1,\"phase\":\"SETUP_HUG\",\"hold\":\"x\"}}"));
        JsonNode response = session.send(request);

        JsonNode line = onlyLine();
        assertEquals("session_unreadable", line.path("kind").asText(), line.toString());
        assertEquals(requestId(request), line.path("requestId").asText(), line.toString());
        assertTrue(line.path("phase").isMissingNode() || line.path("phase").isNull(), "the phase is unknown: " + line);
        assertFalse(line.path("intent").asText("").isBlank(), "names what the user did: " + line);
        assertSpeaksNoCode(response);
        assertTrue(speech(response).contains("lost our place"), speech(response));
    }

    @Test
    void corruptedSessionLineNamesTheIntent() throws IOException {
        ObjectNode ready = requests.intent("ReadyIntent", Map.of());
        session.overrideNextAttributes(MAPPER.readTree("{\"hipCheck\":{\"v\":99}}"));
        session.send(ready);
        assertEquals("ReadyIntent", onlyLine().path("intent").asText());

        skill.clearLog();
        ObjectNode describe = requests.intent("DescribeIntent", Map.of("observation", "drops"));
        session.overrideNextAttributes(MAPPER.readTree("{\"hipCheck\":{\"v\":99}}"));
        session.send(describe);
        assertEquals("DescribeIntent", onlyLine().path("intent").asText());
    }

    /** The SDK cannot read such a session at all; the skill repairs it, and says so once. */
    @Test
    void sessionAttributesThatAreNotAnObjectWriteOneLine() throws IOException {
        ObjectNode request = requests.intent("ReadyIntent", Map.of());
        ObjectNode envelope = session.envelope(request);
        ((ObjectNode) envelope.get("session")).putArray("attributes").add(1);
        JsonNode response = skill.sendEnvelope(envelope);

        JsonNode line = onlyLine();
        assertEquals("session_unreadable", line.path("kind").asText(), line.toString());
        assertEquals(requestId(request), line.path("requestId").asText(), line.toString());
        assertSpeaksNoCode(response);
        assertTrue(speech(response).contains("lost our place"), speech(response));
    }

    @Test
    void unknownIntentWritesOneLineAndAsksAgain() throws IOException {
        String before = skill.say("AMAZON.RepeatIntent").path("sessionAttributes").toString();
        skill.clearLog();
        ObjectNode request = requests.intent("SomethingElseIntent", Map.of());
        JsonNode response = session.send(request);

        JsonNode line = onlyLine();
        assertEquals("unknown_intent", line.path("kind").asText(), line.toString());
        assertEquals(requestId(request), line.path("requestId").asText(), line.toString());
        assertEquals("SomethingElseIntent", line.path("intent").asText(), line.toString());
        assertEquals("SETUP_LIE", line.path("phase").asText(), "the line says where the conversation was: " + line);
        assertSpeaksNoCode(response);
        assertTrue(speech(response).contains("didn't catch"), speech(response));
        assertEquals(SkillHarness.progress(before), SkillHarness.progress(response.path("sessionAttributes").toString()),
                "progress kept");
    }

    /** An IntentRequest without its intent makes a handler throw: the error handler's path, end to end. */
    @Test
    void handlerErrorWritesOneLineAndSpeaksNoCode() throws IOException {
        ObjectNode request = requests.intent("ReadyIntent", Map.of());
        request.remove("intent");
        JsonNode response = session.send(request);

        JsonNode line = onlyLine();
        assertEquals(requestId(request), line.path("requestId").asText(), line.toString());
        assertFalse(line.path("kind").asText("").isBlank(), line.toString());
        assertEquals("SETUP_LIE", line.path("phase").asText(), "the line says where the conversation was: " + line);
        assertSpeaksNoCode(response);
        assertFalse(response.path("response").path("shouldEndSession").asBoolean(true), "the user can say it again");
    }

    @Test
    void errorHandlerLogsTheCauseAndNeverSpeaksIt() throws IOException {
        ObjectNode request = requests.intent("ReadyIntent", Map.of());
        HandlerInput input = handlerInput(request);
        RuntimeException thrown =
                new IllegalStateException("com.hipcheck.dialog.Secret failed\n\tat Foo.bar(Foo.java:1)");

        Response response = new ErrorHandler(new Conversation()).handle(input, thrown).orElseThrow();

        JsonNode line = onlyLine();
        assertEquals("handler_error", line.path("kind").asText(), line.toString());
        assertEquals(requestId(request), line.path("requestId").asText(), line.toString());
        assertTrue(line.path("detail").asText().contains("IllegalStateException"), "operators get the cause: " + line);
        String ssml = ((SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
        String words = ResponseChecks.plain(ssml);
        assertFalse(ResponseChecks.CODE.matcher(words).find(), words);
        assertFalse(words.contains("Secret") || words.contains("Foo"), words);
        ResponseChecks.assertValidSsml(ssml, "error");
    }

    @Test
    void errorHandlerLineNamesTheIntent() throws IOException {
        new ErrorHandler(new Conversation()).handle(handlerInput(requests.intent("ReadyIntent", Map.of())), new IllegalStateException());
        assertEquals("ReadyIntent", onlyLine().path("intent").asText());
    }

    @Test
    void aLogLineStaysOneLineOfJsonWhateverItCarries() throws IOException {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 brace } unicode é ✓";
        OpsLog.problem("kind\n", nasty, null, nasty, nasty);

        JsonNode line = onlyLine();
        assertEquals(nasty, line.path("requestId").asText());
        assertEquals(nasty, line.path("detail").asText());
        assertEquals("kind\n", line.path("kind").asText());
    }

    private HandlerInput handlerInput(ObjectNode request) throws IOException {
        ObjectNode envelope = session.envelope(request);
        RequestEnvelope parsed = ObjectMapperFactory.getMapper().treeToValue(envelope, RequestEnvelope.class);
        return HandlerInput.builder().withRequestEnvelope(parsed).build();
    }

    /** Returns the one line logged since the last reset, failing if there were none or several. */
    private JsonNode onlyLine() throws IOException {
        String logged = skill.log();
        List<String> lines = new ArrayList<>(List.of(logged.split("\n")));
        lines.removeIf(String::isEmpty);
        assertEquals(1, lines.size(), "exactly one log line: " + logged);
        JsonNode line = MAPPER.readTree(lines.get(0));
        assertTrue(line.isObject(), lines.get(0));
        return line;
    }

    private static void assertSpeaksNoCode(JsonNode response) {
        JsonNode r = response.path("response");
        for (String ssml : List.of(r.path("outputSpeech").path("ssml").asText(""),
                r.path("reprompt").path("outputSpeech").path("ssml").asText(""))) {
            String words = ResponseChecks.plain(ssml);
            assertFalse(ResponseChecks.CODE.matcher(words).find(), "code in speech: " + words);
        }
        ResponseChecks.assertSpeaksWell(response, "response");
    }

    private static String requestId(JsonNode request) {
        return request.path("requestId").asText();
    }
}

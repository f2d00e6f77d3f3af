package com.hipcheck.alexa;

import static com.hipcheck.alexa.ResponseChecks.speech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.local.RequestFactory;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session attributes that are not what Hip Check wrote, arriving mid-conversation through the real
 * handler: each is answered with a spoken fresh start and a state the skill can read next turn,
 * never with the error handler's apology.
 */
class HostileSessionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @RegisterExtension
    final SkillHarness skill = new SkillHarness();
    private final RequestFactory requests = skill.requests();

    @BeforeEach
    void startMidConversation() throws IOException {
        skill.launch();
        skill.say("AMAZON.YesIntent");
        JsonNode atHug = skill.say("ReadyIntent");
        assertEquals("SETUP_HUG", atHug.path("sessionAttributes").path("hipCheck").path("phase").asText(),
                "the conversation is under way before the attributes go bad");
        skill.clearLog();
    }

    static Stream<Named<JsonNode>> hostileAttributes() throws IOException {
        return Stream.of(
                Named.of("truncated: version and phase only", json("{\"hipCheck\":{\"v\":2,\"phase\":\"ASK\"}}")),
                Named.of("truncated: cut off after the first answer", json("{\"hipCheck\":{\"v\":2,\"phase\":\"ASK\","
                        + "\"side\":\"RIGHT\",\"right\":{\"THIGH_DROPS\":\"NO\"}}}")),
                Named.of("empty state", json("{\"hipCheck\":{}}")),
                Named.of("version as text", state(s -> s.put("v", "1"))),
                Named.of("phase as a number", state(s -> s.put("phase", 4))),
                Named.of("answers as a list", state(s -> s.set("right", JSON.arrayNode().add("NO")))),
                Named.of("answer as a number", state(s -> s.set("right", JSON.objectNode().put("THIGH_DROPS", 1)))),
                Named.of("hold as text", state(s -> s.put("hold", "30"))),
                Named.of("hold as a fraction", state(s -> s.put("hold", 25.5))),
                Named.of("hold out of range", state(s -> s.put("hold", 3000))),
                Named.of("round as true", state(s -> s.put("round", true))),
                Named.of("round beyond an int", state(s -> s.put("round", 1L << 40))),
                Named.of("disclaimed as text", state(s -> s.put("disclaimed", "yes"))),
                Named.of("unknown phase", state(s -> s.put("phase", "STRETCHING"))),
                Named.of("unknown answer", state(s -> s.set("right", JSON.objectNode().put("THIGH_DROPS", "MAYBE")))),
                Named.of("state as text", json("{\"hipCheck\":\"SETUP_HUG\"}")),
                Named.of("state as a list", json("{\"hipCheck\":[1,\"SETUP_HUG\"]}")),
                Named.of("state is null", json("{\"hipCheck\":null}")),
                Named.of("the layout before the practice record", state(s -> s.put("v", 1))),
                Named.of("unknown version 3", state(s -> s.put("v", 3))),
                Named.of("unknown version 0", state(s -> s.put("v", 0))),
                Named.of("version beyond an int", state(s -> s.put("v", 1L + Integer.MAX_VALUE + 1L))),
                Named.of("a state that cannot happen: a stretch offered before any answer",
                        state(s -> s.put("phase", "OFFER_STRETCH"))),
                Named.of("a 100 KB string as the phase", state(s -> s.put("phase", "A".repeat(100_000)))),
                Named.of("a 100 KB string as an answer",
                        state(s -> s.set("right", JSON.objectNode().put("THIGH_DROPS", "N".repeat(100_000))))),
                Named.of("a state map with 10,000 keys", bigState()),
                Named.of("answers with 10,000 keys", state(s -> s.set("right", manyKeys(10_000)))),
                Named.of("another skill's attributes only",
                        json("{\"score\":42,\"lastIntent\":\"PlayIntent\",\"game\":{\"level\":3,\"lives\":[1,2]}}")),
                Named.of("no attributes at all: {}", JSON.objectNode()),
                Named.of("attributes: null", NullNode.getInstance()),
                Named.of("attributes missing from the session", MissingNode.getInstance()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAttributes")
    void badAttributesRestartOutLoudWithAStateTheSkillCanRead(JsonNode attributes) throws IOException {
        JsonNode response = sendWith(attributes, requests.intent("ReadyIntent", Map.of()));

        ResponseChecks.assertSpeaksWell(response, "restart");
        String speech = speech(response);
        assertTrue(speech.contains("lost our place"), "the restart is said: " + speech);
        assertFalse(speech.contains("something went wrong"), "not the error handler: " + speech);
        assertFalse(response.path("response").path("shouldEndSession").asBoolean(true), "the session goes on");
        assertTrue(MAPPER.writeValueAsBytes(response).length < 24 * 1024, "nothing of the bad attributes is echoed");

        SessionCodec.Decoded state = new SessionCodec().decode(attributes(response));
        assertTrue(state.found().isPresent(), "the new state is readable: " + response.path("sessionAttributes"));
        assertEquals(DialogState.initial().answers().right(), state.found().orElseThrow().answers().right(), "a fresh start keeps no answers");
        assertEquals(Phase.SETUP_LIE, state.found().orElseThrow().phase(), "ready from the start begins the test");

        String logged = skill.log();
        assertTrue(logged.contains("\"kind\":\"session_unreadable\""), "operators hear of it: " + logged);
        assertFalse(logged.contains("handler_error"), logged);

        skill.clearLog();
        skill.session().overrideNextAttributes(response.path("sessionAttributes"));
        JsonNode next = skill.say("ReadyIntent");
        assertFalse(speech(next).contains("lost our place"), "the next turn reads the new state: " + speech(next));
        assertEquals("SETUP_HUG", next.path("sessionAttributes").path("hipCheck").path("phase").asText());
    }

    /** On a screen, the fresh start shows its own screen, whose buttons a touch can use next turn. */
    @ParameterizedTest(name = "on a screen: {0}")
    @MethodSource("hostileAttributes")
    void badAttributesOnAScreenShowTheFreshStart(JsonNode attributes) throws IOException {
        skill.session().onScreen();
        JsonNode response = sendWith(attributes, requests.intent("ReadyIntent", Map.of()));

        assertTrue(speech(response).contains("lost our place"), speech(response));
        assertEquals("prompt SETUP_LIE.RIGHT", ScreenChecks.shown(response), "the screen of the fresh start");
        int bytes = skill.session().lastReceived().length;
        assertTrue(bytes < ResponseChecks.MAX_RESPONSE_BYTES, "nothing of the bad attributes is echoed: " + bytes);

        skill.session().overrideNextAttributes(response.path("sessionAttributes"));
        JsonNode next = skill.send(requests.touch(ScreenChecks.touch(response, "Ready", "fresh start")));
        assertFalse(speech(next).contains("lost our place"), speech(next));
        assertEquals("SETUP_HUG", next.path("sessionAttributes").path("hipCheck").path("phase").asText(),
                "a touch on the fresh start's screen counts: " + speech(next));
    }

    static Stream<Named<String>> attributesThatAreNotAnObject() {
        return Stream.of(Named.of("a list", "[1,2]"), Named.of("a string", "\"SETUP_HUG\""),
                Named.of("a number", "7"), Named.of("true", "true"));
    }

    /** Alexa always sends an object, but a session the skill cannot parse must not fail the Lambda call. */
    @ParameterizedTest(name = "attributes are {0}")
    @MethodSource("attributesThatAreNotAnObject")
    void attributesThatAreNotAnObjectRestartToo(String attributes) throws IOException {
        ObjectNode envelope = skill.session().envelope(requests.intent("ReadyIntent", Map.of()));
        ((ObjectNode) envelope.get("session")).set("attributes", json(attributes));

        JsonNode response = skill.sendEnvelope(envelope);

        ResponseChecks.assertSpeaksWell(response, "restart");
        assertTrue(speech(response).contains("lost our place"), speech(response));
        assertTrue(new SessionCodec().decode(attributes(response)).found().isPresent(), response.toString());
    }

    @Test
    void theStateTheBadCasesStartFromIsSound() throws IOException {
        JsonNode response = sendWith(state(s -> { }), requests.intent("AMAZON.YesIntent", Map.of()));
        assertFalse(speech(response).contains("lost our place"), speech(response));
        assertTrue(speech(response).contains("your thigh drops"), "answers the question it was asking: " + speech(response));
    }

    @Test
    void foreignAttributesBesideOurStateAreDroppedAndProgressIsKept() throws IOException {
        JsonNode current = skill.say("AMAZON.RepeatIntent").path("sessionAttributes");
        ObjectNode crowded = current.deepCopy();
        crowded.put("otherSkillBlob", "x".repeat(100_000));
        crowded.set("otherSkillMap", manyKeys(10_000));

        JsonNode response = sendWith(crowded, requests.intent("ReadyIntent", Map.of()));

        ResponseChecks.assertSpeaksWell(response, "crowded");
        assertFalse(speech(response).contains("lost our place"), speech(response));
        assertEquals("SETUP_HANG", response.path("sessionAttributes").path("hipCheck").path("phase").asText());
        assertEquals(1, response.path("sessionAttributes").size(), "only Hip Check's own state is kept");
        assertTrue(MAPPER.writeValueAsBytes(response).length < 24 * 1024);
    }

    private JsonNode sendWith(JsonNode attributes, ObjectNode request) throws IOException {
        if (attributes.isMissingNode()) {
            ObjectNode envelope = skill.session().envelope(request);
            ((ObjectNode) envelope.get("session")).remove("attributes");
            return skill.sendEnvelope(envelope);
        }
        skill.session().overrideNextAttributes(attributes);
        return skill.send(request);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(JsonNode response) {
        return MAPPER.convertValue(response.path("sessionAttributes"), Map.class);
    }

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    /** Returns a sound mid-test state (asking about the right thigh) with one change made to it. */
    private static JsonNode state(Consumer<ObjectNode> change) throws IOException {
        ObjectNode attributes = (ObjectNode) json("{\"hipCheck\":{\"v\":2,\"phase\":\"ASK\",\"side\":\"RIGHT\","
                + "\"right\":{},\"left\":{},\"hold\":30,\"round\":1,\"disclaimed\":true}}");
        change.accept((ObjectNode) attributes.get("hipCheck"));
        return attributes;
    }

    private static JsonNode bigState() {
        ObjectNode attributes = JSON.objectNode();
        attributes.set("hipCheck", manyKeys(10_000));
        return attributes;
    }

    private static ObjectNode manyKeys(int n) {
        ObjectNode map = JSON.objectNode();
        for (int i = 0; i < n; i++) {
            map.put("key" + i, i);
        }
        return map;
    }
}

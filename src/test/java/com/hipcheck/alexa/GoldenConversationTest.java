package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.RequestFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every transcript in {@code src/test/resources/conversations} through the real Lambda
 * handler, with real request envelopes built from the interaction model, carrying the session
 * attributes of each response into the next request as Alexa does.
 */
class GoldenConversationTest {
    static final Path DIR = Path.of("src", "test", "resources", "conversations");

    @RegisterExtension
    final SkillHarness skill = new SkillHarness();

    static Stream<Path> transcripts() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTwelveConversations() throws IOException {
        assertTrue(transcripts().count() >= 12, "at least twelve golden conversations");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void conversationGoesAsWritten(Path file) throws IOException {
        Transcript transcript = Transcript.read(file);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode last = null;
        String where = transcript.name();
        boolean sentSince = false;
        String previous = "";
        for (Transcript.Step step : transcript.steps()) {
            if (step instanceof Transcript.Corrupt c) {
                skill.session().overrideNextAttributes(mapper.readTree(c.json()));
            } else if (step instanceof Transcript.Send s) {
                where = transcript.name() + ":" + s.line();
                ObjectNode request = request(s, where);
                boolean continuing = skill.session().isOpen() && !"LaunchRequest".equals(request.path("type").asText());
                last = skill.send(request);
                String said = ResponseChecks.speech(last);
                assertFalse(continuing && !said.isEmpty() && said.equals(previous),
                        where + ": said the same twice in a row: " + said);
                previous = said.isEmpty() ? previous : said;
                if (!request.path("type").asText().equals("SessionEndedRequest")
                        && last.path("response").has("outputSpeech")) {
                    ResponseChecks.assertSpeaksWell(last, where);
                }
                sentSince = true;
            } else if (step instanceof Transcript.Expect e) {
                assertTrue(sentSince || last != null, where + ": expectation before any request");
                check(last, e, transcript.name() + ":" + e.line());
            }
        }
    }

    private ObjectNode request(Transcript.Send s, String where) {
        RequestFactory requests = skill.requests();
        if (s.kind().equals("launch")) {
            return requests.launch();
        }
        if (s.kind().startsWith("request:")) {
            String type = s.kind().substring("request:".length());
            return type.equals("SessionEndedRequest") ? requests.sessionEnded("USER_INITIATED") : requests.ofType(type);
        }
        assertTrue(skill.model().intents().containsKey(s.kind()), where + ": " + s.kind() + " is not in the model");
        return requests.intent(s.kind(), s.slots());
    }

    private static void check(JsonNode envelope, Transcript.Expect e, String where) {
        JsonNode response = envelope.path("response");
        switch (e.what()) {
            case "session" -> {
                boolean open = !response.path("shouldEndSession").asBoolean(true);
                assertEquals(e.fragments().get(0), open ? "open" : "ended", where + ": session");
            }
            case "speech" -> contains(ResponseChecks.plain(response.path("outputSpeech").path("ssml").asText("")),
                    e.fragments(), e.negated(), where);
            case "reprompt" -> contains(ResponseChecks.plain(
                    response.path("reprompt").path("outputSpeech").path("ssml").asText("")), e.fragments(), false, where);
            case "card" -> contains(response.path("card").path("title").asText("") + "\n"
                    + response.path("card").path("content").asText(""), e.fragments(), false, where);
            default -> throw new IllegalArgumentException(e.what());
        }
    }

    private static void contains(String text, List<String> fragments, boolean negated, String where) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String f : fragments) {
            boolean found = haystack.contains(f.toLowerCase(Locale.ROOT));
            if (negated) {
                assertFalse(found, where + ": did not expect '" + f + "' in: " + text);
            } else {
                assertTrue(found, where + ": expected '" + f + "' in: " + text);
            }
        }
    }
}

package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SnapStart priming runs the whole pipeline and leaves nothing behind that a user could notice. */
class PrimingTest {
    private static final String SKILL_ID = "amzn1.ask.skill.33333333-3333-4333-8333-333333333333";

    @RegisterExtension
    final SkillHarness skill = SkillHarness.on(SkillHarness.handlerFor(SKILL_ID), SKILL_ID);

    @Test
    void primingSpeaksOnEveryTurnAndLogsNoProblem() throws IOException {
        int spoken = Priming.prime(skill.handler(), SKILL_ID);
        assertEquals(Priming.ROUNDS * Priming.turnsPerRound(), spoken);
        assertEquals("", skill.log());
    }

    @Test
    void primedHandlerAnswersExactlyAsAFreshOne() throws IOException {
        SkillStreamHandler primed = SkillHarness.handlerFor(SKILL_ID);
        Priming.prime(primed, SKILL_ID);
        SkillStreamHandler fresh = SkillHarness.handlerFor(SKILL_ID);
        assertEquals(conversation(fresh), conversation(primed));
    }

    @Test
    void primingSendsTheSameFixedRequestsEveryTime() throws IOException {
        RequestStreamHandler real = skill.handler();
        List<String> sent = new ArrayList<>();
        RequestStreamHandler recording = (in, out, context) -> {
            byte[] body = in.readAllBytes();
            sent.add(new String(body, StandardCharsets.UTF_8));
            real.handleRequest(new ByteArrayInputStream(body), out, context);
        };
        Priming.prime(recording, SKILL_ID);
        List<String> first = List.copyOf(sent);
        sent.clear();
        Priming.prime(recording, SKILL_ID);

        assertEquals(first, sent);
        ObjectMapper mapper = new ObjectMapper();
        for (String body : first.subList(0, Priming.turnsPerRound())) {
            JsonNode request = mapper.readTree(body).path("request");
            assertEquals("amzn1.echo-api.request.priming", request.path("requestId").asText());
            assertEquals("2026-01-01T00:00:00Z", request.path("timestamp").asText());
        }
    }

    /** A short conversation that starts with a question, as a real first request might. */
    private List<String> conversation(SkillStreamHandler handler) throws IOException {
        RequestFactory r = skill.requests();
        LocalSession session = skill.with(handler, SKILL_ID).session();
        List<ObjectNode> requests = List.of(r.intent("ShouldStretchIntent", Map.of()),
                r.intent("AMAZON.YesIntent", Map.of()), r.intent("ReadyIntent", Map.of()),
                r.intent("AMAZON.RepeatIntent", Map.of()), r.intent("AMAZON.StopIntent", Map.of()));
        List<String> seen = new ArrayList<>();
        for (ObjectNode request : requests) {
            JsonNode response = session.send(request);
            seen.add(response.path("response").toString() + response.path("sessionAttributes"));
        }
        return seen;
    }
}

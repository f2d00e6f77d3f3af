package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.alexa.HipCheckStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loopback endpoint driven by a real HTTP client, on a port the system picks. */
class LoopbackServerTest {
    static final String SKILL_ID = Console.LOCAL_SKILL_ID;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static LoopbackServer server;

    @BeforeAll
    static void start() throws IOException {
        server = LoopbackServer.start("127.0.0.1", 0, HipCheckStreamHandler::new, SKILL_ID,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void alexaRequestGetsTheSkillsResponse() throws Exception {
        HttpResponse<String> response = post(launchFor(SKILL_ID));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = MAPPER.readTree(response.body());
        assertTrue(body.path("response").path("outputSpeech").path("ssml").asText().contains("Welcome to Hip Check"),
                response.body());
        assertEquals(false, body.path("response").path("shouldEndSession").asBoolean(true));
    }

    @Test
    void keptAliveConnectionIsAnsweredWithoutWaitingForADelayedAck() throws Exception {
        String launch = launchFor(SKILL_ID);
        for (int i = 0; i < 3; i++) {
            post(launch); // the skill's first requests load classes
        }
        int requests = 10;
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            assertEquals(200, post(launch).statusCode());
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        // With Nagle's algorithm on, each reply waits for the client's delayed ACK: 40 ms or more.
        assertTrue(millis < requests * 30L, requests + " requests on one connection took " + millis + " ms");
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = post("{\"version\": \"1.0\", \"request\": ");
        assertEquals(400, response.statusCode());
        assertTrue(MAPPER.readTree(response.body()).path("error").asText().startsWith("malformed JSON"),
                response.body());
        assertEquals(400, post("[1, 2, 3]").statusCode(), "JSON that is not a request envelope");
        assertEquals(400, post("").statusCode(), "no body at all");
    }

    @Test
    void requestForAnotherSkillIsForbidden() throws Exception {
        HttpResponse<String> response = post(launchFor("amzn1.ask.skill.11111111-1111-4111-8111-111111111111"));
        assertEquals(403, response.statusCode());
        assertEquals("request is for another skill", MAPPER.readTree(response.body()).path("error").asText());
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.10", "example.com"})
    void nonLoopbackBindIsRefused(String bind) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoopbackServer.start(bind, 0, HipCheckStreamHandler::new, null, System.out));
        assertTrue(e.getMessage().contains("does not verify Alexa request signatures"), e.getMessage());
    }

    @Test
    void serveRefusesANonLoopbackBindWithAOneLineError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Console.run(new String[] {"serve", "--bind", "0.0.0.0", "--port", "0"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: refusing to listen on 0.0.0.0"));
    }

    @Test
    void servePortInUseIsAOneLineErrorWithStatusOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Console.run(new String[] {"serve", "--port", String.valueOf(taken.getLocalPort())},
                    new ByteArrayInputStream(new byte[0]), new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
            assertEquals(1, status);
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains("is already in use"), message);
        }
    }

    @Test
    void serveKeepsNothingUnlessAskedToKeepHistoryInATemporaryFile() throws Options.UsageException {
        assertFalse(Options.serve(new String[] {"--port", "0"}, Map.of()).tempHistory());
        assertTrue(Options.serve(new String[] {"--temp-history", "--port", "0"}, Map.of()).tempHistory());
    }

    private static String launchFor(String skillId) throws IOException {
        InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
        RequestFactory requests = new RequestFactory(model, skillId, "en-US", Clock.systemUTC());
        LocalSession session = new LocalSession(new HipCheckStreamHandler(), skillId);
        return MAPPER.writeValueAsString(session.envelope(requests.launch()));
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }
}

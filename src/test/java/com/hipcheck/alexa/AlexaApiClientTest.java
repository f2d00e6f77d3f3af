package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.local.LocalAlexaApi;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlexaApiClientTest {
    private static final String DEVICE = "amzn1.ask.device.AEXAMPLE";
    private static final String TOKEN = "eyJ0eXAi.token";
    private static final String PATH = "/v2/devices/" + DEVICE + "/settings/System.timeZone";
    /** Far above the client's own bounds (under a second), far below a hang: timing on a busy machine varies. */
    private static final long GENEROUS_MILLIS = 2_000;

    private final LocalAlexaApi api = LocalAlexaApi.start();

    @AfterEach
    void stopTheFake() {
        api.close();
    }

    /** Returns the answer, failing the test if the future does not complete within the generous bound. */
    private static Optional<ZoneId> answerOf(CompletableFuture<Optional<ZoneId>> future) throws Exception {
        return future.get(GENEROUS_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Test
    void aZoneTheDeviceIsSetToIsRead() throws Exception {
        api.answer(PATH, 200, "\"America/Los_Angeles\"");

        Optional<ZoneId> zone = answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN));

        assertEquals(Optional.of(ZoneId.of("America/Los_Angeles")), zone);
    }

    @Test
    void theRequestAsksForTheDevicesZoneWithTheBearerToken() throws Exception {
        api.answer(PATH, 200, "\"Europe/Berlin\"");

        answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN));

        List<LocalAlexaApi.Received> requests = api.requests();
        assertEquals(1, requests.size());
        LocalAlexaApi.Received request = requests.get(0);
        assertEquals("GET", request.method());
        assertEquals(PATH, request.path());
        assertEquals(Optional.of("Bearer " + TOKEN), request.header("authorization"));
        assertEquals(Optional.of("application/json"), request.header("Accept"));
        assertEquals("", request.body());
    }

    @Test
    void theDeviceIdIsEncodedAsOnePathSegment() throws Exception {
        String path = "/v2/devices/odd%20device%2Fid/settings/System.timeZone";
        api.answer(path, 200, "\"Asia/Tokyo\"");

        Optional<ZoneId> zone = answerOf(AlexaApiClient.timeZone(api.endpoint(), "odd device/id", TOKEN));

        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), zone);
        assertEquals(path, api.requests().get(0).path());
    }

    @Test
    void anEndpointWithATrailingSlashStillReachesThePath() throws Exception {
        api.answer(PATH, 200, "\"America/New_York\"");

        Optional<ZoneId> zone = answerOf(AlexaApiClient.timeZone(api.endpoint() + "/", DEVICE, TOKEN));

        assertEquals(Optional.of(ZoneId.of("America/New_York")), zone);
    }

    @ParameterizedTest(name = "status {0} gives no zone")
    @ValueSource(ints = {204, 400, 401, 403, 404, 429, 500, 503})
    void aStatusOtherThanOkGivesNoZone(int status) throws Exception {
        api.answer(PATH, status);

        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN)));
        assertEquals(1, api.requests().size());
    }

    @Test
    void anErrorStatusWithAZoneInItsBodyStillGivesNoZone() throws Exception {
        api.answer(PATH, 500, "\"America/Los_Angeles\"");

        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN)));
    }

    @ParameterizedTest(name = "body [{0}] gives no zone")
    @ValueSource(strings = {
            "America/Los_Angeles", "\"America/Los_Angeles", "{\"timeZone\":\"America/Los_Angeles\"}",
            "[\"America/Los_Angeles\"]", "\"America/Los_Angeles\" \"Europe/Paris\"", "null", "42", "\"\"", "\"  \"",
            "<html>gateway</html>", "\"Mars/Olympus_Mons\"", "\"Not a zone!\"", "\"../../etc\"",
    })
    void aBodyThatIsNotAKnownZoneGivesNoZone(String body) throws Exception {
        api.answer(PATH, 200, body);

        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN)));
    }

    @Test
    void anEmptyOkBodyGivesNoZone() throws Exception {
        api.answer(PATH, 200);

        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN)));
    }

    @Test
    void aZoneWithAnEscapedSlashAndSpacesAroundIsStillRead() throws Exception {
        api.answer(PATH, 200, " \"America\\/Chicago\"\n");

        assertEquals(Optional.of(ZoneId.of("America/Chicago")),
                answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN)));
    }

    @Test
    void aHungApiGivesNoZoneOnceTheTimeoutPasses() throws Exception {
        api.hang(PATH);
        long start = System.nanoTime();

        Optional<ZoneId> zone = answerOf(AlexaApiClient.timeZone(api.endpoint(), DEVICE, TOKEN));

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(Optional.empty(), zone);
        assertTrue(millis < GENEROUS_MILLIS, "answered after " + millis + " ms");
    }

    @Test
    void aRefusedConnectionGivesNoZone() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }

        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(closed, DEVICE, TOKEN)));
    }

    @ParameterizedTest(name = "endpoint [{0}], device [{1}], token [{2}]")
    @CsvSource(nullValues = "null", value = {
            "null, amzn1.ask.device.AEXAMPLE, token",
            "'',   amzn1.ask.device.AEXAMPLE, token",
            "'  ', amzn1.ask.device.AEXAMPLE, token",
            "ENDPOINT, null, token",
            "ENDPOINT, '',   token",
            "ENDPOINT, '  ', token",
            "ENDPOINT, amzn1.ask.device.AEXAMPLE, null",
            "ENDPOINT, amzn1.ask.device.AEXAMPLE, ''",
            "ENDPOINT, amzn1.ask.device.AEXAMPLE, '  '",
    })
    void aMissingEndpointDeviceOrTokenGivesNoZoneWithoutAsking(String endpoint, String device, String token) {
        api.answer(PATH, 200, "\"America/Los_Angeles\"");
        String realEndpoint = "ENDPOINT".equals(endpoint) ? api.endpoint() : endpoint;

        CompletableFuture<Optional<ZoneId>> future = AlexaApiClient.timeZone(realEndpoint, device, token);

        assertTrue(future.isDone(), "answered at once");
        assertEquals(Optional.empty(), future.join());
        assertEquals(List.of(), api.requests());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.amazonalexa.com", "not a uri", "ftp://127.0.0.1:1", "http://"})
    void anEndpointThatIsNoHttpAddressGivesNoZone(String endpoint) throws Exception {
        assertEquals(Optional.empty(), answerOf(AlexaApiClient.timeZone(endpoint, DEVICE, TOKEN)));
    }

    @Test
    void theEnvelopesEndpointDeviceAndTokenAreUsed() throws Exception {
        api.answer(PATH, 200, "\"America/Denver\"");
        RequestEnvelope envelope = RequestEnvelope.builder()
                .withContext(Context.builder()
                        .withSystem(SystemState.builder()
                                .withApiEndpoint(api.endpoint())
                                .withApiAccessToken(TOKEN)
                                .withDevice(Device.builder().withDeviceId(DEVICE).build())
                                .build())
                        .build())
                .build();

        assertEquals(Optional.of(ZoneId.of("America/Denver")), answerOf(AlexaApiClient.timeZoneOf(envelope)));
        assertEquals(Optional.of("Bearer " + TOKEN), api.requests().get(0).header("Authorization"));
    }

    @Test
    void anEnvelopeWithoutContextSystemOrDeviceGivesNoZoneWithoutAsking() {
        SystemState noDevice = SystemState.builder().withApiEndpoint(api.endpoint()).withApiAccessToken(TOKEN).build();
        List<RequestEnvelope> envelopes = List.of(
                RequestEnvelope.builder().build(),
                RequestEnvelope.builder().withContext(Context.builder().build()).build(),
                RequestEnvelope.builder().withContext(Context.builder().withSystem(noDevice).build()).build());

        assertEquals(Optional.empty(), AlexaApiClient.timeZoneOf(null).join());
        for (RequestEnvelope envelope : envelopes) {
            CompletableFuture<Optional<ZoneId>> future = AlexaApiClient.timeZoneOf(envelope);
            assertTrue(future.isDone());
            assertEquals(Optional.empty(), future.join());
        }
        assertEquals(List.of(), api.requests());
    }

    @Test
    void waitingWithinABudgetGivesTheZoneOnceItIsThere() {
        CompletableFuture<Optional<ZoneId>> done = CompletableFuture.completedFuture(Optional.of(ZoneId.of("UTC")));

        assertEquals(Optional.of(ZoneId.of("UTC")), AlexaApiClient.within(done, Duration.ofMillis(50)));
    }

    @Test
    void waitingWithinABudgetGivesNothingOnceTheBudgetIsSpent() {
        long start = System.nanoTime();

        Optional<ZoneId> zone = AlexaApiClient.within(new CompletableFuture<>(), Duration.ofMillis(50));

        assertEquals(Optional.empty(), zone);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < GENEROUS_MILLIS);
    }

    @Test
    void waitingGivesNothingForAFailedCancelledOrMissingAnswerOrANegativeBudget() {
        CompletableFuture<Optional<ZoneId>> cancelled = new CompletableFuture<>();
        cancelled.cancel(false);

        assertEquals(Optional.empty(), AlexaApiClient.within(CompletableFuture.failedFuture(new IOException()),
                Duration.ofMillis(50)));
        assertEquals(Optional.empty(), AlexaApiClient.within(cancelled, Duration.ofMillis(50)));
        assertEquals(Optional.empty(), AlexaApiClient.within(null, Duration.ofMillis(50)));
        assertEquals(Optional.empty(), AlexaApiClient.within(new CompletableFuture<>(), Duration.ofMillis(-5)));
        assertEquals(Optional.empty(), AlexaApiClient.within(new CompletableFuture<>(), null));
    }

    @Test
    void anInterruptedWaitGivesNothingAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(Optional.empty(), AlexaApiClient.within(new CompletableFuture<>(), Duration.ofSeconds(5)));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void primingBuildsTheClientWithoutAskingAnything() {
        AlexaApiClient.prime();
        AlexaApiClient.prime();

        assertEquals(List.of(), api.requests());
    }

    @Test
    void theGeneralSendCarriesMethodBodyAndTokenAndReturnsStatusAndBody() throws Exception {
        api.answer("/v1/alerts/reminders", 201, "{\"alertToken\":\"a1\"}");

        AlexaApiClient.Answer answer = AlexaApiClient.send(api.endpoint(), TOKEN,
                        AlexaApiClient.Call.withJson("POST", "/v1/alerts/reminders", "{\"x\":1}"))
                .get(GENEROUS_MILLIS, TimeUnit.MILLISECONDS);

        assertEquals(new AlexaApiClient.Answer(201, "{\"alertToken\":\"a1\"}"), answer);
        assertTrue(answer.succeeded());
        LocalAlexaApi.Received request = api.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("{\"x\":1}", request.body());
        assertEquals(Optional.of("application/json"), request.header("content-type"));
        assertEquals(Optional.of("Bearer " + TOKEN), request.header("Authorization"));
    }

    @Test
    void noAnswerIsNotASuccess() {
        assertFalse(AlexaApiClient.Answer.NONE.succeeded());
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local stand-in for Alexa's APIs as any HTTP client sees it: its zone, its reminders, its scripts. */
class LocalAlexaApiTest {
    private static final String REMINDER = """
            {"requestTime": "2026-12-28T18:00:00.000Z",
             "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-12-28T19:00:00.000",
               "timeZoneId": "America/Chicago",
               "recurrence": {"startDateTime": "2026-12-28T19:00:00.000",
                 "recurrenceRules": ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0"]}},
             "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "Stretch"}]}},
             "pushNotification": {"status": "ENABLED"}}
            """;

    private final LocalAlexaApi api = LocalAlexaApi.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.endpoint() + path))
                .header("Authorization", "Bearer local");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theZoneIsEveryDevicesOnceSet() throws Exception {
        assertEquals(404, send("GET", "/v2/devices/any/settings/System.timeZone", null).statusCode(), "no zone yet");

        api.zone(ZoneId.of("America/Chicago"));

        HttpResponse<String> answer = send("GET", "/v2/devices/amzn1.ask.device.X/settings/System.timeZone", null);
        assertEquals(200, answer.statusCode());
        assertEquals("\"America/Chicago\"", answer.body());
        assertEquals(404, send("GET", "/v2/devices/x/settings/System.distanceUnits", null).statusCode());
    }

    @Test
    void remindersAreRefusedUntilThePermissionIsGranted() throws Exception {
        assertEquals(401, send("POST", "/v1/alerts/reminders", REMINDER).statusCode());
        assertEquals(401, send("GET", "/v1/alerts/reminders", null).statusCode());
        assertEquals(List.of(), List.copyOf(api.reminders().keySet()));

        api.grant(true);
        HttpResponse<String> made = send("POST", "/v1/alerts/reminders", REMINDER);

        assertEquals(200, made.statusCode());
        JsonNode answer = json.readTree(made.body());
        String token = answer.path("alertToken").asText();
        assertEquals("ON", answer.path("status").asText());
        assertEquals("/v1/alerts/reminders/" + token, answer.path("href").asText());
        JsonNode listed = json.readTree(send("GET", "/v1/alerts/reminders", null).body());
        assertEquals("1", listed.path("totalCount").asText());
        assertEquals(token, listed.at("/alerts/0/alertToken").asText());
        assertEquals("America/Chicago", listed.at("/alerts/0/trigger/timeZoneId").asText());
        assertEquals(token, json.readTree(send("GET", "/v1/alerts/reminders/" + token, null).body()).path("alertToken").asText());

        api.grant(false);
        assertEquals(401, send("DELETE", "/v1/alerts/reminders/" + token, null).statusCode());
        assertEquals(List.of(token), List.copyOf(api.reminders().keySet()), "a refused delete keeps it");
    }

    /** A console run goes on with the reminders of the one before: listed as they were, new tokens after theirs. */
    @Test
    void remindersKeptFromAnEarlierRunAreListedAndNewOnesGetTokensOfTheirOwn() throws Exception {
        api.grant(true);
        String first = json.readTree(send("POST", "/v1/alerts/reminders", REMINDER).body()).path("alertToken").asText();
        Map<String, JsonNode> earlier = api.reminders();

        try (LocalAlexaApi next = LocalAlexaApi.start().grant(true).keeping(earlier)) {
            assertEquals(earlier, next.reminders());
            HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(next.endpoint() + "/v1/alerts/reminders")).header("Authorization", "Bearer t")
                    .POST(HttpRequest.BodyPublishers.ofString(REMINDER)).build(), HttpResponse.BodyHandlers.ofString());
            String second = json.readTree(made.body()).path("alertToken").asText();

            assertNotEquals(first, second);
            assertEquals(List.of(first, second), List.copyOf(next.reminders().keySet()));
        }
    }

    @Test
    void aReminderAlexaWouldRejectIsA400AndNotKept() throws Exception {
        api.grant(true);
        for (String bad : List.of("not json", "[]",
                REMINDER.replace("\"scheduledTime\": \"2026-12-28T19:00:00.000\"", "\"scheduledTime\": \"2026-12-28T19:00:00.000Z\""),
                REMINDER.replace("SCHEDULED_ABSOLUTE", "SOMETIME"),
                REMINDER.replace("\"text\": \"Stretch\"", "\"text\": \"\""),
                REMINDER.replace("[{\"locale\": \"en-US\", \"text\": \"Stretch\"}]", "[]"))) {
            assertTrue(!bad.equals(REMINDER), "each case breaks the reminder");
            assertEquals(400, send("POST", "/v1/alerts/reminders", bad).statusCode(), bad);
        }
        assertEquals(List.of(), List.copyOf(api.reminders().keySet()));
    }

    @Test
    void aPathScriptWinsOverTheZoneAndTheReminders() throws Exception {
        api.zone(ZoneId.of("Europe/Berlin")).grant(true);
        api.answer("/v2/devices/d/settings/System.timeZone", 204).hang("/v1/alerts/reminders/stuck")
                .answer("/v1/alerts/reminders", 500, "{\"code\":\"INTERNAL_SERVER_ERROR\"}");

        assertEquals(204, send("GET", "/v2/devices/d/settings/System.timeZone", null).statusCode());
        assertEquals(200, send("GET", "/v2/devices/e/settings/System.timeZone", null).statusCode());
        assertEquals(500, send("POST", "/v1/alerts/reminders", REMINDER).statusCode());
        assertEquals(List.of(), List.copyOf(api.reminders().keySet()));
        HttpClient quick = HttpClient.newBuilder().build();
        HttpRequest stuck = HttpRequest.newBuilder(URI.create(api.endpoint() + "/v1/alerts/reminders/stuck"))
                .timeout(java.time.Duration.ofMillis(200)).GET().build();
        assertTrue(assertThrowsTimeout(() -> quick.send(stuck, HttpResponse.BodyHandlers.ofString())), "a hung path never answers");
        // The fake notes a request on its own thread, which a busy machine may start after the client gave up.
        assertEquals(List.of("GET", "GET", "POST", "GET"), methodsOnceThereAre(4));
    }

    @Test
    void aScriptedMethodFailsOrHangsUntilHealed() throws Exception {
        api.grant(true).failReminders("post", 429);

        HttpResponse<String> throttled = send("POST", "/v1/alerts/reminders", REMINDER);
        assertEquals(429, throttled.statusCode());
        assertEquals("RATE_EXCEEDED", json.readTree(throttled.body()).path("code").asText());
        assertEquals(200, send("GET", "/v1/alerts/reminders", null).statusCode(), "other methods still answer");

        api.healReminders("POST");
        assertEquals(200, send("POST", "/v1/alerts/reminders", REMINDER).statusCode());
        String token = api.reminders().keySet().iterator().next();
        api.failReminders("DELETE", 403);
        assertEquals(403, send("DELETE", "/v1/alerts/reminders/" + token, null).statusCode());
        assertEquals(List.of(token), List.copyOf(api.reminders().keySet()));
        api.healReminders("DELETE");
        assertEquals(200, send("DELETE", "/v1/alerts/reminders/" + token, null).statusCode());
        assertEquals(404, send("DELETE", "/v1/alerts/reminders/" + token, null).statusCode());
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Returns the methods of the requests received, once there are {@code count}, or after ten seconds. */
    private List<String> methodsOnceThereAre(int count) throws InterruptedException {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (api.requests().size() < count && System.nanoTime() < giveUp) {
            Thread.sleep(10);
        }
        return api.requests().stream().map(LocalAlexaApi.Received::method).toList();
    }

    private static boolean assertThrowsTimeout(Call call) {
        try {
            call.run();
            return false;
        } catch (java.net.http.HttpTimeoutException e) {
            return true;
        } catch (Exception e) {
            throw new AssertionError("expected a timeout, got " + e, e);
        }
    }
}

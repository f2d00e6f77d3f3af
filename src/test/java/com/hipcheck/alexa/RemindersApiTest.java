package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.local.LocalAlexaApi;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What Hip Check sends to Alexa's Reminders API, and what each answer (or none) comes to, against {@link LocalAlexaApi}. */
class RemindersApiTest {
    private static final String TOKEN = "eyJ0eXAi.reminders-token";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String SAID = "Time for your hip flexor stretch. Say: Alexa, ask Hip Check for my stretch.";
    private static final DailyReminder SEVEN_PM = new DailyReminder(LocalTime.of(19, 0), CHICAGO, SAID, "en-US");
    /** Noon in Chicago on December 28th. */
    private static final Instant NOON = Instant.parse("2026-12-28T18:00:00Z");
    /** Far above the client's own bound for a reminder (1.3 s), far below a hang: timing on a busy machine varies. */
    private static final long GENEROUS_MILLIS = 3_000;

    private final LocalAlexaApi api = LocalAlexaApi.start().grant(true);
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopTheFake() {
        api.close();
    }

    private static ReminderOutcome outcomeOf(CompletableFuture<ReminderOutcome> future) throws Exception {
        return future.get(GENEROUS_MILLIS, TimeUnit.MILLISECONDS);
    }

    private String create(DailyReminder reminder) throws Exception {
        ReminderOutcome made = outcomeOf(AlexaApiClient.createDaily(api.endpoint(), TOKEN, reminder, NOON));
        return assertInstanceOf(ReminderOutcome.Created.class, made).alertToken();
    }

    @Test
    void aDailyReminderIsOneSignedPostOfTheTriggerTheRuleTheZoneAndTheText() throws Exception {
        ReminderOutcome made = outcomeOf(AlexaApiClient.createDaily(api.endpoint(), TOKEN, SEVEN_PM, NOON));

        assertEquals(new ReminderOutcome.Created("amzn1.alexa.reminder.LOCAL1"), made);
        List<LocalAlexaApi.Received> requests = api.requests();
        assertEquals(1, requests.size());
        LocalAlexaApi.Received post = requests.get(0);
        assertEquals("POST", post.method());
        assertEquals("/v1/alerts/reminders", post.path());
        assertEquals(Optional.of("Bearer " + TOKEN), post.header("Authorization"));
        assertEquals(Optional.of("application/json"), post.header("Content-Type"));
        assertEquals(json.readTree("""
                {
                  "requestTime": "2026-12-28T18:00:00.000Z",
                  "trigger": {
                    "type": "SCHEDULED_ABSOLUTE",
                    "scheduledTime": "2026-12-28T19:00:00.000",
                    "timeZoneId": "America/Chicago",
                    "recurrence": {
                      "startDateTime": "2026-12-28T19:00:00.000",
                      "recurrenceRules": ["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0"]
                    }
                  },
                  "alertInfo": {
                    "spokenInfo": {
                      "content": [{"locale": "en-US", "text": "%s"}]
                    }
                  },
                  "pushNotification": {"status": "ENABLED"}
                }
                """.formatted(SAID)), json.readTree(post.body()));
        assertEquals(List.of("amzn1.alexa.reminder.LOCAL1"), List.copyOf(api.reminders().keySet()), "the fake keeps it");
    }

    /** The first reminder is the next one in the device's zone: today if its time is still ahead there, else tomorrow. */
    @ParameterizedTest(name = "at {0} UTC, {2} in {1} starts {3}")
    @CsvSource({
            "2026-12-28T18:00:00Z, America/Chicago,     19:00, 2026-12-28T19:00:00.000, FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0",
            // 20:30 in Chicago on the 28th, already the 29th in UTC: 7 pm has passed, and 9:15 pm has not.
            "2026-12-29T02:30:00Z, America/Chicago,     19:00, 2026-12-29T19:00:00.000, FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0",
            "2026-12-29T02:30:00Z, America/Chicago,     21:15, 2026-12-28T21:15:00.000, FREQ=DAILY;BYHOUR=21;BYMINUTE=15;BYSECOND=0",
            // The very minute: not again today.
            "2026-12-29T01:00:00Z, America/Chicago,     19:00, 2026-12-29T19:00:00.000, FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0",
            "2026-12-28T23:30:00Z, Asia/Kolkata,        07:05, 2026-12-29T07:05:00.000, FREQ=DAILY;BYHOUR=7;BYMINUTE=5;BYSECOND=0",
            "2026-12-31T23:59:00Z, UTC,                 00:00, 2027-01-01T00:00:00.000, FREQ=DAILY;BYHOUR=0;BYMINUTE=0;BYSECOND=0",
    })
    void theFirstReminderIsTheNextOneInTheDevicesZone(String now, String zone, String at, String start, String rule)
            throws IOException {
        DailyReminder reminder = new DailyReminder(LocalTime.parse(at), ZoneId.of(zone), SAID, "en-US");

        JsonNode trigger = json.readTree(AlexaApiClient.reminderBody(reminder, Instant.parse(now))).path("trigger");

        assertEquals(start, trigger.path("scheduledTime").asText());
        assertEquals(start, trigger.at("/recurrence/startDateTime").asText());
        assertEquals(zone, trigger.path("timeZoneId").asText());
        assertEquals(rule, trigger.at("/recurrence/recurrenceRules/0").asText());
        assertEquals(1, trigger.at("/recurrence/recurrenceRules").size());
    }

    @Test
    void aReminderIsToTheMinute() {
        DailyReminder reminder = new DailyReminder(LocalTime.of(7, 30, 45, 12), CHICAGO, " " + SAID + " ", " en-US ");
        assertEquals(LocalTime.of(7, 30), reminder.at());
        assertEquals("FREQ=DAILY;BYHOUR=7;BYMINUTE=30;BYSECOND=0", reminder.recurrenceRule());
        assertEquals(SAID, reminder.text());
        assertEquals("en-US", reminder.locale());
    }

    @Test
    void theListReadsEachRemindersTokenTimeStatusAndWords() throws Exception {
        String evening = create(SEVEN_PM);
        String morning = create(new DailyReminder(LocalTime.of(7, 30), CHICAGO, SAID, "en-US"));

        ReminderOutcome listed = outcomeOf(AlexaApiClient.listReminders(api.endpoint(), TOKEN));

        assertEquals(new ReminderOutcome.Listed(List.of(
                new ReminderOutcome.Reminder(evening, Optional.of(LocalTime.of(19, 0)), "ON", Optional.of(SAID)),
                new ReminderOutcome.Reminder(morning, Optional.of(LocalTime.of(7, 30)), "ON", Optional.of(SAID)))),
                listed);
        LocalAlexaApi.Received get = api.requests().get(2);
        assertEquals("GET", get.method());
        assertEquals("/v1/alerts/reminders", get.path());
        assertEquals(Optional.of("Bearer " + TOKEN), get.header("authorization"));
        assertEquals("", get.body());
    }

    /**
     * Alexa's own list: a rule with more parts and its spoken words, a one-time reminder with only a
     * scheduled time, a completed one, blank words.
     */
    @Test
    void theListReadsAlexasOwnShape() throws Exception {
        api.answer("/v1/alerts/reminders", 200, """
                {"totalCount": "3", "alerts": [
                  {"alertToken": "a1", "status": "ON", "version": "2", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                    "scheduledTime": "2026-12-28T19:00:00.000", "timeZoneId": "America/Chicago",
                    "recurrence": {"recurrenceRules": ["FREQ=DAILY;INTERVAL=1;BYHOUR=20;BYMINUTE=45;BYSECOND=0;"]}},
                    "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": " Time to move. "}]}}},
                  {"alertToken": "a2", "status": "COMPLETED", "trigger": {"type": "SCHEDULED_ABSOLUTE",
                    "scheduledTime": "2026-12-27T08:15:00"}, "alertInfo": {"spokenInfo": {"content": [{"text": " "}]}}},
                  {"alertToken": "a3", "status": "ON", "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 600}},
                  {"status": "ON"}
                ], "links": null}
                """);

        ReminderOutcome listed = outcomeOf(AlexaApiClient.listReminders(api.endpoint(), TOKEN));

        assertEquals(new ReminderOutcome.Listed(List.of(
                new ReminderOutcome.Reminder("a1", Optional.of(LocalTime.of(20, 45)), "ON",
                        Optional.of("Time to move.")),
                new ReminderOutcome.Reminder("a2", Optional.of(LocalTime.of(8, 15)), "COMPLETED", Optional.empty()),
                new ReminderOutcome.Reminder("a3", Optional.empty(), "ON", Optional.empty()))), listed,
                "a reminder without a token cannot be changed, so it is left out");
        assertTrue(((ReminderOutcome.Listed) listed).reminders().get(0).isOn());
    }

    @Test
    void noRemindersIsAnEmptyList() throws Exception {
        assertEquals(new ReminderOutcome.Listed(List.of()), outcomeOf(AlexaApiClient.listReminders(api.endpoint(), TOKEN)));
        api.answer("/v1/alerts/reminders", 200, "{\"totalCount\": \"0\", \"links\": null}");
        assertEquals(new ReminderOutcome.Listed(List.of()), outcomeOf(AlexaApiClient.listReminders(api.endpoint(), TOKEN)));
    }

    @Test
    void anUpdateSendsTheNewTimeToTheSameReminder() throws Exception {
        String token = create(SEVEN_PM);
        DailyReminder eightPm = new DailyReminder(LocalTime.of(20, 0), CHICAGO, SAID, "en-US");

        ReminderOutcome changed = outcomeOf(AlexaApiClient.updateDaily(api.endpoint(), TOKEN, token, eightPm, NOON));

        assertEquals(new ReminderOutcome.Done(), changed);
        LocalAlexaApi.Received put = api.requests().get(1);
        assertEquals("PUT", put.method());
        assertEquals("/v1/alerts/reminders/" + token, put.path());
        assertEquals(Optional.of("Bearer " + TOKEN), put.header("Authorization"));
        assertEquals(json.readTree(AlexaApiClient.reminderBody(eightPm, NOON)), json.readTree(put.body()));
        JsonNode kept = api.reminders().get(token);
        assertEquals("FREQ=DAILY;BYHOUR=20;BYMINUTE=0;BYSECOND=0", kept.at("/trigger/recurrence/recurrenceRules/0").asText());
        assertEquals("2", kept.path("version").asText());
    }

    @Test
    void aDeleteRemovesTheReminder() throws Exception {
        String token = create(SEVEN_PM);

        assertEquals(new ReminderOutcome.Done(), outcomeOf(AlexaApiClient.deleteReminder(api.endpoint(), TOKEN, token)));

        LocalAlexaApi.Received delete = api.requests().get(1);
        assertEquals("DELETE", delete.method());
        assertEquals("/v1/alerts/reminders/" + token, delete.path());
        assertEquals(Optional.of("Bearer " + TOKEN), delete.header("Authorization"));
        assertEquals(Map.of(), api.reminders());
    }

    /** The user deleted it in the Alexa app: changing it finds nothing, and stopping it is what they wanted anyway. */
    @Test
    void aReminderNoLongerThereIsGone() throws Exception {
        assertEquals(new ReminderOutcome.Gone(),
                outcomeOf(AlexaApiClient.updateDaily(api.endpoint(), TOKEN, "amzn1.alexa.reminder.GONE", SEVEN_PM, NOON)));
        assertEquals(new ReminderOutcome.Gone(),
                outcomeOf(AlexaApiClient.deleteReminder(api.endpoint(), TOKEN, "amzn1.alexa.reminder.GONE")));
    }

    @Test
    void aTokenIsSentAsOnePathSegment() throws Exception {
        api.answer("/v1/alerts/reminders/odd%20token%2Fx", 200);
        assertEquals(new ReminderOutcome.Done(), outcomeOf(AlexaApiClient.deleteReminder(api.endpoint(), TOKEN, "odd token/x")));
        assertEquals("/v1/alerts/reminders/odd%20token%2Fx", api.requests().get(0).path());
    }

    /** Each call the dialog makes, by its HTTP method, against a reminder that exists. */
    private Function<String, CompletableFuture<ReminderOutcome>> call(String method) {
        return token -> switch (method) {
            case "POST" -> AlexaApiClient.createDaily(api.endpoint(), TOKEN, SEVEN_PM, NOON);
            case "GET" -> AlexaApiClient.listReminders(api.endpoint(), TOKEN);
            case "PUT" -> AlexaApiClient.updateDaily(api.endpoint(), TOKEN, token, SEVEN_PM, NOON);
            case "DELETE" -> AlexaApiClient.deleteReminder(api.endpoint(), TOKEN, token);
            default -> throw new IllegalArgumentException(method);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "PUT", "DELETE"})
    void withoutThePermissionEveryCallIsNoPermission(String method) throws Exception {
        String token = create(SEVEN_PM);
        api.grant(false);

        assertEquals(new ReminderOutcome.NoPermission(401), outcomeOf(call(method).apply(token)));
        assertEquals(2, api.requests().size(), "the call was sent, and refused");
        assertEquals(List.of(token), List.copyOf(api.reminders().keySet()), "nothing changed");
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @CsvSource({
            "POST, 403, NoPermission", "GET, 403, NoPermission", "PUT, 403, NoPermission", "DELETE, 403, NoPermission",
            "POST, 429, Throttled", "GET, 429, Throttled", "PUT, 429, Throttled", "DELETE, 429, Throttled",
            "POST, 500, Failed", "GET, 500, Failed", "PUT, 500, Failed", "DELETE, 500, Failed",
            "POST, 503, Failed", "PUT, 504, Failed", "POST, 400, Failed", "DELETE, 409, Failed",
    })
    void eachFailureStatusHasItsOutcome(String method, int status, String outcome) throws Exception {
        String token = create(SEVEN_PM);
        api.failReminders(method, status);

        ReminderOutcome answered = outcomeOf(call(method).apply(token));

        assertEquals(outcome, answered.getClass().getSimpleName());
        if (answered instanceof ReminderOutcome.NoPermission refused) {
            assertEquals(status, refused.status());
        }
        if (answered instanceof ReminderOutcome.Failed failed) {
            assertEquals("status " + status, failed.reason());
        }
        assertEquals(List.of(token), List.copyOf(api.reminders().keySet()), "nothing changed");
        api.healReminders(method);
        ReminderOutcome healed = outcomeOf(call(method).apply(token));
        assertTrue(healed instanceof ReminderOutcome.Created || healed instanceof ReminderOutcome.Listed
                || healed instanceof ReminderOutcome.Done, "answered again once healed: " + healed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "GET", "PUT", "DELETE"})
    void aHungServerFailsWithinTheTimeout(String method) throws Exception {
        String token = create(SEVEN_PM);
        api.hangReminders(method);

        long start = System.nanoTime();
        ReminderOutcome answered = outcomeOf(call(method).apply(token));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(new ReminderOutcome.Failed("no answer in time, or no connection"), answered);
        Duration bound = AlexaApiClient.CONNECT_TIMEOUT.plus(AlexaApiClient.REMINDER_TIMEOUT);
        assertTrue(took.compareTo(AlexaApiClient.REMINDER_TIMEOUT) >= 0, "waited for the answer: " + took);
        assertTrue(took.compareTo(bound.plusMillis(500)) < 0, "gave up in time: " + took);
    }

    @Test
    void aShorterWaitGivesUpFirst() {
        api.hangReminders("POST");
        long start = System.nanoTime();

        ReminderOutcome answered = AlexaApiClient.outcomeWithin(
                AlexaApiClient.createDaily(api.endpoint(), TOKEN, SEVEN_PM, NOON), Duration.ofMillis(100));

        assertEquals(new ReminderOutcome.Failed("no answer within 100 ms"), answered);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 900, "did not wait for the client's own bound");
        assertEquals(new ReminderOutcome.Failed("no call"), AlexaApiClient.outcomeWithin(null, Duration.ofMillis(1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST | not json          | an answer without an alert token",
            "POST | {}                | an answer without an alert token",
            "POST | {\"alertToken\": \" \"} | an answer without an alert token",
            "GET  | not json          | an unreadable list",
            "GET  | []                | an unreadable list",
            "GET  | {\"alerts\": 3}    | an unreadable list",
    })
    void anUnreadableAnswerFails(String method, String body, String reason) throws Exception {
        api.answer("/v1/alerts/reminders", 200, body);

        assertEquals(new ReminderOutcome.Failed(reason), outcomeOf(call(method).apply("unused")));
    }

    @Test
    void aRequestWithoutAnEndpointOrTokenSendsNothing() throws Exception {
        ReminderOutcome none = new ReminderOutcome.Failed("no API endpoint or access token in the request");
        assertEquals(none, outcomeOf(AlexaApiClient.createDaily((String) null, TOKEN, SEVEN_PM, NOON)));
        assertEquals(none, outcomeOf(AlexaApiClient.listReminders(api.endpoint(), " ")));
        assertEquals(none, outcomeOf(AlexaApiClient.createDaily(RequestEnvelope.builder().build(), SEVEN_PM, NOON)));
        assertEquals(none, outcomeOf(AlexaApiClient.listReminders(
                RequestEnvelope.builder().withContext(Context.builder().build()).build())));
        assertEquals(new ReminderOutcome.Failed("no alert token to update"),
                outcomeOf(AlexaApiClient.updateDaily(api.endpoint(), TOKEN, " ", SEVEN_PM, NOON)));
        assertEquals(new ReminderOutcome.Failed("no alert token to delete"),
                outcomeOf(AlexaApiClient.deleteReminder(api.endpoint(), TOKEN, null)));
        assertEquals(List.of(), api.requests());
    }

    @Test
    void theEnvelopesEndpointAndTokenAreUsed() throws Exception {
        RequestEnvelope envelope = RequestEnvelope.builder()
                .withContext(Context.builder()
                        .withSystem(SystemState.builder().withApiEndpoint(api.endpoint() + "/")
                                .withApiAccessToken(TOKEN).build())
                        .build())
                .build();

        String token = assertInstanceOf(ReminderOutcome.Created.class,
                outcomeOf(AlexaApiClient.createDaily(envelope, SEVEN_PM, NOON))).alertToken();
        assertEquals(new ReminderOutcome.Listed(List.of(new ReminderOutcome.Reminder(token,
                Optional.of(LocalTime.of(19, 0)), "ON", Optional.of(SAID)))),
                outcomeOf(AlexaApiClient.listReminders(envelope)));
        assertEquals(new ReminderOutcome.Done(), outcomeOf(AlexaApiClient.updateDaily(envelope, token, SEVEN_PM, NOON)));
        assertEquals(new ReminderOutcome.Done(), outcomeOf(AlexaApiClient.deleteReminder(envelope, token)));

        assertEquals(List.of("POST /v1/alerts/reminders", "GET /v1/alerts/reminders",
                "PUT /v1/alerts/reminders/" + token, "DELETE /v1/alerts/reminders/" + token),
                api.requests().stream().map(r -> r.method() + " " + r.path()).toList());
        assertTrue(api.requests().stream().allMatch(r -> r.header("Authorization").equals(Optional.of("Bearer " + TOKEN))));
    }
}

package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.dialog.ReminderAsk;
import com.hipcheck.local.LocalAlexaApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alexa's {@code Connections.Response} to the reminders permission asked for by voice, as Alexa
 * sends it (src/test/resources/events/), through the real stream handler: accepted sets the
 * reminder its token names, in the device's zone; refused and not answered send the permission card.
 */
class PermissionEventsTest {
    @RegisterExtension
    final SkillHarness skill = new SkillHarness();

    private JsonNode send(String file, LocalAlexaApi api) throws IOException {
        return send(file, api, PermissionHandler.token(LocalTime.of(19, 0), ReminderAsk.Kind.STRETCH));
    }

    /** Sends the event in {@code file} with {@code token} in place of the one it carries. */
    private JsonNode send(String file, LocalAlexaApi api, String token) throws IOException {
        String event = Files.readString(Path.of("src/test/resources/events", file))
                .replace("\"hipcheck.reminder.19:00\"", "\"" + token + "\"")
                .replace("APPLICATION_ID", SkillHarness.SKILL_ID).replace("USER_ID", "amzn1.ask.account.test")
                .replace("DEVICE_ID", "amzn1.ask.device.test").replace("API_ENDPOINT", api.endpoint())
                .replace("TIMESTAMP", Instant.now().toString().substring(0, 19) + "Z");
        return skill.session().sendRaw(event.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptedSetsTheReminderItsTokenNamesInTheDevicesZone() throws IOException {
        try (LocalAlexaApi api = LocalAlexaApi.start().zone(ZoneId.of("America/Chicago")).grant(true)) {
            JsonNode response = send("connections-response-accepted.json", api);

            assertTrue(ResponseChecks.speech(response).contains("every day at 7 pm"), ResponseChecks.speech(response));
            assertEquals(1, api.reminders().size());
            JsonNode trigger = api.reminders().values().iterator().next().path("trigger");
            assertEquals("America/Chicago", trigger.path("timeZoneId").asText());
            assertTrue(trigger.path("scheduledTime").asText().contains("T19:00"), trigger.toString());
            assertEquals(false, response.path("response").path("shouldEndSession").asBoolean(true));
        }
    }

    @Test
    void deniedAndNotAnsweredSendThePermissionCardAndSetNothing() throws IOException {
        for (String file : new String[] {"connections-response-denied.json", "connections-response-not-answered.json"}) {
            try (LocalAlexaApi api = LocalAlexaApi.start().zone(ZoneId.of("America/Chicago"))) {
                JsonNode response = send(file, api);

                assertEquals("AskForPermissionsConsent", response.path("response").path("card").path("type").asText(),
                        file);
                assertEquals("alexa::alerts:reminders:skill:readwrite",
                        response.path("response").path("card").path("permissions").path(0).asText(), file);
                assertTrue(api.reminders().isEmpty(), file);
                assertTrue(api.requests().stream().noneMatch(r -> r.method().equals("POST")), file);
            }
        }
    }

    @Test
    void acceptedForAMovementBreakSetsOneInItsOwnWords() throws IOException {
        try (LocalAlexaApi api = LocalAlexaApi.start().zone(ZoneId.of("America/Chicago")).grant(true)) {
            JsonNode response = send("connections-response-accepted.json", api,
                    PermissionHandler.token(LocalTime.of(15, 0), ReminderAsk.Kind.MOVEMENT_BREAK));

            assertTrue(ResponseChecks.speech(response).contains("take a movement break every day at 3 pm"),
                    ResponseChecks.speech(response));
            assertEquals(1, api.reminders().size());
            JsonNode reminder = api.reminders().values().iterator().next();
            assertTrue(reminder.path("trigger").path("scheduledTime").asText().contains("T15:00"), reminder.toString());
            assertTrue(reminder.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText()
                    .startsWith("Time for a movement break"), reminder.toString());
        }
    }

    @Test
    void aTokenCarriesTheReminderItsTimeAndKind() {
        assertEquals("hipcheck.reminder.19:00", PermissionHandler.token(LocalTime.of(19, 0), ReminderAsk.Kind.STRETCH));
        assertEquals("hipcheck.reminder.move.15:30",
                PermissionHandler.token(LocalTime.of(15, 30), ReminderAsk.Kind.MOVEMENT_BREAK));
        for (ReminderAsk.Kind kind : ReminderAsk.Kind.values()) {
            String token = PermissionHandler.token(LocalTime.of(8, 5), kind);
            assertEquals(Optional.of(LocalTime.of(8, 5)), PermissionHandler.timeIn(token), token);
            assertEquals(kind, PermissionHandler.kindIn(token), token);
        }
        for (String foreign : new String[] {null, "", "purchase.123", "hipcheck.reminder.", "hipcheck.reminder.7pm",
                "hipcheck.reminder.move.1500", "hipcheck.reminder.move.", "hipcheck.reminder.25:00"}) {
            assertEquals(Optional.empty(), PermissionHandler.timeIn(foreign), String.valueOf(foreign));
        }
    }
}

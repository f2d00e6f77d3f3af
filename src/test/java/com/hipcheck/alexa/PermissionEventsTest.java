package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.local.LocalAlexaApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
        String event = Files.readString(Path.of("src/test/resources/events", file))
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
}

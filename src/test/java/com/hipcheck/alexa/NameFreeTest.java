package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.local.LocalAlexaApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.domain.InMemoryPracticeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Alexa's name-free question, as Alexa sends it ({@code events/can-fulfill-intent.json}): YES for
 * the one-shot questions and starting the test, MAYBE for "my stretch" (a kept plan's), NO for what only makes sense in a conversation or
 * comes with a slot Hip Check does not have; and answering touches nothing: no store, no Alexa API,
 * no speech, no session.
 */
class NameFreeTest {
    private static final InMemoryPracticeStore STORE = new InMemoryPracticeStore();
    private static LocalAlexaApi api;

    @RegisterExtension
    final SkillHarness skill = SkillHarness.withHistory(STORE, Clock.systemUTC());

    @BeforeAll
    static void startApi() throws IOException {
        api = LocalAlexaApi.start();
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ShouldStretchIntent | {}                                                    | YES
            WhyBackIntent       | {}                                                    | YES
            EveryDayIntent      | {}                                                    | YES
            SittingIntent       | {}                                                    | YES
            SafestStretchIntent | {}                                                    | YES
            HowToKnowIntent     | {}                                                    | YES
            TestLengthIntent    | {}                                                    | YES
            HipFlexorsIntent    | {}                                                    | YES
            WhatNeededIntent    | {}                                                    | YES
            SignsIntent         | {}                                                    | YES
            InsteadIntent       | {}                                                    | YES
            StartTestIntent     | {}                                                    | YES
            MyStretchIntent     | {}                                                    | MAYBE
            ShouldStretchIntent | {"sound": {"name": "sound", "value": "crickets"}}     | NO
            DescribeIntent      | {"observation": {"name": "observation", "value": "stays up"}} | NO
            ChooseStretchIntent | {"stretch": {"name": "stretch", "value": "half kneeling"}}    | NO
            ReadyIntent         | {}                                                    | NO
            AMAZON.YesIntent    | {}                                                    | NO
            ForgetMeIntent      | {}                                                    | NO
            PainIntent          | {}                                                    | NO
            PlaySoundIntent     | {}                                                    | NO
            """)
    void answersWhatItCanFulfilAndTouchesNothing(String intent, String slots, String expected) throws IOException {
        int storeCalls = STORE.calls();
        int apiCalls = api.requests().size();
        JsonNode response = skill.sendEnvelope(canFulfill(intent, slots));
        JsonNode answer = response.path("response").path("canFulfillIntent");
        assertEquals(expected, answer.path("canFulfill").asText(), response.toString());
        answer.path("slots").forEach(slot -> {
            assertEquals("NO", slot.path("canUnderstand").asText());
            assertEquals("NO", slot.path("canFulfill").asText());
        });
        if (!slots.equals("{}")) {
            assertEquals(1, answer.path("slots").size(), "the filled slot is answered for: " + answer);
        }
        assertFalse(response.path("response").has("outputSpeech"), "nothing is said");
        assertFalse(response.path("response").has("directives"), "nothing is shown");
        assertTrue(response.path("sessionAttributes").isMissingNode() || response.path("sessionAttributes").isEmpty(),
                "no session: " + response);
        assertEquals(storeCalls, STORE.calls(), "the store is not asked");
        assertEquals(apiCalls, api.requests().size(), "Alexa's APIs are not called");
    }

    /** Every intent Hip Check answers name-free is one of its model's, so Alexa can route it. */
    @Test
    void everyFulfilledIntentIsInTheModel() throws IOException {
        String model = Files.readString(Path.of("models", "en-US.json"));
        for (IntentName intent : java.util.stream.Stream.concat(NameFreeHandler.FULFILLED.stream(),
                NameFreeHandler.FULFILLED_FOR_SOME.stream()).toList()) {
            assertTrue(model.contains("\"name\": \"" + intent.modelName() + "\""), intent.modelName());
        }
    }

    private static ObjectNode canFulfill(String intent, String slots) throws IOException {
        String event = Files.readString(Path.of("src/test/resources/events/can-fulfill-intent.json"))
                .replace("APPLICATION_ID", SkillHarness.SKILL_ID).replace("USER_ID", "amzn1.ask.account.NAMEFREE")
                .replace("API_ENDPOINT", api.endpoint()).replace("INTENT_NAME", intent)
                .replace("SLOTS", slots).replace("TIMESTAMP", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return (ObjectNode) new ObjectMapper().readTree(event);
    }
}

package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.Hearing;
import com.hipcheck.local.Locales;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import com.hipcheck.local.LocalSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Says each example phrase of the skill manifest as a user would and checks that it does what the
 * store promises, in every locale's listing: heard, through the resolver over that locale's model, as the launch or the
 * one-shot intent it stands for, its request part word for word one of that intent's samples (as
 * certification requires), and, sent through the real stream handler in a new session, answered well
 * and on topic.
 */
class ExamplePhrasesTest {
    static final Path MANIFEST = Path.of("skill-package", "skill.json");


    /**
     * One example phrase and what it must do.
     *
     * @param phrase the phrase as the store shows it
     * @param kind how Alexa sends it: LAUNCH or ONE_SHOT
     * @param intent the intent it must reach; null for the launch
     * @param answer words the spoken answer must contain, case ignored
     */
    record Promise(String phrase, String kind, String intent, List<String> answer) {
        @Override
        public String toString() {
            return phrase;
        }
    }

    static final List<Promise> PROMISES = List.of(
            new Promise("Alexa, open hip check", "LAUNCH", null,
                    List.of("Welcome to Hip Check", "whether stretching your hip flexors could help",
                            "A quick test on your bed", "not a diagnosis")),
            new Promise("Alexa, ask hip check should I stretch my hip flexors", "ONE_SHOT", "ShouldStretchIntent",
                    List.of("guidance, not a diagnosis", "Only if they're truly tight", "Shall we start the test?")),
            new Promise("Alexa, ask hip check why do tight hip flexors hurt my back", "ONE_SHOT", "WhyBackIntent",
                    List.of("guidance, not a diagnosis", "They attach to your spine", "tilt your pelvis forward")));

    static Stream<Arguments> promises() {
        return Locales.SERVED.stream().flatMap(locale -> PROMISES.stream().map(p -> Arguments.of(locale, p)));
    }

    @ParameterizedTest
    @MethodSource("com.hipcheck.ListingTest#locales")
    void everyExamplePhraseOfTheManifestIsChecked(String locale) throws IOException {
        assertEquals(PROMISES.stream().map(Promise::phrase).toList(), examplePhrases(locale),
                locale + ": the phrases checked here, in order, are the manifest's");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("promises")
    void examplePhraseIsHeardAsWhatItPromisesAndAnswered(String locale, Promise promise) throws IOException {
        SkillHarness skill = new SkillHarness(locale);
        String said = promise.phrase().replaceFirst("^Alexa,\\s*", "");
        Hearing.Heard heard = Hearing.hear(locale, said);
        assertEquals(promise.kind(), heard.kind(), heard.toString());
        assertEquals(promise.intent(), heard.intent(), heard.toString());
        if (heard.intent() != null) {
            String request = said.replaceFirst("^ask hip check\\s+", "");
            assertEquals(request.toLowerCase(Locale.ROOT), heard.sample(), "the request is one of the samples");
        }

        LocalSession session = skill.newSession();
        ObjectNode request = heard.intent() == null ? skill.requests().launch()
                : skill.requests().intent(heard.intent(), heard.slots());
        JsonNode response = session.send(request);

        assertTrue(session.lastSent().path("session").path("new").asBoolean(), "sent in a new session");
        ResponseChecks.assertSpeaksWell(response, promise.phrase());
        String speech = ResponseChecks.plain(response.path("response").path("outputSpeech").path("ssml").asText(""));
        for (String words : promise.answer()) {
            assertTrue(speech.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)),
                    "expected '" + words + "' in: " + speech);
        }
    }

    private static List<String> examplePhrases(String locale) throws IOException {
        JsonNode phrases = new ObjectMapper().readTree(MANIFEST.toFile())
                .path("manifest").path("publishingInformation").path("locales").path(locale).path("examplePhrases");
        List<String> all = new ArrayList<>();
        phrases.forEach(p -> all.add(p.asText()));
        return all;
    }
}

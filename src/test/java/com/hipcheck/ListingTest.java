package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.local.Hearing;
import com.hipcheck.local.Locales;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store listing tells the truth a certification tester will check: the description says what is
 * kept and why, and names the screens, "forget me" and "how am I doing"; the testing instructions walk
 * through every capability, and each phrase they tell the tester to say is heard, by the local resolver
 * over {@code models/en-US.json} (as {@code alexa.ExamplePhrasesTest} hears the example phrases), as
 * the intent that capability needs. What the skill answers is the golden conversations' business.
 */
class ListingTest {
    private static JsonNode manifest;

    @BeforeAll
    static void read() throws IOException {
        manifest = SkillManifestTest.read(SkillManifestTest.MANIFEST);
    }

    /**
     * One capability a tester is walked through, the phrase the instructions quote for it, and what
     * Alexa must make of that phrase: an intent, or LAUNCH for the invocation.
     */
    record Step(String capability, String phrase, String intent) {
        @Override
        public String toString() {
            return capability + ": " + phrase;
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("first visit", "Alexa, open hip check", "LAUNCH"),
            new Step("start the test", "yes", "AMAZON.YesIntent"),
            new Step("set-up steps", "ready", "ReadyIntent"),
            new Step("describe the thigh", "it stays up", "DescribeIntent"),
            new Step("describe the drift", "my leg falls out to the side", "DescribeIntent"),
            new Step("describe the back", "my back stays flat", "DescribeIntent"),
            new Step("choose a stretch", "edge of the bed", "ChooseStretchIntent"),
            new Step("hold length", "hold for twenty seconds", "HoldTimeIntent"),
            new Step("consent, yes", "yes, keep it", "KeepIntent"),
            new Step("consent, no", "no", "AMAZON.NoIntent"),
            new Step("straight to the plan", "Alexa, ask hip check for my stretch", "MyStretchIntent"),
            new Step("progress", "how am I doing", "ProgressIntent"),
            new Step("forget me", "forget me", "ForgetMeIntent"),
            new Step("confirm deletion", "yes, delete it", "DeleteIntent"),
            new Step("touch, said aloud", "Start the test", "StartTestIntent"),
            new Step("pain", "Alexa, that hurts", "PainIntent"),
            new Step("resume after pain", "continue", "ReadyIntent"),
            new Step("red flag", "my leg is tingling", "RedFlagIntent"),
            new Step("one-shot", "Alexa, ask hip check should I stretch my hip flexors", "ShouldStretchIntent"),
            new Step("one-shot", "Alexa, ask hip check why do tight hip flexors hurt my back", "WhyBackIntent"));

    static List<Step> steps() {
        return STEPS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void eachCapabilitysPhraseIsInTheInstructionsAndHeardAsItsIntent(Step step) {
        assertTrue(quoted(instructions()).contains(step.phrase()),
                "the testing instructions should quote \"" + step.phrase() + "\" for " + step.capability());
        for (String locale : Locales.SERVED) {
            assertEquals(step.intent(), heardAs(locale, step.phrase()), locale + " " + step);
        }
    }

    static List<String> locales() {
        return Locales.SERVED;
    }

    /** Every example phrase in a locale's listing is heard by that locale's model as some intent or the launch. */
    @ParameterizedTest
    @MethodSource("locales")
    void everyExamplePhraseIsHeardAsAnIntent(String locale) {
        manifest.path("publishingInformation").path("locales").path(locale).path("examplePhrases").forEach(p -> {
            String heard = heardAs(locale, p.asText());
            assertTrue(!heard.equals("AMAZON.FallbackIntent") && !heard.isEmpty(), p + " heard as " + heard);
        });
    }

    /** The instructions walk through each of these; a tester who skips one has not seen the skill. */
    @Test
    void theInstructionsCoverEveryCapability() {
        String text = instructions();
        for (String point : List.of("Shall I keep your stretch plan, so next time we can go straight to it?",
                "Only an explicit yes", "Welcome back to Hip Check. Ready for your right-hip stretch?", "Echo Show", "touch",
                "pauses", "for the day", "Disabling the skill deletes")) {
            assertTrue(text.contains(point), "the testing instructions should say: " + point);
        }
        assertTrue(!text.contains("stores nothing"), "Hip Check keeps a practice record after a yes");
    }

    /**
     * The lines the instructions quote Hip Check as saying are its own: each is a whole sentence of
     * the speech properties, or what a golden conversation checks it says (a response is held to
     * those by GoldenConversationTest).
     */
    @Test
    void theLinesQuotedAsHipChecksAreWhatItSays() throws IOException {
        String speech = Files.readString(Path.of("src/main/resources/speech/en_US.properties"));
        List<String> checked;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/conversations"))) {
            checked = files.filter(f -> f.toString().endsWith(".txt")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(l -> l.startsWith("< ")).toList();
        }
        for (String line : List.of("Shall I keep your stretch plan, so next time we can go straight to it?",
                "Welcome back to Hip Check. Ready for your right-hip stretch?")) {
            assertTrue(instructions().contains(line), line);
            assertTrue(speech.lines().anyMatch(l -> l.endsWith("= " + line))
                    || checked.stream().anyMatch(l -> l.substring(2).equals(line)),
                    "Hip Check does not say: " + line);
        }
    }

    /** What is kept and why, the screens, "forget me" and progress, as the listing must say. */
    @ParameterizedTest
    @MethodSource("locales")
    void theDescriptionSaysWhatIsKeptAndWhatTheSkillDoes(String locale) {
        String description = manifest.path("publishingInformation").path("locales").path(locale)
                .path("description").asText();
        for (String point : List.of("only if you say yes", "so that next time it can go straight to it",
                "never keeps your answers", "Echo Show", "\"forget me\"", "\"how am I doing\"",
                "expires a year after your last visit", "privacy policy")) {
            assertTrue(description.contains(point), "the description should say: " + point);
        }
    }

    private static String instructions() {
        return manifest.path("publishingInformation").path("testingInstructions").asText();
    }

    /** Returns the texts between straight double quotes. */
    private static List<String> quoted(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Returns the intent Alexa would make of a phrase as a tester says it, or LAUNCH. */
    private static String heardAs(String locale, String phrase) {
        String said = phrase.replaceFirst("^Alexa,\\s*", "").toLowerCase(Locale.ROOT);
        Hearing.Heard heard = Hearing.hear(locale, said);
        return heard.intent() == null ? heard.kind() : heard.intent();
    }
}

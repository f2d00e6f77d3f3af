package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every phrase Hip Check tells the user to say is understood where it says it: at each step of a
 * conversation, each "say …" in what is said on arriving, on silence and for help is heard by the
 * local resolver and sent there, and must not be met with "I didn't catch that". On an Echo Show,
 * each button's label said aloud must get the very answer touching the button gets.
 */
class SuggestedPhrasesTest {
    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    private static final UtteranceResolver RESOLVER = EverySampleResolvesTest.RESOLVER;
    /** Words Hip Check says when it did not understand. */
    private static final List<String> NOT_UNDERSTOOD = List.of("didn't catch", "didn't get", "trouble understanding",
            "not asking about");
    private static final Pattern SAY = Pattern.compile("(?i)\\b(say|ask) (.+?)(?=[.?!]|$)");
    /** Where a suggestion's phrase ends and what it is for begins: "say ready when you're in position". */
    private static final Pattern PURPOSE = Pattern.compile(
            " (when|if|once|anytime|at any moment|to (?!table)|for (?!twenty)|and i'll).*$");

    @Test
    void everyPhraseHipCheckSuggestsIsUnderstoodWhereItIsSuggested() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String moment : Moments.EVERY_STEP) {
            Set<String> phrases = new LinkedHashSet<>();
            Moments.Reached there = Moments.walk(moment, SKILL);
            phrases.addAll(suggested(spoken(there.last())));
            JsonNode help = there.session().send(there.skill().requests().intent("AMAZON.HelpIntent", Map.of()));
            phrases.addAll(suggested(spoken(help)));
            for (String phrase : phrases) {
                checked++;
                Moments.Reached at = Moments.walk(moment, SKILL);
                Understood heard = RESOLVER.resolve(phrase);
                String reply = speech(at.session().send(at.skill().requests().intent(heard.intent(), heard.slots())));
                boolean missed = heard.intent().equals(Understood.FALLBACK)
                        || NOT_UNDERSTOOD.stream().anyMatch(reply::contains);
                if (missed) {
                    failures.add(moment + " | \"" + phrase + "\" -> " + heard.intent() + ": " + reply);
                }
            }
        }
        System.out.println("Suggested phrases: " + checked + " checked at " + Moments.EVERY_STEP.size() + " steps, "
                + failures.size() + " not understood");
        assertTrue(checked >= 60, "only " + checked + " suggestions found: is the extraction broken?");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyButtonSaidAloudDoesWhatTouchingItDoes() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String moment : Moments.EVERY_STEP) {
            Optional<ShownScreen> shown = ShownScreen.in(Moments.walk(moment, SKILL, true).last());
            for (ShownScreen.Button button : shown.map(ShownScreen::buttons).orElse(List.of())) {
                checked++;
                Moments.Reached touching = Moments.walk(moment, SKILL, true);
                String touched = speech(touching.session().send(
                        touching.skill().requests().touch(shown.get().arguments(button))));
                Moments.Reached saying = Moments.walk(moment, SKILL, true);
                Understood heard = RESOLVER.resolve(button.label());
                String said = speech(saying.session().send(saying.skill().requests().intent(heard.intent(), heard.slots())));
                if (!touched.equals(said)) {
                    failures.add(moment + " | \"" + button.label() + "\" -> " + heard.intent() + ": " + said
                            + "\n    touched: " + touched);
                }
            }
        }
        System.out.println("Buttons: " + checked + " said aloud at " + Moments.EVERY_STEP.size() + " steps, "
                + failures.size() + " not as touched");
        assertTrue(checked >= 40, "only " + checked + " buttons found");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Say ready when you're in position, or wait if you need longer. | ready, wait
            You can say yes, no, or not sure. Is it? | yes, no, not sure
            Say repeat, go back, or stop anytime. | repeat, go back, stop
            you can say "Alexa, stop" or "Alexa, that hurts" at any moment. | stop, that hurts
            say edge of table, to stay lying down, or half kneeling. | edge of table, half kneeling
            To change the hold, say hold for twenty seconds. | hold for twenty seconds
            Say yes for your stretch, or test again to check your hips first. | yes, test again
            Ask why to hear the signs. | why
            If anything hurts, say so. |
            """)
    void suggestionsAreReadFromWhatIsSaid(String text, String phrases) {
        assertEquals(phrases == null ? List.of() : List.of(phrases.split(", ")), suggested(text));
    }

    /** Returns the phrases {@code text} suggests saying, in order. */
    static List<String> suggested(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SAY.matcher(text);
        while (m.find()) {
            // "Alexa, stop" is said as "stop": the wake word is Alexa's, and its comma is no list.
            for (String piece : m.group(2).replaceAll("(?i)\"alexa, ", "\"").split(",| or ")) {
                String phrase = PURPOSE.matcher(piece.strip().toLowerCase(Locale.ROOT)).replaceAll("")
                        .replace("\"", "").strip();
                // "If anything hurts, say so": no phrase; "say that again" asks for the answer, not a phrase.
                boolean isPhrase = !phrase.isEmpty() && !phrase.startsWith("to ") && !phrase.startsWith("and ")
                        && !phrase.equals("so")
                        && !phrase.equals("that again") && !phrase.startsWith("whether");
                if (isPhrase) {
                    out.add(phrase);
                }
            }
        }
        return out;
    }

    private static String spoken(JsonNode response) {
        return speech(response) + " " + plain(response.path("response").path("reprompt").path("outputSpeech")
                .path("ssml").asText(""));
    }

    private static String speech(JsonNode response) {
        return plain(response.path("response").path("outputSpeech").path("ssml").asText(""));
    }

    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}

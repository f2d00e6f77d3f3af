package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Stretch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interaction model as the Alexa developer console would judge it, and a little stricter:
 * parsed strictly, an invocation name Alexa accepts, enough varied samples per intent, no
 * utterance claimed twice, slots and slot types that line up. Whether the skill handles every
 * intent is checked next to the code, in {@code alexa.ModelIntentsAreHandledTest}.
 */
class InteractionModelCheckTest {
    static final Path MODEL = Path.of("models", "en-US.json");
    static final int MIN_SAMPLES = 12;
    /** Launch phrases, connecting words and wake words that Alexa does not allow in an invocation name. */
    static final Set<String> FORBIDDEN_INVOCATION_WORDS = Set.of("open", "ask", "start", "launch", "tell", "begin",
            "load", "run", "play", "resume", "use", "enable", "talk", "alexa", "amazon", "echo", "computer", "skill",
            "app", "to", "from", "in", "using", "with", "about", "for", "that", "by", "if", "and", "whether");
    /** The built-in intents every custom skill must declare. */
    static final List<String> REQUIRED_BUILT_INS = List.of("AMAZON.CancelIntent", "AMAZON.HelpIntent",
            "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent");
    /** Words and slots only: Alexa rejects digits and most punctuation in samples. */
    static final Pattern SAMPLE = Pattern.compile("(?:[a-z'. ]|\\{[A-Za-z]+\\})+");
    static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^}]*)\\}");

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static JsonNode languageModel;

    @BeforeAll
    static void readStrictly() throws IOException {
        JsonNode root = STRICT.readTree(Files.readAllBytes(MODEL));
        languageModel = root.path("interactionModel").path("languageModel");
        assertTrue(languageModel.isObject(), "interactionModel.languageModel");
    }

    @Test
    void theStrictReaderRejectsDuplicateKeys() {
        assertThrows(JsonProcessingException.class, () -> STRICT.readTree("{\"name\":\"a\",\"name\":\"b\"}"));
        assertThrows(JsonProcessingException.class, () -> STRICT.readTree("{\"a\":1} {\"b\":2}"));
    }

    @Test
    void invocationNameIsLowerCaseWordsAlexaAccepts() {
        String name = languageModel.path("invocationName").asText("");
        assertTrue(name.matches("[a-z]+(?: [a-z]+)+"), "lower-case letters, at least two words: '" + name + "'");
        for (String word : name.split(" ")) {
            assertFalse(FORBIDDEN_INVOCATION_WORDS.contains(word), "'" + word + "' may not be in the invocation name");
        }
    }

    @Test
    void everyCustomIntentHasEnoughSamples() {
        for (JsonNode intent : customIntents()) {
            assertTrue(intent.path("samples").size() >= MIN_SAMPLES,
                    name(intent) + " has " + intent.path("samples").size() + " samples, needs " + MIN_SAMPLES);
        }
    }

    @Test
    void samplesAreWordsAndSlotsOnly() {
        for (JsonNode intent : intents()) {
            for (String sample : samples(intent)) {
                assertTrue(SAMPLE.matcher(sample).matches(), name(intent) + ": '" + sample + "'");
                assertEquals(sample.strip().replaceAll(" +", " "), sample, name(intent) + ": stray spaces in '" + sample
                        + "'");
            }
        }
    }

    @Test
    void noIntentRepeatsASample() {
        for (JsonNode intent : intents()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String sample : samples(intent)) {
                assertTrue(seen.add(normal(sample)), name(intent) + " repeats '" + sample + "'");
            }
        }
    }

    /** Many ways of saying it, not one phrase with small changes: no first word opens more than half. */
    @Test
    void samplesOfACustomIntentStartInDifferentWays() {
        for (JsonNode intent : customIntents()) {
            List<String> samples = samples(intent);
            Map<String, Long> firstWords = samples.stream()
                    .collect(Collectors.groupingBy(s -> normal(s).split(" ")[0], Collectors.counting()));
            assertTrue(firstWords.size() >= 3, name(intent) + " samples start with only " + firstWords.keySet());
            firstWords.forEach((word, count) -> assertTrue(count * 2 <= samples.size(),
                    name(intent) + ": " + count + " of " + samples.size() + " samples start with '" + word + "'"));
        }
    }

    @Test
    void noUtteranceIsClaimedByTwoIntents() {
        Map<String, String> claimedBy = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode intent : intents()) {
            for (String sample : samples(intent)) {
                String previous = claimedBy.putIfAbsent(normal(sample), name(intent));
                if (previous != null && !previous.equals(name(intent))) {
                    clashes.add("'" + sample + "' in " + previous + " and " + name(intent));
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    /**
     * As Alexa's utterance-conflict check sees it: a sample of one intent with its custom slots
     * filled by a value or synonym must not be a sample of another ("lying down" as a stretch
     * would make ChooseStretchIntent's "{stretch}" claim ReadyIntent's "lying down").
     */
    @Test
    void noSlotValueTurnsASampleIntoAnotherIntentsSample() {
        Map<String, String> literalBy = new HashMap<>();
        for (JsonNode intent : intents()) {
            for (String sample : samples(intent)) {
                if (!SLOT_REFERENCE.matcher(sample).find()) {
                    literalBy.putIfAbsent(normal(sample), name(intent));
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        for (JsonNode intent : intents()) {
            for (String sample : samples(intent)) {
                for (String filled : filledWithEveryPhrase(intent, sample)) {
                    String other = literalBy.get(normal(filled));
                    if (other != null && !other.equals(name(intent))) {
                        clashes.add("'" + filled + "' is " + name(intent) + " '" + sample + "' and a sample of " + other);
                    }
                }
            }
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    /** Only the fields the interaction model schema defines, so the model builds. */
    @Test
    void theLanguageModelHasOnlySchemaFieldsAndAKnownFallbackSensitivity() {
        Set<String> allowed = Set.of("invocationName", "intents", "types", "modelConfiguration");
        languageModel.fieldNames().forEachRemaining(field -> assertTrue(allowed.contains(field),
                "languageModel." + field + " is not in the interaction model schema"));
        JsonNode configuration = languageModel.path("modelConfiguration");
        if (!configuration.isMissingNode()) {
            configuration.fieldNames().forEachRemaining(field -> assertEquals("fallbackIntentSensitivity", field,
                    "modelConfiguration." + field + " is not in the interaction model schema"));
            JsonNode sensitivity = configuration.path("fallbackIntentSensitivity");
            sensitivity.fieldNames().forEachRemaining(field -> assertEquals("level", field,
                    "fallbackIntentSensitivity." + field + " is not in the interaction model schema"));
            assertTrue(Set.of("LOW", "MEDIUM", "HIGH").contains(sensitivity.path("level").asText()),
                    "fallbackIntentSensitivity.level is LOW, MEDIUM or HIGH, not '" + sensitivity.path("level") + "'");
        }
    }

    @Test
    void everySlotInASampleIsDeclaredAndEveryDeclaredSlotIsUsed() {
        for (JsonNode intent : intents()) {
            Set<String> declared = new TreeSet<>();
            intent.path("slots").forEach(slot -> assertTrue(declared.add(slot.path("name").asText()),
                    name(intent) + " declares " + slot.path("name").asText() + " twice"));
            Set<String> used = new TreeSet<>();
            for (String sample : samples(intent)) {
                Matcher m = SLOT_REFERENCE.matcher(sample);
                while (m.find()) {
                    assertTrue(declared.contains(m.group(1)),
                            name(intent) + ": '" + sample + "' uses {" + m.group(1) + "}, which is not declared");
                    used.add(m.group(1));
                }
            }
            assertEquals(declared, used, name(intent) + ": a declared slot that no sample fills can never be heard");
        }
    }

    @Test
    void everySlotTypeExistsOrIsBuiltIn() {
        Set<String> types = customTypeNames();
        for (JsonNode intent : intents()) {
            for (JsonNode slot : intent.path("slots")) {
                String type = slot.path("type").asText("");
                assertTrue(type.startsWith("AMAZON.") || types.contains(type),
                        name(intent) + "." + slot.path("name").asText() + " has unknown type '" + type + "'");
            }
        }
    }

    @Test
    void everySlotValueHasAnIdUniqueInItsType() {
        for (JsonNode type : languageModel.path("types")) {
            Set<String> ids = new TreeSet<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText("");
                assertFalse(id.isBlank(), type.path("name").asText() + ": '" + value.path("name").path("value").asText()
                        + "' has no id");
                assertTrue(ids.add(id), type.path("name").asText() + " repeats the id " + id);
            }
        }
    }

    /** A phrase that names two values would resolve to either; entity resolution must be unambiguous. */
    @Test
    void noPhraseNamesTwoValuesOfOneType() {
        for (JsonNode type : languageModel.path("types")) {
            Map<String, String> phraseToId = new HashMap<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText();
                List<String> phrases = new ArrayList<>();
                phrases.add(value.path("name").path("value").asText());
                value.path("name").path("synonyms").forEach(s -> phrases.add(s.asText()));
                for (String phrase : phrases) {
                    String previous = phraseToId.putIfAbsent(normal(phrase), id);
                    assertTrue(previous == null || previous.equals(id),
                            type.path("name").asText() + ": '" + phrase + "' names both " + previous + " and " + id);
                }
            }
        }
    }

    @Test
    void everyCustomSlotTypeIsUsed() {
        Set<String> used = new TreeSet<>();
        intents().forEach(intent -> intent.path("slots").forEach(slot -> used.add(slot.path("type").asText())));
        for (String type : customTypeNames()) {
            assertTrue(used.contains(type), type + " is declared but no slot uses it");
        }
    }

    /** The skill reads resolved ids as enum constants, so the catalogue and the enums must agree. */
    @Test
    void slotValueIdsAreTheDomainConstants() {
        assertEquals(names(Observation.values()), ids(slotType("DescribeIntent", "observation")));
        assertEquals(names(Observation.values()), ids(slotType("DescribeIntent", "otherObservation")));
        // One more: EITHER, "whichever", leaves the choice to Hip Check (IntentEvents reads it).
        Set<String> stretches = new TreeSet<>(names(Stretch.values()));
        stretches.add("EITHER");
        assertEquals(stretches, ids(slotType("ChooseStretchIntent", "stretch")));
    }

    /** A hold said in words ("half a minute") carries its seconds as the value's id. */
    @Test
    void holdLengthIdsAreSeconds() {
        for (String id : ids(slotType("HoldTimeIntent", "length"))) {
            assertTrue(id.matches("[1-9][0-9]{0,2}"), id);
        }
    }

    @Test
    void theBuiltInsEveryCustomSkillNeedsAreDeclared() {
        Set<String> declared = intents().stream().map(InteractionModelCheckTest::name).collect(Collectors.toSet());
        for (String builtIn : REQUIRED_BUILT_INS) {
            assertTrue(declared.contains(builtIn), builtIn + " is required");
        }
    }

    @Test
    void intentNamesAreUnique() {
        Set<String> seen = new TreeSet<>();
        for (JsonNode intent : intents()) {
            assertTrue(seen.add(name(intent)), name(intent) + " is declared twice");
        }
    }

    // ---- reading the model ----

    private static List<JsonNode> intents() {
        List<JsonNode> all = new ArrayList<>();
        languageModel.path("intents").forEach(all::add);
        assertFalse(all.isEmpty(), "no intents");
        return all;
    }

    private static List<JsonNode> customIntents() {
        return intents().stream().filter(i -> !name(i).startsWith("AMAZON.")).toList();
    }

    private static String name(JsonNode intent) {
        return intent.path("name").asText();
    }

    private static List<String> samples(JsonNode intent) {
        List<String> samples = new ArrayList<>();
        intent.path("samples").forEach(s -> samples.add(s.asText()));
        return samples;
    }

    /** Returns {@code sample} with each custom slot filled by every value and synonym of its type in turn. */
    private static List<String> filledWithEveryPhrase(JsonNode intent, String sample) {
        List<String> filled = new ArrayList<>(List.of(sample));
        for (JsonNode slot : intent.path("slots")) {
            String placeholder = "{" + slot.path("name").asText() + "}";
            List<String> phrases = phrases(slot.path("type").asText());
            if (!sample.contains(placeholder) || phrases.isEmpty()) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (String partial : filled) {
                phrases.forEach(phrase -> next.add(partial.replace(placeholder, phrase)));
            }
            filled = next;
        }
        return filled.stream().filter(f -> !SLOT_REFERENCE.matcher(f).find()).toList();
    }

    /** Returns every value and synonym of the custom type {@code typeName}; none for a built-in type. */
    private static List<String> phrases(String typeName) {
        List<String> phrases = new ArrayList<>();
        for (JsonNode type : languageModel.path("types")) {
            if (type.path("name").asText().equals(typeName)) {
                for (JsonNode value : type.path("values")) {
                    phrases.add(value.path("name").path("value").asText());
                    value.path("name").path("synonyms").forEach(s -> phrases.add(s.asText()));
                }
            }
        }
        return phrases;
    }

    private static Set<String> customTypeNames() {
        Set<String> names = new TreeSet<>();
        languageModel.path("types").forEach(t -> names.add(t.path("name").asText()));
        return names;
    }

    private static String slotType(String intentName, String slotName) {
        for (JsonNode intent : intents()) {
            if (name(intent).equals(intentName)) {
                for (JsonNode slot : intent.path("slots")) {
                    if (slot.path("name").asText().equals(slotName)) {
                        return slot.path("type").asText();
                    }
                }
            }
        }
        throw new AssertionError(intentName + " has no slot " + slotName);
    }

    private static Set<String> ids(String typeName) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode type : languageModel.path("types")) {
            if (type.path("name").asText().equals(typeName)) {
                type.path("values").forEach(v -> ids.add(v.path("id").asText()));
            }
        }
        return ids;
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Stream.of(constants).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Returns a sample as Alexa compares them: lower case, single spaces. */
    private static String normal(String sample) {
        return sample.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The interaction model as the Alexa developer console would judge it, and a little stricter:
 * parsed strictly, an invocation name Alexa accepts, enough varied samples per intent, no
 * utterance claimed twice, slots and slot types that line up. Whether the skill handles every
 * intent is checked next to the code, in {@code alexa.ModelIntentsAreHandledTest}. Every check runs
 * on each locale's model.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.hipcheck.ListingTest#locales")
class InteractionModelCheckTest {
    /** The locale whose model, {@code models/<locale>.json}, every check here runs on. */
    @Parameter
    String locale;
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

    private JsonNode languageModel;

    @BeforeEach
    void readStrictly() throws IOException {
        JsonNode root = STRICT.readTree(Files.readAllBytes(Path.of("models", locale + ".json")));
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
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        literalBy.keySet().forEach(l -> byFirstWord.computeIfAbsent(l.split(" ")[0], w -> new ArrayList<>())
                .add(List.of(l.split(" "))));
        List<String> clashes = new ArrayList<>();
        for (JsonNode intent : intents()) {
            for (String sample : samples(intent)) {
                List<Object> parts = parts(intent, sample);
                if (parts == null) {
                    continue;
                }
                // Only a literal that begins with a word the sample can begin with can be one of its fillings.
                Set<String> firstWords = parts.get(0) instanceof List<?> words ? Set.of((String) words.get(0))
                        : ((Set<?>) parts.get(0)).stream().map(phrase -> ((String) phrase).split(" ")[0])
                                .collect(Collectors.toSet());
                for (String first : firstWords) {
                    for (List<String> literal : byFirstWord.getOrDefault(first, List.of())) {
                        String other = literalBy.get(String.join(" ", literal));
                        if (!other.equals(name(intent)) && fills(parts, 0, literal, 0)) {
                            clashes.add("'" + String.join(" ", literal) + "' is " + name(intent) + " '" + sample
                                    + "' and a sample of " + other);
                        }
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
        // Two more: EITHER, "whichever", leaves the choice to Hip Check, and OTHER, "the other one", asks
        // for the stretch not under way (IntentEvents reads both).
        Set<String> stretches = new TreeSet<>(names(Stretch.values()));
        stretches.add("EITHER");
        stretches.add("OTHER");
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

    private List<JsonNode> intents() {
        List<JsonNode> all = new ArrayList<>();
        languageModel.path("intents").forEach(all::add);
        assertFalse(all.isEmpty(), "no intents");
        return all;
    }

    private List<JsonNode> customIntents() {
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

    /**
     * Returns {@code sample} as its words (a list of words each) and its custom slots (the set of
     * every value and synonym of the slot's type, as words), or null when it has a slot of a built-in
     * type, which no list of phrases fills.
     */
    private List<Object> parts(JsonNode intent, String sample) {
        List<Object> parts = new ArrayList<>();
        Matcher m = SLOT_REFERENCE.matcher(sample);
        int from = 0;
        while (m.find()) {
            addWords(parts, sample.substring(from, m.start()));
            String type = "";
            for (JsonNode slot : intent.path("slots")) {
                if (slot.path("name").asText().equals(m.group(1))) {
                    type = slot.path("type").asText();
                }
            }
            List<String> phrases = phrases(type);
            if (phrases.isEmpty()) {
                return null;
            }
            parts.add(phrases.stream().map(InteractionModelCheckTest::normal).collect(Collectors.toSet()));
            from = m.end();
        }
        addWords(parts, sample.substring(from));
        return parts;
    }

    private static void addWords(List<Object> parts, String text) {
        String words = normal(text);
        if (!words.isEmpty()) {
            parts.add(List.of(words.split(" ")));
        }
    }

    /** Returns whether {@code words} from {@code w} on are {@code parts} from {@code p} on, a slot filled by one of its phrases. */
    private static boolean fills(List<Object> parts, int p, List<String> words, int w) {
        if (p == parts.size()) {
            return w == words.size();
        }
        if (parts.get(p) instanceof List<?> literal) {
            return w + literal.size() <= words.size() && words.subList(w, w + literal.size()).equals(literal)
                    && fills(parts, p + 1, words, w + literal.size());
        }
        Set<?> phrases = (Set<?>) parts.get(p);
        for (int end = w + 1; end <= words.size(); end++) {
            if (phrases.contains(String.join(" ", words.subList(w, end))) && fills(parts, p + 1, words, end)) {
                return true;
            }
        }
        return false;
    }

    /** Returns every value and synonym of the custom type {@code typeName}; none for a built-in type. */
    private List<String> phrases(String typeName) {
        return phrasesByType.computeIfAbsent(typeName, this::readPhrases);
    }

    private final Map<String, List<String>> phrasesByType = new HashMap<>();

    private List<String> readPhrases(String typeName) {
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

    private Set<String> customTypeNames() {
        Set<String> names = new TreeSet<>();
        languageModel.path("types").forEach(t -> names.add(t.path("name").asText()));
        return names;
    }

    private String slotType(String intentName, String slotName) {
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

    private Set<String> ids(String typeName) {
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

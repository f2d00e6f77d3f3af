package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator on small sources written here: what it fills into the skeleton, and each reason it
 * refuses a source, named with the file and line to fix.
 */
class ModelGeneratorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SKELETON = """
            {
              "interactionModel": {
                "languageModel": {
                  "invocationName": "hip check",
                  "intents": [
                    {"name": "ReadyIntent"},
                    {"name": "DoneIntent", "slots": []},
                    {"name": "PainIntent", "slots": [{"name": "where", "type": "BODY_PART"}]},
                    {"name": "AMAZON.StopIntent"}
                  ],
                  "types": [{"name": "BODY_PART"}]
                }
              }
            }
            """;
    private static final String BODY_PART = """
            KNEE: knee
              knee[s]
            BACK: back
              (lower|low) back
            """;

    @Test
    void fillsEachIntentsSamplesAndEachTypesValuesIntoTheSkeleton() throws Exception {
        GeneratedModel model = generate(Map.of(
                "ReadyIntent", "# a comment line\n[i'm] ready  # and a comment after a template\n",
                "DoneIntent", "[i'm] done\n",
                "PainIntent", "my {where} hurts\n"));

        JsonNode languageModel = JSON.readTree(model.json()).path("interactionModel").path("languageModel");
        assertEquals("""
                [{"name":"ReadyIntent","samples":["ready","i'm ready"]},\
                {"name":"DoneIntent","slots":[],"samples":["done","i'm done"]},\
                {"name":"PainIntent","slots":[{"name":"where","type":"BODY_PART"}],"samples":["my {where} hurts"]},\
                {"name":"AMAZON.StopIntent","samples":[]}]""", languageModel.path("intents").toString());
        assertEquals("""
                [{"name":"BODY_PART","values":[\
                {"id":"KNEE","name":{"value":"knee","synonyms":["knees"]}},\
                {"id":"BACK","name":{"value":"back","synonyms":["lower back","low back"]}}]}]""",
                languageModel.path("types").toString());
        assertEquals(5, model.samples());
    }

    @Test
    void writesLowerCaseAndSingleSpacesButKeepsSlotNames() throws Exception {
        String skeleton = SKELETON.replace("\"name\": \"where\"", "\"name\": \"painfulPart\"");

        GeneratedModel model = generate(skeleton, Map.of("ReadyIntent", "  I'm   READY \n", "DoneIntent", "Done",
                "PainIntent", "My {painfulPart}  Hurts"), BODY_PART);

        assertTrue(model.json().contains("\"i'm ready\""), model.json());
        assertTrue(model.json().contains("\"my {painfulPart} hurts\""), model.json());
    }

    @Test
    void aSampleWrittenTwiceInOneIntentIsKeptOnceWhereItFirstAppears() throws Exception {
        GeneratedModel model = generate(Map.of("ReadyIntent", "ready\n[okay] ready\nokay ready\n(go|ready)\n",
                "DoneIntent", "done", "PainIntent", "my {where} hurts"));

        assertEquals("[\"ready\",\"okay ready\",\"go\"]", intent(model, "ReadyIntent").path("samples").toString());
    }

    @Test
    void aSampleTwoIntentsClaimFailsNamingBothIntentsAndTheirLines() {
        ModelException e = assertThrows(ModelException.class, () -> generate(Map.of(
                "ReadyIntent", "ready\n[okay] i'm done\n",
                "DoneIntent", "done\ni'm done\n",
                "PainIntent", "my {where} hurts")));

        assertEquals(List.of("\"i'm done\" is claimed by two intents: ReadyIntent (en/intents/ReadyIntent.txt:2"
                + " \"[okay] i'm done\") and DoneIntent (en/intents/DoneIntent.txt:2 \"i'm done\")"), e.problems());
    }

    @Test
    void aSampleWithASlotItsIntentDoesNotDeclareFails() {
        ModelException e = assertThrows(ModelException.class, () -> generate(Map.of(
                "ReadyIntent", "ready", "DoneIntent", "done for {when}", "PainIntent", "my {were} hurts")));

        assertEquals(List.of(
                "en/intents/DoneIntent.txt:1 \"done for {when}\": gives \"done for {when}\", which uses {when},"
                        + " a slot DoneIntent does not declare in skeleton.json (it declares none)",
                "en/intents/PainIntent.txt:1 \"my {were} hurts\": gives \"my {were} hurts\", which uses {were},"
                        + " a slot PainIntent does not declare in skeleton.json (it declares [where])"),
                e.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hold for 30 seconds", "ready?", "ready!", "stop, it hurts", "hip-flexor test",
        "it's 50/50", "ready & set", "café"})
    void aSampleWithCharactersAlexaRejectsFails(String sample) {
        ModelException e = assertThrows(ModelException.class, () -> generate(Map.of(
                "ReadyIntent", sample, "DoneIntent", "done", "PainIntent", "my {where} hurts")));

        assertEquals(List.of("en/intents/ReadyIntent.txt:1 \"" + sample + "\": gives \"" + sample + "\", with"
                + " characters Alexa rejects in a sample: only letters, spaces, apostrophes, periods and {slots}"
                + " (spell numbers out)"), e.problems());
    }

    @Test
    void apostrophesAndAbbreviationPeriodsAreSamples() throws Exception {
        GeneratedModel model = generate(Map.of("ReadyIntent", "i'm ready at a.m.", "DoneIntent", "done",
                "PainIntent", "my {where} hurts"));

        assertEquals("[\"i'm ready at a.m.\"]", intent(model, "ReadyIntent").path("samples").toString());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        ModelException e = assertThrows(ModelException.class, () -> generate(Map.of(
                "ReadyIntent", "(ready", "DoneIntent", "done 2", "PainIntent", "my {where} hurts",
                "TypoIntent", "hello")));

        assertEquals(List.of(
                "en/intents/TypoIntent.txt: en/skeleton.json has no TypoIntent in its intents (a new one is declared"
                        + " there too)",
                "en/intents/ReadyIntent.txt:1 \"(ready\": column 1: '(' is never closed",
                "en/intents/DoneIntent.txt:1 \"done 2\": gives \"done 2\", with characters Alexa rejects in a"
                        + " sample: only letters, spaces, apostrophes, periods and {slots} (spell numbers out)"),
                e.problems());
        assertTrue(e.getMessage().startsWith("3 problems in the model source:\n  en/intents/TypoIntent.txt"),
                e.getMessage());
    }

    @Test
    void aCustomIntentWithoutSamplesFailsButABuiltInNeedsNone() {
        ModelException e = assertThrows(ModelException.class, () -> generate(Map.of(
                "ReadyIntent", "# only a comment", "PainIntent", "my {where} hurts")));

        assertEquals(List.of("ReadyIntent has no samples: write them in en/intents/ReadyIntent.txt",
                "DoneIntent has no samples: write them in en/intents/DoneIntent.txt"), e.problems());
    }

    @Test
    void theSkeletonHoldsNoSamplesAndDeclaresKnownSlotTypes() {
        String skeleton = SKELETON
                .replace("{\"name\": \"ReadyIntent\"}", "{\"name\": \"ReadyIntent\", \"samples\": [\"ready\"]}")
                .replace("\"type\": \"BODY_PART\"", "\"type\": \"BODYPART\"");

        ModelException e = assertThrows(ModelException.class, () -> generate(skeleton, Map.of(
                "ReadyIntent", "ready", "DoneIntent", "done", "PainIntent", "my {where} hurts"), BODY_PART));

        assertEquals(List.of(
                "en/skeleton.json: ReadyIntent has samples; they belong in intents/ReadyIntent.txt",
                "en/skeleton.json: PainIntent.where has the type \"BODYPART\", neither AMAZON.something nor one of"
                        + " the types"), e.problems());
    }

    @Test
    void slotTypeMistakesNameTheirLines() {
        String types = """
                  stray synonym
                KNEE knee
                KNEE: knee
                BACK: back
                  (lower|low) back
                  knee
                BACK: spine
                HIP: (hip|hips)
                """;

        ModelException e = assertThrows(ModelException.class, () -> generate(SKELETON, Map.of(
                "ReadyIntent", "ready", "DoneIntent", "done", "PainIntent", "my {where} hurts"), types));

        assertEquals(List.of(
                "en/types/BODY_PART.txt:1 \"stray synonym\": a synonym (an indented line) needs a value line,"
                        + " ID: value, above it",
                "en/types/BODY_PART.txt:2 \"KNEE knee\": a value line is ID: value, and its synonyms the indented"
                        + " lines under it",
                "en/types/BODY_PART.txt:7 \"BACK: spine\": BACK is already a value at en/types/BODY_PART.txt:4",
                "en/types/BODY_PART.txt:8 \"HIP: (hip|hips)\": a value is one phrase: put alternatives in its"
                        + " synonyms, the indented lines under it",
                "en/types/BODY_PART.txt:4 \"BACK: back\": BODY_PART: \"knee\" names both KNEE"
                        + " (en/types/BODY_PART.txt:3) and BACK"),
                e.problems());
    }

    @Test
    void aModelOverAnAlexaLimitFailsNamingTheLimit() {
        StringBuilder intents = new StringBuilder();
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < 251; i++) {
            String name = "Intent" + letters(i);
            intents.append(i == 0 ? "" : ",").append("{\"name\": \"").append(name).append("\"}");
            files.put(name, "say " + letters(i).toLowerCase());
        }
        String skeleton = "{\"interactionModel\": {\"languageModel\": {\"invocationName\": \"hip check\","
                + " \"intents\": [" + intents + "], \"types\": []}}}";

        ModelException e = assertThrows(ModelException.class, () -> generate(skeleton, files, ""));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("en-US is over Alexa's limit: intents (built-in ones counted too)"),
                e.problems().get(0));
        assertTrue(e.problems().get(0).contains("251 of      250  (OVER by 1)"), e.problems().get(0));
    }

    @Test
    void anOverlayAddsSamplesSynonymsAndAnInvocationName() throws Exception {
        Map<String, List<SourceLine>> intents = new LinkedHashMap<>();
        intents.put("ReadyIntent", concat(TemplateTest.lines("en/intents/ReadyIntent.txt", "ready"),
                TemplateTest.lines("en-GB/intents/ReadyIntent.txt", "right (then|ready)")));
        intents.put("DoneIntent", TemplateTest.lines("en/intents/DoneIntent.txt", "done"));
        intents.put("PainIntent", TemplateTest.lines("en/intents/PainIntent.txt", "my {where} hurts"));
        Map<String, List<SourceLine>> types = Map.of("BODY_PART", concat(
                TemplateTest.lines("en/types/BODY_PART.txt", BODY_PART),
                TemplateTest.lines("en-GB/types/BODY_PART.txt", "BACK:\n  bum\nKNEE: knee\n  kneecap\nHIP: hip\n")));
        ModelSource source = new ModelSource("en-GB", JSON.readTree(SKELETON), "en/skeleton.json",
                Optional.of(new SourceLine("en-GB/invocation.txt", 1, "Hip  Check UK")), List.of(), intents, types);

        GeneratedModel model = ModelGenerator.generate(source);

        JsonNode languageModel = JSON.readTree(model.json()).path("interactionModel").path("languageModel");
        assertEquals("hip check uk", languageModel.path("invocationName").asText());
        assertEquals("[\"ready\",\"right then\",\"right ready\"]", intent(model, "ReadyIntent").path("samples").toString());
        assertEquals("""
                [{"id":"KNEE","name":{"value":"knee","synonyms":["knees","kneecap"]}},\
                {"id":"BACK","name":{"value":"back","synonyms":["lower back","low back","bum"]}},\
                {"id":"HIP","name":{"value":"hip"}}]""", languageModel.path("types").get(0).path("values").toString());
    }

    @Test
    void anOverlayCannotRenameASharedValue() {
        Map<String, List<SourceLine>> intents = Map.of(
                "ReadyIntent", TemplateTest.lines("en/intents/ReadyIntent.txt", "ready"),
                "DoneIntent", TemplateTest.lines("en/intents/DoneIntent.txt", "done"),
                "PainIntent", TemplateTest.lines("en/intents/PainIntent.txt", "my {where} hurts"));
        Map<String, List<SourceLine>> types = Map.of("BODY_PART", concat(
                TemplateTest.lines("en/types/BODY_PART.txt", BODY_PART),
                TemplateTest.lines("en-GB/types/BODY_PART.txt", "BACK: bottom")));

        ModelException e = assertThrows(ModelException.class, () -> ModelGenerator.generate(new ModelSource("en-GB",
                JSON.readTree(SKELETON), "en/skeleton.json", Optional.empty(), List.of(), intents, types)));

        assertEquals(List.of("en-GB/types/BODY_PART.txt:1 \"BACK: bottom\": BACK is \"back\" in"
                + " en/types/BODY_PART.txt:3; an overlay adds synonyms to a value but does not rename it"),
                e.problems());
    }

    private static GeneratedModel generate(Map<String, String> intents) throws Exception {
        return generate(SKELETON, intents, BODY_PART);
    }

    /** Generates en-US from a skeleton, intent files by intent name and the BODY_PART type's file. */
    private static GeneratedModel generate(String skeleton, Map<String, String> intents, String bodyPart)
            throws Exception {
        Map<String, List<SourceLine>> intentLines = new LinkedHashMap<>();
        intents.forEach((name, text) -> intentLines.put(name, TemplateTest.lines("en/intents/" + name + ".txt", text)));
        Map<String, List<SourceLine>> types = bodyPart.isEmpty() ? Map.of()
                : Map.of("BODY_PART", TemplateTest.lines("en/types/BODY_PART.txt", bodyPart));
        return ModelGenerator.generate(new ModelSource("en-US", JSON.readTree(skeleton), "en/skeleton.json",
                Optional.empty(), List.of(), intentLines, types));
    }

    private static JsonNode intent(GeneratedModel model, String name) throws Exception {
        for (JsonNode intent : JSON.readTree(model.json()).path("interactionModel").path("languageModel")
                .path("intents")) {
            if (intent.path("name").asText().equals(name)) {
                return intent;
            }
        }
        throw new AssertionError("no " + name);
    }

    private static List<SourceLine> concat(List<SourceLine> a, List<SourceLine> b) {
        List<SourceLine> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** Returns a distinct run of letters for {@code n}, since samples may hold no digits. */
    private static String letters(int n) {
        return "" + (char) ('A' + n / 26 / 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }
}

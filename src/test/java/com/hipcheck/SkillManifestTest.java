package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The skill manifest ({@code skill-package/skill.json}) as SMAPI and certification would judge it:
 * strict JSON, only the field names the manifest schema defines, what creating the skill needs, store
 * texts within the developer console's limits, the statement a health skill's description must make,
 * and the endpoint placeholder that {@code bin/skill-package} fills. What the example phrases do when
 * said is checked next to the handler, in {@code alexa.ExamplePhrasesTest}.
 */
class SkillManifestTest {
    static final Path MANIFEST = Path.of("skill-package", "skill.json");
    static final String ENDPOINT_PLACEHOLDER = "arn:aws:lambda:REGION:ACCOUNT:function:NAME:live";
    static final String MEDICAL_STATEMENT = "not a substitute for professional medical advice";
    /** Short enough to read on the skill's card at a glance and to say in one breath. */
    static final int MAX_EXAMPLE_PHRASE_CHARS = 70;

    /**
     * The properties each manifest object may have, from the SMAPI v1 skill manifest schema
     * (SkillManifest, SkillManifestPublishingInformation and its localized form,
     * SkillManifestPrivacyAndCompliance, SkillManifestApis, CustomApis, SkillManifestEndpoint): a
     * misspelt field is not an error there, it is silently missing from the skill.
     */
    static final Map<String, Set<String>> SCHEMA = Map.of(
            "manifest", Set.of("manifestVersion", "publishingInformation", "privacyAndCompliance", "permissions",
                    "events", "apis"),
            "publishingInformation", Set.of("name", "description", "locales", "isAvailableWorldwide",
                    "distributionMode", "gadgetSupport", "testingInstructions", "category", "distributionCountries"),
            "locale", Set.of("name", "smallIconUri", "largeIconUri", "summary", "description", "updatesDescription",
                    "examplePhrases", "keywords"),
            "privacyAndCompliance", Set.of("locales", "allowsPurchases", "usesPersonalInfo", "isChildDirected",
                    "isExportCompliant", "containsAds", "usesHealthInfo"),
            "privacyLocale", Set.of("privacyPolicyUrl", "termsOfUseUrl"),
            "apis", Set.of("custom", "smartHome", "flashBriefing", "video", "alexaForBusiness", "householdList",
                    "music", "health"),
            "custom", Set.of("endpoint", "regions", "interfaces", "tasks", "connections"),
            "endpoint", Set.of("uri", "sslCertificateType"));

    static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static JsonNode manifest;

    @BeforeAll
    static void readStrictly() throws IOException {
        manifest = read(MANIFEST);
    }

    /** Returns the {@code manifest} object of a skill.json, read strictly. */
    static JsonNode read(Path skillJson) throws IOException {
        JsonNode root = STRICT.readTree(Files.readAllBytes(skillJson));
        assertEquals(List.of("manifest"), fieldNames(root), skillJson + " holds one object, manifest");
        return root.path("manifest");
    }

    @Test
    void everyObjectUsesOnlyFieldNamesTheSchemaDefines() {
        assertFields(manifest, "manifest");
        JsonNode publishing = manifest.path("publishingInformation");
        assertFields(publishing, "publishingInformation");
        publishing.path("locales").forEach(locale -> assertFields(locale, "locale"));
        JsonNode privacy = manifest.path("privacyAndCompliance");
        assertFields(privacy, "privacyAndCompliance");
        privacy.path("locales").forEach(locale -> assertFields(locale, "privacyLocale"));
        assertFields(manifest.path("apis"), "apis");
        assertFields(manifest.path("apis").path("custom"), "custom");
        assertFields(manifest.path("apis").path("custom").path("endpoint"), "endpoint");
    }

    @Test
    void hasWhatCreatingACustomSkillNeeds() {
        assertEquals("1.0", manifest.path("manifestVersion").asText());
        assertEquals("Hip Check", locale().path("name").asText());
        assertEquals(List.of("custom"), fieldNames(manifest.path("apis")), "a custom skill and nothing else");
        assertTrue(manifest.path("privacyAndCompliance").isObject(), "privacyAndCompliance");
    }

    @Test
    void itIsPublishedInTheLocalesThereAreModelsFor() throws IOException {
        Set<String> models = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> models.add(n.substring(0, n.length() - ".json".length())));
        }
        assertEquals(models, new TreeSet<>(fieldNames(manifest.path("publishingInformation").path("locales"))));
    }

    /** The limits the developer console enforces on the store listing. */
    @Test
    void storeTextsKeepTheConsoleLimits() {
        JsonNode en = locale();
        assertLength(en.path("name"), 2, 50);
        assertLength(en.path("summary"), 1, 160);
        assertLength(en.path("description"), 1, 4000);
        assertLength(manifest.path("publishingInformation").path("testingInstructions"), 1, 4000);
        List<String> keywords = strings(en.path("keywords"));
        assertTrue(!keywords.isEmpty() && keywords.size() <= 30, keywords.size() + " keywords");
        keywords.forEach(k -> assertTrue(k.equals(k.strip().toLowerCase(Locale.ROOT)) && !k.isBlank(), "'" + k + "'"));
        assertEquals(keywords.size(), new HashSet<>(keywords).size(), "a keyword is repeated");
    }

    /** Amazon requires this statement in the description of a skill that gives health information. */
    @Test
    void descriptionSaysItIsNotASubstituteForProfessionalMedicalAdvice() {
        String description = locale().path("description").asText().toLowerCase(Locale.ROOT);
        assertTrue(description.contains(MEDICAL_STATEMENT), description);
    }

    /** The article's point, in the store: test first, stretch only if tight, stop if it hurts. */
    @Test
    void descriptionTellsHowTheTestWorksAndWhenToStop() {
        String description = locale().path("description").asText();
        for (String point : List.of("only helps when they are actually tight", "edge of a bed", "hug one knee",
                "say \"that hurts\"")) {
            assertTrue(description.contains(point), "the description should say: " + point);
        }
    }

    @Test
    void examplePhrasesAreTheOpeningAndTwoShortOneShots() {
        List<String> phrases = strings(locale().path("examplePhrases"));
        assertEquals(3, phrases.size(), "the store shows three example phrases");
        assertEquals("Alexa, open hip check", phrases.get(0), "the first phrase is the easiest way in");
        for (String phrase : phrases.subList(1, phrases.size())) {
            assertTrue(phrase.startsWith("Alexa, ask hip check "), phrase);
        }
        for (String phrase : phrases) {
            assertTrue(phrase.length() <= MAX_EXAMPLE_PHRASE_CHARS, phrase + " is " + phrase.length() + " characters");
        }
        assertEquals(phrases.size(), new HashSet<>(phrases).size(), "a phrase is repeated");
    }

    @Test
    void distributedInTheUnitedStatesUnderHealthAndFitness() {
        JsonNode publishing = manifest.path("publishingInformation");
        assertFalse(publishing.path("isAvailableWorldwide").asBoolean(true));
        assertEquals(List.of("US"), strings(publishing.path("distributionCountries")));
        assertEquals("PUBLIC", publishing.path("distributionMode").asText());
        // One of the schema's category values; HEALTH_AND_FITNESS is the one for health and fitness skills.
        assertEquals("HEALTH_AND_FITNESS", publishing.path("category").asText());
    }

    /** Nothing is bought, collected, advertised or aimed at children, so no privacy policy URL is needed. */
    @Test
    void privacyAnswersMatchWhatTheSkillDoes() {
        JsonNode privacy = manifest.path("privacyAndCompliance");
        Map<String, Boolean> expected = Map.of("allowsPurchases", false, "usesPersonalInfo", false,
                "isChildDirected", false, "isExportCompliant", true, "containsAds", false);
        expected.forEach((field, value) -> {
            assertTrue(privacy.path(field).isBoolean(), field + " must be true or false, not missing");
            assertEquals(value, privacy.path(field).asBoolean(), field);
        });
    }

    /** Icons and policy URLs are optional until certification; any that are given must be https. */
    @Test
    void everyUrlGivenIsHttps() {
        List<JsonNode> urls = new ArrayList<>();
        manifest.path("publishingInformation").path("locales")
                .forEach(l -> Stream.of("smallIconUri", "largeIconUri").map(l::path).forEach(urls::add));
        manifest.path("privacyAndCompliance").path("locales")
                .forEach(l -> Stream.of("privacyPolicyUrl", "termsOfUseUrl").map(l::path).forEach(urls::add));
        for (JsonNode url : urls) {
            assertTrue(url.isMissingNode() || url.asText().startsWith("https://"), url.toString());
        }
    }

    @Test
    void endpointIsThePlaceholderThatTheScriptFills() throws IOException {
        assertEquals(ENDPOINT_PLACEHOLDER, manifest.path("apis").path("custom").path("endpoint").path("uri").asText());
        String text = Files.readString(MANIFEST);
        assertEquals(text.indexOf(ENDPOINT_PLACEHOLDER), text.lastIndexOf(ENDPOINT_PLACEHOLDER), "one placeholder");
    }

    @Test
    void theSkillPackageHoldsNoCopyOfTheInteractionModel() {
        assertFalse(Files.exists(MANIFEST.resolveSibling("interactionModels")),
                "models/ is the one source; bin/skill-package copies it into the deployable package");
    }

    // ---- reading the manifest ----

    private static JsonNode locale() {
        JsonNode en = manifest.path("publishingInformation").path("locales").path("en-US");
        assertTrue(en.isObject(), "publishingInformation.locales.en-US");
        return en;
    }

    private static void assertFields(JsonNode node, String schema) {
        assertTrue(node.isObject(), schema + " is an object");
        List<String> unknown = fieldNames(node).stream().filter(f -> !SCHEMA.get(schema).contains(f)).toList();
        assertEquals(List.of(), unknown, "fields the schema does not define in " + schema);
    }

    private static void assertLength(JsonNode text, int min, int max) {
        assertTrue(text.isTextual(), "expected text, got " + (text.isMissingNode() ? "nothing" : text));
        int length = text.asText().length();
        assertTrue(length >= min && length <= max, length + " characters, allowed " + min + " to " + max);
        assertEquals(text.asText().strip(), text.asText(), "no stray white space around " + text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "expected a list, got " + (array.isMissingNode() ? "nothing" : array));
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            assertTrue(v.isTextual(), v + " is text");
            values.add(v.asText());
        });
        return values;
    }
}

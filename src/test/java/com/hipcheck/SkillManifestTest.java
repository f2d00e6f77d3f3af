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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The skill manifest ({@code skill-package/skill.json}) as SMAPI and certification would judge it:
 * strict JSON, only the field names the manifest schema defines, what creating the skill needs, store
 * texts within the developer console's limits, the statement a health skill's description must make,
 * the screens declared as rendered, the icons packaged, and the placeholders that
 * {@code bin/skill-package} fills (endpoints, privacy policy URL). What the example phrases do when
 * said is checked next to the handler, in {@code alexa.ExamplePhrasesTest}.
 */
class SkillManifestTest {
    static final Path MANIFEST = Path.of("skill-package", "skill.json");
    static final String ENDPOINT_PLACEHOLDER = "arn:aws:lambda:REGION:ACCOUNT:function:NAME:live";
    static final String PRIVACY_PLACEHOLDER = "PRIVACY_POLICY_URL";
    /** The screens bin/check-screens renders; the manifest's supportedViewports must match them. */
    static final Path RENDERED_VIEWPORTS = Path.of("tools", "apl", "viewports.json");
    static final String MEDICAL_STATEMENT = "not a substitute for professional medical advice";
    /** Short enough to read on the skill's card at a glance and to say in one breath. */
    static final int MAX_EXAMPLE_PHRASE_CHARS = 70;

    /**
     * The properties each manifest object may have, from the SMAPI v1 skill manifest schema
     * (SkillManifest, SkillManifestPublishingInformation and its localized form,
     * SkillManifestPrivacyAndCompliance, SkillManifestApis, CustomApis, SkillManifestEndpoint): a
     * misspelt field is not an error there, it is silently missing from the skill.
     */
    static final Map<String, Set<String>> SCHEMA = Map.ofEntries(
            Map.entry("manifest", Set.of("manifestVersion", "publishingInformation", "privacyAndCompliance", "permissions",
                    "events", "apis")),
            Map.entry("publishingInformation", Set.of("name", "description", "locales", "isAvailableWorldwide",
                    "distributionMode", "gadgetSupport", "testingInstructions", "category", "distributionCountries")),
            Map.entry("locale", Set.of("name", "smallIconUri", "largeIconUri", "summary", "description", "updatesDescription",
                    "examplePhrases", "keywords")),
            Map.entry("privacyAndCompliance", Set.of("locales", "allowsPurchases", "usesPersonalInfo", "isChildDirected",
                    "isExportCompliant", "containsAds", "usesHealthInfo")),
            Map.entry("privacyLocale", Set.of("privacyPolicyUrl", "termsOfUseUrl")),
            Map.entry("apis", Set.of("custom", "smartHome", "flashBriefing", "video", "alexaForBusiness", "householdList",
                    "music", "health")),
            Map.entry("custom", Set.of("endpoint", "regions", "interfaces", "tasks", "connections")),
            Map.entry("endpoint", Set.of("uri", "sslCertificateType")),
            Map.entry("events", Set.of("subscriptions", "publications", "regions", "endpoint")),
            Map.entry("aplInterface", Set.of("type", "supportedViewports")),
            Map.entry("viewport", Set.of("mode", "shape", "minWidth", "maxWidth", "minHeight", "maxHeight")));

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
        assertFields(manifest.path("events"), "events");
        assertFields(manifest.path("events").path("endpoint"), "endpoint");
        JsonNode apl = aplInterface();
        assertFields(apl, "aplInterface");
        apl.path("supportedViewports").forEach(v -> assertFields(v, "viewport"));
    }

    @Test
    void hasWhatCreatingACustomSkillNeeds() {
        assertEquals("1.0", manifest.path("manifestVersion").asText());
        assertEquals("Hip Check", locale("en-US").path("name").asText());
        assertEquals(List.of("custom"), fieldNames(manifest.path("apis")), "a custom skill and nothing else");
        assertTrue(manifest.path("privacyAndCompliance").isObject(), "privacyAndCompliance");
    }

    /**
     * The one permission declared is the one the dialog asks for (the daily stretch reminder, by
     * voice in the session, with the card as the fallback): no other, since Alexa would prompt for
     * it when the skill is enabled, for nothing, and certification rejects that.
     */
    @Test
    void declaresOnlyTheRemindersPermissionItAsksFor() {
        JsonNode permissions = manifest.path("permissions");
        assertEquals(1, permissions.size(), "permissions: " + permissions);
        assertEquals("alexa::alerts:reminders:skill:readwrite", permissions.get(0).path("name").asText());
        assertEquals(List.of("name"), fieldNames(permissions.get(0)));
    }

    @Test
    void itIsPublishedInTheLocalesThereAreModelsFor() throws IOException {
        Set<String> models = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> models.add(n.substring(0, n.length() - ".json".length())));
        }
        assertEquals(models, new TreeSet<>(fieldNames(manifest.path("publishingInformation").path("locales"))));
        assertEquals(models, new TreeSet<>(fieldNames(manifest.path("privacyAndCompliance").path("locales"))));
        assertEquals(models, new TreeSet<>(MARKETS.keySet()));
    }

    /** The limits the developer console enforces on the store listing. */
    @ParameterizedTest
    @MethodSource("locales")
    void storeTextsKeepTheConsoleLimits(String locale) {
        JsonNode en = locale(locale);
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
    @ParameterizedTest
    @MethodSource("locales")
    void descriptionSaysItIsNotASubstituteForProfessionalMedicalAdvice(String locale) {
        String description = locale(locale).path("description").asText().toLowerCase(Locale.ROOT);
        assertTrue(description.contains(MEDICAL_STATEMENT), description);
    }

    /** Amazon asks a health skill to say what to do in an emergency: the number of that market, and no other's. */
    @ParameterizedTest
    @MethodSource("locales")
    void descriptionNamesTheEmergencyNumberOfItsMarket(String locale) {
        String description = locale(locale).path("description").asText();
        String own = MARKETS.get(locale).emergency();
        assertTrue(description.contains(own), locale + " should say: " + own);
        MARKETS.values().stream().map(Market::emergency).filter(other -> !own.contains(other))
                .forEach(other -> assertFalse(description.contains(other), locale + " says another market's " + other));
    }

    /** The article's point, in the store: test first, stretch only if tight, stop if it hurts. */
    @ParameterizedTest
    @MethodSource("locales")
    void descriptionTellsHowTheTestWorksAndWhenToStop(String locale) {
        String description = locale(locale).path("description").asText();
        for (String point : List.of("only helps when they are actually tight", "edge of a bed", "hug one knee",
                "say \"that hurts\"")) {
            assertTrue(description.contains(point), "the description should say: " + point);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void examplePhrasesAreTheOpeningAndTwoShortOneShots(String locale) {
        List<String> phrases = strings(locale(locale).path("examplePhrases"));
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

    /**
     * Each locale's countries (Amazon: en-GB serves the United Kingdom and Ireland, en-AU Australia
     * and New Zealand) and the emergency numbers there, as the listing must name them.
     */
    static final Map<String, Market> MARKETS = Map.of(
            "en-US", new Market(List.of("US"), "call 911"),
            "en-GB", new Market(List.of("GB", "IE"), "call 999 or 112"),
            "en-CA", new Market(List.of("CA"), "call 911"),
            "en-AU", new Market(List.of("AU", "NZ"), "call 000 (111 in New Zealand)"),
            "en-IN", new Market(List.of("IN"), "call 112"));

    /** Where a locale is sold, and how its listing says to call for help. */
    record Market(List<String> countries, String emergency) {}

    @Test
    void distributedInEveryMarketServedUnderHealthAndFitness() {
        JsonNode publishing = manifest.path("publishingInformation");
        assertFalse(publishing.path("isAvailableWorldwide").asBoolean(true));
        Set<String> countries = new TreeSet<>();
        MARKETS.values().forEach(m -> countries.addAll(m.countries()));
        assertEquals(countries, new TreeSet<>(strings(publishing.path("distributionCountries"))));
        assertEquals(countries.size(), publishing.path("distributionCountries").size(), "a country is repeated");
        assertEquals("PUBLIC", publishing.path("distributionMode").asText());
        // One of the schema's category values; HEALTH_AND_FITNESS is the one for health and fitness skills.
        assertEquals("HEALTH_AND_FITNESS", publishing.path("category").asText());
    }

    /**
     * Nothing is bought, advertised or aimed at children; a practice record is kept per user after an
     * explicit yes (docs/privacy.md), so usesPersonalInfo is true and a privacy policy URL is required.
     */
    @Test
    void privacyAnswersMatchWhatTheSkillDoes() {
        JsonNode privacy = manifest.path("privacyAndCompliance");
        Map<String, Boolean> expected = Map.of("allowsPurchases", false, "usesPersonalInfo", true,
                "isChildDirected", false, "isExportCompliant", true, "containsAds", false);
        expected.forEach((field, value) -> {
            assertTrue(privacy.path(field).isBoolean(), field + " must be true or false, not missing");
            assertEquals(value, privacy.path(field).asBoolean(), field);
        });
    }

    /**
     * The policy is hosted wherever the deployer hosts it, so the source holds a placeholder that
     * bin/skill-package replaces (--privacy-url); a term-of-use URL, if ever given, must be https.
     */
    @ParameterizedTest
    @MethodSource("locales")
    void privacyPolicyUrlIsThePlaceholderThatTheScriptFills(String locale) {
        JsonNode en = manifest.path("privacyAndCompliance").path("locales").path(locale);
        assertEquals(PRIVACY_PLACEHOLDER, en.path("privacyPolicyUrl").asText());
        assertTrue(en.path("termsOfUseUrl").isMissingNode() || en.path("termsOfUseUrl").asText().startsWith("https://"));
    }

    /**
     * Icons ship inside the package (the ASK CLI uploads file://assets/... with the manifest, see
     * ask-resources.json) at the sizes the store asks for: 108 and 512 pixels square.
     */
    @ParameterizedTest
    @MethodSource("locales")
    void iconsArePackagedPngsOfTheStoreSizes(String locale) throws IOException {
        for (Map.Entry<String, Integer> icon : Map.of("smallIconUri", 108, "largeIconUri", 512).entrySet()) {
            String uri = locale(locale).path(icon.getKey()).asText();
            assertTrue(uri.startsWith("file://assets/images/") && uri.endsWith(".png"), icon.getKey() + ": " + uri);
            Path file = MANIFEST.resolveSibling(uri.substring("file://".length()));
            assertTrue(Files.isRegularFile(file), uri + " points at no file");
            int[] size = pngSize(file);
            assertEquals(icon.getValue(), size[0], uri + " width");
            assertEquals(icon.getValue(), size[1], uri + " height");
        }
    }

    /** Returns {width, height} from a PNG's header (the IHDR chunk, which the format puts first). */
    static int[] pngSize(Path png) throws IOException {
        byte[] head = new byte[24];
        try (var in = Files.newInputStream(png)) {
            assertEquals(24, in.readNBytes(head, 0, 24), png + " is too short for a PNG");
        }
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            assertEquals(signature[i], head[i], png + " is not a PNG");
        }
        assertEquals("IHDR", new String(head, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
        var buffer = java.nio.ByteBuffer.wrap(head);
        return new int[] {buffer.getInt(16), buffer.getInt(20)};
    }

    /**
     * Alexa lists Alexa.Presentation.APL in a request's supportedInterfaces only for a skill that
     * declares it, so without this no screen would ever appear.
     */
    @Test
    void declaresTheAplInterface() {
        assertEquals("ALEXA_PRESENTATION_APL", aplInterface().path("type").asText());
    }

    /**
     * The declared viewport ranges and the screens bin/check-screens renders (tools/apl/viewports.json,
     * which tools/apl/lib/render.js reads) are the same set: each rendered screen falls in a declared
     * range of its mode and shape, and each declared range holds a rendered screen, so nothing is
     * declared that was never looked at and nothing looked at is left undeclared.
     */
    @Test
    void declaredViewportsAreTheRenderedOnes() throws IOException {
        List<JsonNode> declared = new ArrayList<>();
        aplInterface().path("supportedViewports").forEach(declared::add);
        List<JsonNode> rendered = new ArrayList<>();
        STRICT.readTree(RENDERED_VIEWPORTS.toFile()).path("viewports").forEach(rendered::add);
        assertFalse(rendered.isEmpty(), "no viewports in " + RENDERED_VIEWPORTS);
        for (JsonNode screen : rendered) {
            assertTrue(declared.stream().anyMatch(range -> holds(range, screen)),
                    screen.path("name").asText() + " is rendered but no declared viewport holds it");
        }
        for (JsonNode range : declared) {
            assertTrue(rendered.stream().anyMatch(screen -> holds(range, screen)),
                    range + " is declared but bin/check-screens renders nothing in it");
        }
    }

    /**
     * Amazon's APL guide ("Configure Your Skill with the APL Interface") names these profiles for a
     * skill's supportedViewports: small round hub, medium and large landscape hubs, the extra-large TV.
     */
    @Test
    void declaredViewportsCoverAmazonsRequiredProfiles() {
        List<JsonNode> declared = new ArrayList<>();
        aplInterface().path("supportedViewports").forEach(declared::add);
        List<String> required = List.of("HUB ROUND 100 599 100 599", "HUB RECTANGLE 960 1279 600 959",
                "HUB RECTANGLE 1280 1920 600 1279", "TV RECTANGLE 960 960 540 540");
        List<String> have = declared.stream().map(v -> String.join(" ", v.path("mode").asText(), v.path("shape").asText(),
                v.path("minWidth").asText(), v.path("maxWidth").asText(), v.path("minHeight").asText(),
                v.path("maxHeight").asText())).toList();
        for (String profile : required) {
            assertTrue(have.contains(profile), "missing the required viewport " + profile + " in " + have);
        }
    }

    private static boolean holds(JsonNode range, JsonNode screen) {
        int width = screen.path("width").asInt();
        int height = screen.path("height").asInt();
        return range.path("mode").asText().equals(screen.path("mode").asText())
                && range.path("shape").asText().equals(screen.path("shape").asText())
                && range.path("minWidth").asInt() <= width && width <= range.path("maxWidth").asInt()
                && range.path("minHeight").asInt() <= height && height <= range.path("maxHeight").asInt();
    }

    /**
     * When a user disables the skill, Alexa sends SKILL_DISABLED to the events endpoint (the same
     * alias): the handler deletes what was kept for that user, whose next user id will be new.
     */
    @Test
    void subscribesToSkillDisabledAtTheSameEndpoint() {
        JsonNode events = manifest.path("events");
        List<String> names = new ArrayList<>();
        events.path("subscriptions").forEach(e -> names.add(e.path("eventName").asText()));
        assertEquals(List.of("SKILL_DISABLED"), names);
        assertEquals(ENDPOINT_PLACEHOLDER, events.path("endpoint").path("uri").asText());
    }

    @Test
    void endpointIsThePlaceholderThatTheScriptFills() throws IOException {
        assertEquals(ENDPOINT_PLACEHOLDER, manifest.path("apis").path("custom").path("endpoint").path("uri").asText());
        String text = Files.readString(MANIFEST);
        // Two: the skill's endpoint and the events endpoint, both the same alias.
        assertEquals(2, text.split(java.util.regex.Pattern.quote(ENDPOINT_PLACEHOLDER), -1).length - 1,
                "the placeholder appears only as the two endpoints");
    }

    @Test
    void theSkillPackageHoldsNoCopyOfTheInteractionModel() {
        assertFalse(Files.exists(MANIFEST.resolveSibling("interactionModels")),
                "models/ is the one source; bin/skill-package copies it into the deployable package");
    }

    // ---- reading the manifest ----

    private static JsonNode locale(String locale) {
        JsonNode listing = manifest.path("publishingInformation").path("locales").path(locale);
        assertTrue(listing.isObject(), "publishingInformation.locales." + locale);
        return listing;
    }

    /** The locales Hip Check serves: each has a model, a listing and a privacy policy URL. */
    static Stream<String> locales() {
        return MARKETS.keySet().stream().sorted();
    }

    private static JsonNode aplInterface() {
        JsonNode found = null;
        for (JsonNode i : manifest.path("apis").path("custom").path("interfaces")) {
            if (i.path("type").asText().equals("ALEXA_PRESENTATION_APL")) {
                found = i;
            }
        }
        assertTrue(found != null, "apis.custom.interfaces has no ALEXA_PRESENTATION_APL");
        return found;
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

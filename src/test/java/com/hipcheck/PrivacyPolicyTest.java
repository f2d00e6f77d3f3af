package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.hipcheck.aws.DynamoDbPracticeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy policy ({@code docs/privacy.md}) names exactly what the store writes, and the promises
 * it makes are the ones the template and the listing keep: the table's keys and expiry attribute, the
 * backups, the table retained, the consent question the skill asks.
 */
class PrivacyPolicyTest {
    static final Path POLICY = Path.of("docs", "privacy.md");

    /**
     * Every attribute the practice record's DynamoDB item carries, as the store publishes it;
     * PracticeEndToEndTest holds every item the skill writes to the same set.
     */
    static final Set<String> STORE_ATTRIBUTES = DynamoDbPracticeStore.ATTRIBUTES;

    private static String policy;

    @BeforeAll
    static void read() throws IOException {
        policy = Files.readString(POLICY);
    }

    @Test
    void namesExactlyTheAttributesTheStoreWrites() {
        assertEquals(new TreeSet<>(STORE_ATTRIBUTES), new TreeSet<>(listedAttributes()));
    }

    /** The human-readable table explains each attribute the machine-readable list names. */
    @Test
    void explainsEachAttributeInItsTable() {
        for (String attribute : listedAttributes()) {
            assertTrue(policy.contains("| `" + attribute + "` |"), "the table should explain " + attribute);
        }
    }

    /** The keys and the expiry the policy describes are the table's, as template.yaml defines it. */
    @Test
    void theTemplatesKeysAndExpiryAreNamedInThePolicy() throws IOException {
        JsonNode resources = new YAMLMapper().readTree(Path.of("template.yaml").toFile()).path("Resources");
        JsonNode table = resources.path("HistoryTable").path("Properties");
        List<String> named = listedAttributes();
        table.path("KeySchema").forEach(k -> assertTrue(named.contains(k.path("AttributeName").asText()),
                "key " + k.path("AttributeName").asText()));
        assertTrue(named.contains(table.path("TimeToLiveSpecification").path("AttributeName").asText()), "TTL");
        assertTrue(table.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean());
        assertEquals("Retain", resources.path("HistoryTable").path("DeletionPolicy").asText());
    }

    /** The promises a user or a certification tester can hold the skill to. */
    @Test
    void saysWhatIsKeptForHowLongAndHowToDeleteIt() throws IOException {
        for (String point : List.of("Shall I keep your stretch plan, so next time we can go straight to it?",
                "Only an explicit yes", "a year after your last visit", "35 days", "**retained**",
                "forget me", "disable the skill", "do not sell", "Your time zone", "Your answers to the test")) {
            assertTrue(policy.contains(point), "the policy should say: " + point);
        }
        String instructions = SkillManifestTest.read(SkillManifestTest.MANIFEST).path("publishingInformation")
                .path("testingInstructions").asText();
        assertTrue(instructions.contains("Shall I keep your stretch plan, so next time we can go straight to it?"),
                "the listing and the policy quote the same consent question");
    }

    /** Returns the names in the policy's fenced {@code attributes} block, in order. */
    private static List<String> listedAttributes() {
        Matcher block = Pattern.compile("(?s)```attributes\\n(.*?)```").matcher(policy);
        assertTrue(block.find(), "docs/privacy.md has no ```attributes block");
        List<String> names = new ArrayList<>();
        block.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
        assertEquals(names.size(), new TreeSet<>(names).size(), "an attribute is listed twice");
        return names;
    }
}

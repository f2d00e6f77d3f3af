package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code bin/skill-package} as a deploy runs it and reads what it wrote: the manifest, strict
 * JSON, with both endpoints (the skill's and SKILL_DISABLED's) and the privacy policy URL filled in
 * (or left out), otherwise unchanged, the APL interface kept; the interaction model copied from
 * {@code models/} into the ASK CLI's {@code interactionModels/custom/} folder; documents and icons.
 */
class SkillPackageScriptTest {
    static final String ALIAS_ARN = "arn:aws:lambda:us-east-1:123456789012:function:hip-check-HipCheck-AbC123:live";
    static final String PRIVACY_URL = "https://hip-check.example.com/privacy.html";

    @TempDir
    Path dir;

    /** What one run printed, and how it ended. */
    record Run(int status, String out, String err) {}

    @Test
    void fillsTheEndpointWithTheAliasArnAndChangesNothingElse() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of(), "--out", out.toString(), "--privacy-url", PRIVACY_URL, ALIAS_ARN);

        assertEquals(0, run.status(), run.err());
        ObjectNode expected = template();
        ((ObjectNode) expected.path("apis").path("custom").path("endpoint")).put("uri", ALIAS_ARN);
        ((ObjectNode) expected.path("events").path("endpoint")).put("uri", ALIAS_ARN);
        expected.path("privacyAndCompliance").path("locales")
                .forEach(locale -> ((ObjectNode) locale).put("privacyPolicyUrl", PRIVACY_URL));
        JsonNode written = SkillManifestTest.read(out.resolve("skill.json"));
        assertEquals(expected, written);
        assertEquals("ALEXA_PRESENTATION_APL", written.path("apis").path("custom").path("interfaces").path(0)
                .path("type").asText(), "the screens stay declared");
        assertHoldsTheModelsAsTheyAre(out);
    }

    @Test
    void takesTheArnFromTheEnvironmentToo() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of("SKILL_ENDPOINT_ARN", ALIAS_ARN, "PRIVACY_POLICY_URL", PRIVACY_URL), "--out", out.toString());

        assertEquals(0, run.status(), run.err());
        JsonNode manifest = SkillManifestTest.read(out.resolve("skill.json"));
        assertEquals(ALIAS_ARN, manifest.path("apis").path("custom").path("endpoint").path("uri").asText());
        for (String locale : List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN")) {
            assertEquals(PRIVACY_URL, manifest.path("privacyAndCompliance").path("locales").path(locale)
                    .path("privacyPolicyUrl").asText(), locale);
        }
    }

    /** The skill is created before its Lambda function exists, so the first package has no endpoint. */
    @Test
    void leavesTheEndpointOutWhenAskedTo() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of("SKILL_ENDPOINT_ARN", ALIAS_ARN), "--out", out.toString(), "--no-endpoint");

        assertEquals(0, run.status(), run.err());
        ObjectNode expected = template();
        ((ObjectNode) expected.path("apis").path("custom")).remove("endpoint");
        // Events need an endpoint; without the function there is nothing to send SKILL_DISABLED to.
        expected.remove("events");
        ((ObjectNode) expected.path("privacyAndCompliance")).remove("locales");
        assertEquals(expected, SkillManifestTest.read(out.resolve("skill.json")),
                "only the endpoints and the unfilled privacy URL are left out; the interfaces stay");
        assertHoldsTheModelsAsTheyAre(out);
    }

    /** The bug: a text cut of the endpoint wrote "custom": {, once apis.custom had a second member. */
    @Test
    void writesValidJsonWithTheInterfacesWithAndWithoutAnEndpoint() throws IOException, InterruptedException {
        for (List<String> args : List.of(List.of("--no-endpoint"), List.of("--privacy-url", PRIVACY_URL, ALIAS_ARN))) {
            Path out = dir.resolve("package-" + args.size());
            List<String> all = new ArrayList<>(List.of("--out", out.toString()));
            all.addAll(args);
            assertEquals(0, run(Map.of(), all.toArray(String[]::new)).status(), args.toString());
            JsonNode custom = SkillManifestTest.read(out.resolve("skill.json")).path("apis").path("custom");
            assertTrue(custom.path("interfaces").isArray() && custom.path("interfaces").size() == 1, custom.toString());
        }
    }

    /** Once the function runs, the skill keeps a practice record: no endpoint without the policy URL. */
    @Test
    void refusesAnEndpointWithoutAPrivacyPolicyUrl() throws IOException, InterruptedException {
        Run run = run(Map.of(), "--out", dir.resolve("package").toString(), ALIAS_ARN);

        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--privacy-url"), run.err());
        assertFalse(Files.exists(dir.resolve("package")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/privacy", "example.com/privacy", "PRIVACY_POLICY_URL"})
    void refusesAPrivacyUrlThatIsNotHttps(String url) throws IOException, InterruptedException {
        Run run = run(Map.of(), "--out", dir.resolve("package").toString(), "--privacy-url", url, ALIAS_ARN);

        assertEquals(2, run.status(), run.err());
        assertFalse(Files.exists(dir.resolve("package")));
    }

    @Test
    void shipsTheIconsTheManifestNames() throws IOException, InterruptedException {
        Path out = dir.resolve("pkg");
        assertEquals(0, run(Map.of(), "--out", out.toString(), "--no-endpoint").status());
        JsonNode locale = SkillManifestTest.read(out.resolve("skill.json")).path("publishingInformation")
                .path("locales").path("en-US");
        for (String field : List.of("smallIconUri", "largeIconUri")) {
            String uri = locale.path(field).asText();
            assertTrue(Files.isRegularFile(out.resolve(uri.substring("file://".length()))), uri);
        }
    }

    @Test
    void replacesAnEarlierPackage() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        assertEquals(0, run(Map.of(), "--out", out.toString(), "--no-endpoint").status());
        Files.writeString(out.resolve("interactionModels/custom/xx-XX.json"), "{}");

        assertEquals(0, run(Map.of(), "--out", out.toString(), "--privacy-url", PRIVACY_URL, ALIAS_ARN).status());
        assertFalse(Files.exists(out.resolve("interactionModels/custom/xx-XX.json")), "a stale file survived");
    }

    @Test
    void withoutAnEndpointOrNoEndpointItSaysHowToCallIt() throws IOException, InterruptedException {
        Run run = run(Map.of(), "--out", dir.resolve("package").toString());

        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("usage: bin/skill-package"), run.err());
        assertFalse(Files.exists(dir.resolve("package")));
    }

    /** Alexa must call the alias: SnapStart applies only to published versions, never to $LATEST. */
    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:lambda:us-east-1:123456789012:function:hip-check",
            "arn:aws:lambda:us-east-1:123456789012:function:hip-check:$LATEST",
            "arn:aws:lambda:REGION:ACCOUNT:function:NAME:live", "https://example.com/alexa", "live"})
    void refusesAnythingButALambdaAliasArn(String endpoint) throws IOException, InterruptedException {
        Run run = run(Map.of(), "--out", dir.resolve("package").toString(), endpoint);

        assertEquals(2, run.status(), run.err());
        assertEquals(List.of("bin/skill-package: not a Lambda ARN with an alias (such as ...:function:NAME:live): "
                + endpoint), run.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("package")));
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASkillPackage() throws IOException, InterruptedException {
        Path other = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(other.resolve("todo.txt"), "keep me");

        Run run = run(Map.of(), "--out", other.toString(), "--privacy-url", PRIVACY_URL, ALIAS_ARN);

        assertEquals(1, run.status());
        assertTrue(run.err().contains("is not a skill package"), run.err());
        assertEquals("keep me", Files.readString(other.resolve("todo.txt")));
    }

    /** Returns a copy of the committed manifest, to change as the script should have. */
    private static ObjectNode template() throws IOException {
        return SkillManifestTest.read(SkillManifestTest.MANIFEST).deepCopy();
    }

    @Test
    void shipsEachScreenDocumentAndNothingElseOfTheScreens() throws IOException, InterruptedException {
        Path out = dir.resolve("pkg");
        assertEquals(0, run(Map.of(), "--out", out.toString(), "--no-endpoint").status());

        List<String> shipped;
        try (Stream<Path> files = Files.walk(out.resolve("response/display"))) {
            shipped = files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted().toList();
        }
        List<String> documents;
        try (Stream<Path> files = Files.walk(Path.of("skill-package/response/display"))) {
            documents = files.filter(f -> f.getFileName().toString().equals("document.json"))
                    .map(f -> Path.of("skill-package").relativize(f).toString()).sorted().toList();
        }
        assertFalse(documents.isEmpty(), "no screen documents");
        assertEquals(documents, shipped);
    }

    private static void assertHoldsTheModelsAsTheyAre(Path out) throws IOException {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("models"))) {
            // models/source is what generates the models (bin/model), not part of the package.
            for (Path model : models.filter(m -> m.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Path copy = out.resolve("interactionModels/custom").resolve(model.getFileName());
                assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(copy), copy.toString());
                expected.add(model.getFileName().toString());
            }
        }
        try (Stream<Path> copies = Files.list(out.resolve("interactionModels/custom"))) {
            assertEquals(expected, copies.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "bin/skill-package"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().remove("SKILL_ENDPOINT_ARN");
        builder.environment().remove("PRIVACY_POLICY_URL");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bin/skill-package did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }
}

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
 * Runs {@code bin/skill-package} as a deploy runs it and reads what it wrote: the manifest with the
 * endpoint filled in (or left out), otherwise unchanged, and the interaction model copied from
 * {@code models/} into the ASK CLI's {@code interactionModels/custom/} folder.
 */
class SkillPackageScriptTest {
    static final String ALIAS_ARN = "arn:aws:lambda:us-east-1:123456789012:function:hip-check-HipCheck-AbC123:live";

    @TempDir
    Path dir;

    /** What one run printed, and how it ended. */
    record Run(int status, String out, String err) {}

    @Test
    void fillsTheEndpointWithTheAliasArnAndChangesNothingElse() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of(), "--out", out.toString(), ALIAS_ARN);

        assertEquals(0, run.status(), run.err());
        ObjectNode expected = template();
        ((ObjectNode) expected.path("apis").path("custom").path("endpoint")).put("uri", ALIAS_ARN);
        assertEquals(expected, SkillManifestTest.read(out.resolve("skill.json")));
        assertHoldsTheModelsAsTheyAre(out);
    }

    @Test
    void takesTheArnFromTheEnvironmentToo() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of("SKILL_ENDPOINT_ARN", ALIAS_ARN), "--out", out.toString());

        assertEquals(0, run.status(), run.err());
        JsonNode apis = SkillManifestTest.read(out.resolve("skill.json")).path("apis");
        assertEquals(ALIAS_ARN, apis.path("custom").path("endpoint").path("uri").asText());
    }

    /** The skill is created before its Lambda function exists, so the first package has no endpoint. */
    @Test
    void leavesTheEndpointOutWhenAskedTo() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        Run run = run(Map.of("SKILL_ENDPOINT_ARN", ALIAS_ARN), "--out", out.toString(), "--no-endpoint");

        assertEquals(0, run.status(), run.err());
        ObjectNode expected = template();
        ((ObjectNode) expected.path("apis").path("custom")).remove("endpoint");
        assertEquals(expected, SkillManifestTest.read(out.resolve("skill.json")), "apis.custom is left empty");
        assertHoldsTheModelsAsTheyAre(out);
    }

    @Test
    void replacesAnEarlierPackage() throws IOException, InterruptedException {
        Path out = dir.resolve("package");
        assertEquals(0, run(Map.of(), "--out", out.toString(), "--no-endpoint").status());
        Files.writeString(out.resolve("interactionModels/custom/xx-XX.json"), "{}");

        assertEquals(0, run(Map.of(), "--out", out.toString(), ALIAS_ARN).status());
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

        Run run = run(Map.of(), "--out", other.toString(), ALIAS_ARN);

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
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bin/skill-package did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }
}

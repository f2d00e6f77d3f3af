package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/model on a copy of the project's source: it writes the model, and with --check only judges it. */
class ModelCommandTest {
    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyTheSource() throws IOException {
        Path from = CommittedModelTest.SOURCE;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = project.resolve("models").resolve("source").resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }

    @Test
    void writesTheModelTheProjectCommits() throws IOException {
        assertEquals(0, run());

        assertEquals(Files.readString(Path.of("models", "en-US.json")), model());
        assertTrue(out.toString().startsWith("wrote models/en-US.json: "), out.toString());
        assertTrue(out.toString().contains("intents (built-in ones counted too)"), out.toString());
        assertEquals(0, run());
        assertTrue(out.toString().contains("models/en-US.json is up to date"), out.toString());
    }

    @Test
    void checkPassesOnAnUpToDateModelAndFailsOnAnEditedOneWithoutTouchingIt() throws IOException {
        assertEquals(0, run());
        assertEquals(0, run("--check"));

        Path model = project.resolve("models").resolve("en-US.json");
        String edited = model().replace("\"start the test\"", "\"start the tests\"");
        Files.writeString(model, edited);

        assertEquals(1, run("--check"));
        assertTrue(err.toString().contains("models/en-US.json is not what models/source generates (line "),
                err.toString());
        assertTrue(err.toString().contains("the file has '\"start the tests\",' where the source gives"
                + " '\"start the test\",'): run bin/model"), err.toString());
        assertEquals(edited, model());
    }

    @Test
    void checkFailsWhenTheModelIsMissing() {
        assertEquals(1, run("--check"));
        assertTrue(err.toString().contains("(the file is missing): run bin/model"), err.toString());
    }

    @Test
    void aSourceProblemIsReportedAndNothingIsWritten() throws IOException {
        Files.writeString(project.resolve("models/source/en/intents/ReadyIntent.txt"), "hip-flexor ready\n",
                StandardOpenOption.APPEND);

        assertEquals(1, run());

        assertTrue(err.toString().contains("en/intents/ReadyIntent.txt:"), err.toString());
        assertTrue(err.toString().contains("\"hip-flexor ready\": gives \"hip-flexor ready\", with characters Alexa"
                + " rejects"), err.toString());
        assertTrue(Files.notExists(project.resolve("models").resolve("en-US.json")));
    }

    @Test
    void anUnknownArgumentIsAUsageError() {
        assertEquals(2, run("--fix"));
        assertTrue(err.toString().startsWith("bin/model: unknown argument --fix\nusage: bin/model [--check]"),
                err.toString());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ModelCommand.run(project, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String model() throws IOException {
        return Files.readString(project.resolve("models").resolve("en-US.json"));
    }

}

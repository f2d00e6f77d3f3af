package com.hipcheck.local;

import com.hipcheck.alexa.SkillHarness;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/run --screens DIR}: the console as an Echo Show, each turn's screen written to DIR, buttons touched by name. */
class ConsoleScreensTest {
    /** Tests that draw in Chromium; bin/test leaves them out on a machine without it. */
    static final String CHROMIUM_TAG = "chromium";


    /** Keeps the operator log (the console's note that SKILL_ID is unset) off the test output. */
    @RegisterExtension
    static final SkillHarness QUIET = new SkillHarness();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path NODE_MODULES = Path.of("tools", "apl", "node_modules");
    private static final List<String> STEMS = List.of("01-OFFER_TEST", "02-SETUP_LIE.RIGHT", "03-SETUP_HUG.RIGHT");

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    /** Launch, touch "Start the test", say ready: three turns, three screens. */
    private Run converse(Path screens, String path) throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"), "open hip check\ntouch Start the test\nI'm ready\n");
        return run(path, "--no-history", "--script", script.toString(), "--screens", screens.toString());
    }

    @Test
    void writesEachTurnsDocumentAndDatasourceAndSaysOnceThatPngsAreOffWithoutNode() throws IOException {
        Path screens = dir.resolve("made/for/screens");
        Run run = converse(screens, dir.toString()); // a PATH without node

        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith(NodePngRenderer.UNAVAILABLE)).count(), run.out());
        assertTrue(run.out().contains("node not found on PATH"), run.out());
        assertEquals(List.of("OFFER_TEST", "SETUP_LIE.RIGHT", "SETUP_HUG.RIGHT"), STEMS.stream()
                .map(stem -> datasource(screens, stem).at("/screen/id").asText()).toList());
        for (String stem : STEMS) {
            assertTrue(run.out().contains("  screen: " + screens.resolve(stem + ".datasource.json") + "\n"), run.out());
            assertEquals(prompt(), MAPPER.readTree(screens.resolve(stem + ".document.json").toFile()),
                    "the document as sent, inline");
        }
        assertEquals(List.of("Start the test", "Not now"), labels(datasource(screens, STEMS.get(0))));
        assertTrue(run.out().contains("you: touch Start the test\n  screen: "), "the touch reached the skill: " + run.out());
        assertFalse(run.out().contains("no sample matched"), run.out());
        try (Stream<Path> files = Files.list(screens)) {
            assertEquals(6, files.count(), "JSON only, no PNGs");
        }
    }

    @Test
    @Tag(ConsoleScreensTest.CHROMIUM_TAG)
    void drawsEachTurnsScreenAsA1024x600Png() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Chromium at " + CHROMIUM);
        assumeTrue(Files.isDirectory(NODE_MODULES), "needs tools/apl's npm packages (bin/check-screens installs them)");
        assumeTrue(NodePngRenderer.find(System.getenv("PATH"), "node").isPresent(), "needs node on PATH");
        Path screens = dir.resolve("screens");
        Run run = converse(screens, System.getenv("PATH"));

        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("screens: "), "no notice: " + run.out());
        assertFalse(run.out().contains("not drawn"), run.out());
        for (String stem : STEMS) {
            Path png = screens.resolve(stem + ".png");
            assertTrue(run.out().contains("  screen: " + png + "\n"), run.out());
            assertTrue(Files.isRegularFile(screens.resolve(stem + ".datasource.json")));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1024, image.getWidth(), stem);
            assertEquals(600, image.getHeight(), stem);
        }
    }

    @Test
    void aTouchOfNoButtonOnTheScreenListsTheButtonsAndSendsNothing() throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"),
                "touch Ready\nopen hip check\ntap drops to the bed\nTAP NOT NOW\n");
        Path screens = dir.resolve("screens");
        Run run = run(dir.toString(), "--no-history", "--script", script.toString(), "--screens", screens.toString(),
                "--debug");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("you: touch Ready\n  (no screen to touch: there is none on show)\n"), run.out());
        assertTrue(run.out().contains("you: tap drops to the bed\n"
                + "  (no button \"drops to the bed\" on OFFER_TEST; touch one of: Start the test, Not now)\n"), run.out());
        assertTrue(run.out().contains("  [touched] \"Not now\" sends [word, NO, OFFER_TEST]"), run.out());
        assertTrue(run.out().contains("alexa: No problem."), run.out());
        assertTrue(listing(screens).contains("01-OFFER_TEST.datasource.json"), "what sends nothing is no turn");
        assertFalse(listing(screens).stream().anyMatch(f -> f.startsWith("03-")), listing(screens).toString());
    }

    @Test
    void withoutTheFlagATouchIsJustWordsAndNoScreenIsAsked() throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"), "open hip check\ntouch Start the test\n");
        Run run = run(dir.toString(), "--no-history", "--script", script.toString(), "--debug");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("you: touch Start the test\n  [heard] "), run.out());
        assertFalse(run.out().contains("Alexa.Presentation.APL"), "neither asked nor sent: " + run.out());
        assertFalse(run.out().contains("  screen: "), run.out());
    }

    @Test
    void screensNeedsADirectory() throws IOException {
        assertEquals(2, run(dir.toString(), "--screens").status());
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Run run = run(dir.toString(), "--screens", file.toString());
        assertEquals(1, run.status());
        assertEquals("error: --screens " + file + " is a file, not a directory\n", run.err());
        assertTrue(run(dir.toString(), "--help").out().contains("--screens DIR"));
    }

    private Run run(String path, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Console.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("PATH", path));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode datasource(Path screens, String stem) {
        try {
            return MAPPER.readTree(screens.resolve(stem + ".datasource.json").toFile());
        } catch (IOException e) {
            throw new AssertionError("no datasource for " + stem + " in " + listing(screens), e);
        }
    }

    private static JsonNode prompt() throws IOException {
        return MAPPER.readTree(Path.of("skill-package/response/display/prompt/document.json").toFile());
    }

    private static List<String> labels(JsonNode datasource) {
        return Stream.of(datasource.at("/screen/buttons")).flatMap(a -> a.findValuesAsText("label").stream()).toList();
    }

    private static List<String> listing(Path screens) {
        try (Stream<Path> files = Files.list(screens)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console run as a user runs it: flags, a script or typed lines in, a transcript and an exit status out. */
class ConsoleTest {
    @TempDir
    Path dir;

    /** What one run printed, and how it ended. */
    record Run(int status, String out, String err) {}

    @Test
    void scriptedSessionRunsTheTestAndTheStretchToTheEnd() throws IOException {
        Path script = write("session.txt", """
                # The right thigh stays up, everything else is fine: one tight side, one stretch.
                Alexa, open Hip Check
                yes
                I'm ready
                okay I'm in position
                ready
                it stays up
                nope
                my back is flat

                ready
                it drops all the way
                no
                no
                the edge of table one
                hold for twenty seconds
                ready
                no thanks
                ask hip check should I stretch my hip flexors
                stop
                """);
        Run run = run("--script", script.toString(), "--strict");

        assertEquals(0, run.status(), run.err());
        List<String> said = run.out().lines().filter(l -> l.startsWith("you: ")).toList();
        assertEquals(18, said.size(), "every line but the comment and the blank one is said");
        assertEquals("you: Alexa, open Hip Check", said.get(0));
        assertInOrder(run.out(),
                "alexa: Welcome to Hip Check.",
                "  (if you say nothing: Say yes to start",
                "you: yes", "alexa: Here's how it works.", "Step one.",
                "you: I'm ready", "alexa: Step two.",
                "you: okay I'm in position", "alexa: Step three.",
                "you: it stays up", "alexa: Thigh staying up, noted.",
                "you: my back is flat", "alexa: Back staying flat, noted. That's your right side done.",
                "you: it drops all the way", "alexa: Thigh dropping down, noted.",
                "On your right side, tight hip flexors are likely.",
                "On your left side, your hip flexors look fine",
                "  card: Your Hip Check result",
                "you: the edge of table one", "alexa: Here's the edge-of-table stretch for your right hip. [pause 0.75 s]",
                "you: hold for twenty seconds", "alexa: Okay, I'll time each hold for 20 seconds.",
                "you: ready", "alexa: Hold it there for 20 seconds, and keep breathing. [pause 10 s] Ten more seconds.",
                "One. [pause", "And relax.", "Would you like another round?",
                "you: no thanks", "alexa: Great work today.", "[session ended]",
                "you: ask hip check should I stretch my hip flexors", "alexa: Only if they're genuinely tight.",
                "you: stop", "alexa: Okay, stopping here.", "[session ended]");
        assertFalse(run.out().contains("<break"), "SSML never reaches the transcript");
        assertFalse(run.out().contains("&apos;"), "entities are decoded");
        assertFalse(run.out().contains("no sample matched"));
    }

    @Test
    void strictScriptFailsOnALineThatMatchesNoSample() throws IOException {
        Path script = write("strict.txt", "open hip check\nit purples\nyes\n");
        Run run = run("--script", script.toString(), "--strict");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("you: it purples\n  (no sample matched: Alexa sends AMAZON.FallbackIntent)"),
                run.out());
        assertTrue(run.out().contains("alexa: Sorry, I didn't catch that."), "the line is still sent, as Alexa would");
        assertTrue(run.err().contains("line 2 \"it purples\""), run.err());
        assertEquals(0, run("--script", script.toString()).status(), "without --strict a miss is only shown");
    }

    @Test
    void debugShowsWhatWasHeardAndTheJsonBothWays() throws IOException {
        Path script = write("debug.txt", "open hip check\nyes\nready\nready\nready\nmy leg wiggles\n");
        Run run = run("--script", script.toString(), "--debug");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("  [heard] LaunchRequest"), run.out());
        assertTrue(run.out().contains("  [heard] DescribeIntent observation=\"wiggles\" (sample \"my leg {observation}\")"),
                run.out());
        assertTrue(run.out().contains("\"code\" : \"ER_SUCCESS_NO_MATCH\""), "the request JSON is shown");
        assertTrue(run.out().contains("\"shouldEndSession\" : false"), "the response JSON is shown");
        assertTrue(run.out().contains("\"type\" : \"SessionEndedRequest\""), "leaving an open session ends it");
    }

    @Test
    void typedLinesGetAPromptAndANewSessionAfterOneEnds() {
        Run run = runWithInput("open hip check\nno\nyes\n\n", new String[0]);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Hip Check on this machine."), run.out());
        assertTrue(run.out().contains("> alexa: Welcome to Hip Check."));
        assertTrue(run.out().contains("> alexa: No problem.") && run.out().contains("[session ended]"));
        // After the end, "yes" reaches the skill in a new session, which starts the test from the top.
        assertInOrder(run.out(), "[session ended]", "> alexa: Just so you know", "Step one.");
    }

    @Test
    void speakWithoutEspeakSaysHowToInstallIt() throws IOException {
        Path script = write("speak.txt", "open hip check\n");
        Run run = run(Map.of("PATH", dir.toString()), "--script", script.toString(), "--speak");
        assertEquals(0, run.status());
        assertEquals(1, run.out().lines().filter(l -> l.contains("apt-get install espeak-ng")).count(), run.out());
    }

    @Test
    void badFlagIsAOneLineErrorWithStatusTwo() {
        Run run = run("--loud");
        assertEquals(2, run.status());
        assertEquals("error: unknown option --loud (see --help)\n", run.err());
        assertEquals(2, run("--script").status());
        assertEquals(2, run("--strict").status(), "--strict without --script");
        assertEquals(2, run("serve", "--port", "eighty").status());
    }

    @Test
    void missingOrBrokenModelIsAOneLineErrorWithStatusOne() throws IOException {
        Run missing = run("--model", dir.resolve("nope.json").toString());
        assertEquals(1, missing.status());
        assertEquals("error: model file not found: " + dir.resolve("nope.json") + "\n", missing.err());

        Run broken = run("--model", write("broken.json", "{\"interactionModel\": {").toString());
        assertEquals(1, broken.status());
        assertTrue(broken.err().startsWith("error: model ") && broken.err().contains("is not valid JSON"), broken.err());
        assertEquals(1, broken.err().lines().count());

        Run empty = run("--model", write("empty.json", "{}").toString());
        assertEquals(1, empty.status());
        assertTrue(empty.err().contains("has no interactionModel.languageModel"), empty.err());
    }

    @Test
    void helpListsEveryFlag() {
        Run run = run("--help");
        assertEquals(0, run.status());
        for (String flag : List.of("--script", "--strict", "--debug", "--speak", "--realtime", "--model", "serve",
                "--port", "--bind", "--skill-id")) {
            assertTrue(run.out().contains(flag), flag);
        }
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    private Run run(Map<String, String> env, String... args) {
        return runWithInput("", args, env);
    }

    private Run runWithInput(String input, String[] args) {
        return runWithInput(input, args, Map.of());
    }

    private Run runWithInput(String input, String[] args, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Console.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertInOrder(String text, String... fragments) {
        int from = 0;
        for (String f : fragments) {
            int at = text.indexOf(f, from);
            assertTrue(at >= 0, "expected \"" + f + "\" after position " + from + " in:\n" + text);
            from = at + f.length();
        }
    }
}

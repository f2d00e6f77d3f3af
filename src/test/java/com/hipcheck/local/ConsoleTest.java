package com.hipcheck.local;

import com.hipcheck.alexa.SkillHarness;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console run as a user runs it: flags, a script or typed lines in, a transcript and an exit status out. */
class ConsoleTest {

    /** Keeps the operator log (the console's note that SKILL_ID is unset) off the test output. */
    @RegisterExtension
    static final SkillHarness QUIET = new SkillHarness();
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
                just one round
                ready
                no thanks
                no
                ask hip check should I stretch my hip flexors
                stop
                """);
        Run run = run("--script", script.toString(), "--strict");

        assertEquals(0, run.status(), run.err());
        List<String> said = run.out().lines().filter(l -> l.startsWith("you: ")).toList();
        assertEquals(20, said.size(), "every line but the comment and the blank one is said");
        assertEquals("you: Alexa, open Hip Check", said.get(0));
        assertInOrder(run.out(),
                "alexa: Welcome to Hip Check.",
                "  (if you say nothing: You can also ask whether you should stretch",
                "you: yes", "alexa: Three quick steps", "Step one:",
                "you: I'm ready", "alexa: Step two:",
                "you: okay I'm in position", "alexa: Step three:",
                "you: it stays up", "alexa: Got it: your thigh stays up.",
                "you: my back is flat", "alexa: Okay, your back stays flat. One side done.",
                "you: it drops all the way", "alexa: So your thigh drops.",
                "Your right side looks tight, your left fine.", "On the right, the thigh stayed up.",
                "  card: Your Hip Check result",
                "you: the edge of table one", "alexa: Here's the edge-of-table stretch for your right hip. [pause 0.75 s]",
                "you: hold for twenty seconds", "alexa: Okay, I'll time each hold for 20 seconds.",
                "you: just one round", "alexa: Okay, just one round on each side.",
                "you: ready", "alexa: Hold it there for 20 seconds, and keep breathing. [pause 10 s] Ten more seconds.",
                "One. [pause", "And relax.", "Would you like another round?",
                "you: no thanks", "alexa: Shall I keep your stretch plan, so next time we can go straight to it?",
                "you: no", "alexa: Okay, I won't keep anything. Great work today.", "[session ended]",
                "you: ask hip check should I stretch my hip flexors", "alexa: It's guidance, not a diagnosis. If anything hurts, say so. Only if they're truly tight:",
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
        assertTrue(run.out().contains("  [heard] DescribeIntent legObservation=\"wiggles\" (sample \"my leg {legObservation}\")"),
                run.out());
        assertTrue(run.out().contains("\"code\" : \"ER_SUCCESS_NO_MATCH\""), "the request JSON is shown");
        assertTrue(run.out().contains("\"shouldEndSession\" : false"), "the response JSON is shown");
        assertTrue(run.out().contains("\"type\" : \"SessionEndedRequest\""), "leaving an open session ends it");
    }

    @Test
    void aLocaleIsHeardWithItsOwnModelAndAnsweredInItsOwnWords() throws IOException {
        Path script = write("en-gb.txt", "open hip check\naye\nI'm laid on my back\nmy leg is tingling\n");
        Run run = run("--script", script.toString(), "--strict", "--debug", "--no-history", "--locale", "en-GB");

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("[heard] AMAZON.YesIntent (sample \"aye\")"), run.out());
        assertTrue(run.out().contains("[heard] ReadyIntent (sample \"i'm laid on my back\")"), run.out());
        assertTrue(run.out().contains("\"locale\" : \"en-GB\""), "the request says the locale");
        assertTrue(run.out().contains("checked by a doctor or physiotherapist"), run.out());
    }

    @Test
    void aLocaleWithoutAModelIsHeardAsEnUsAndAnsweredInEnUsWords() throws IOException {
        Path script = write("de.txt", "open hip check\nyes\n");
        Run run = run("--script", script.toString(), "--strict", "--debug", "--no-history", "--locale", "de-DE");

        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("\"locale\" : \"de-DE\""), "the request says the locale");
        assertTrue(run.out().contains("alexa: Welcome to Hip Check."), run.out());
        assertTrue(run.out().contains("Three quick steps"), run.out());
        assertEquals(2, run("--locale", "english").status(), "a locale is written like en-GB");
    }

    @Test
    void typedLinesGetAPromptAndANewSessionAfterOneEnds() {
        Run run = runWithInput("open hip check\nno\nyes\n\n", new String[0]);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Hip Check on this machine."), run.out());
        assertTrue(run.out().contains("> alexa: Welcome to Hip Check."));
        assertTrue(run.out().contains("> alexa: No problem.") && run.out().contains("[session ended]"));
        // After the end, "yes" reaches the skill in a new session, which starts the test from the top.
        assertInOrder(run.out(), "[session ended]", "> alexa: It's guidance, not a diagnosis.", "Step one:");
    }

    @Test
    void realtimeLineTypedDuringAWaitCutsItShortAndGoesToTheSkillInTheSameSession() throws Exception {
        Live console = new Live("--realtime", "--debug");
        console.type("open hip check\nyes\nwait\n");
        console.awaitShown("alexa: (in real time, "); // the thirty-second wait has begun
        console.type("alexa, that hurts\ncontinue\n");
        Run run = console.end();

        assertEquals(0, run.status(), run.err());
        List<JsonNode> sent = debugJson(run.out(), "  [request]");
        List<JsonNode> answered = debugJson(run.out(), "  [response]");
        assertEquals(List.of("LaunchRequest", "AMAZON.YesIntent", "WaitIntent", "PainIntent", "ReadyIntent",
                "SessionEndedRequest"), sent.stream().map(ConsoleTest::requestName).toList(),
                "every line reaches the skill once, in order, the interrupting one straight after the wait");
        String sessionId = sent.get(0).at("/session/sessionId").asText();
        for (JsonNode request : sent.subList(1, sent.size())) {
            assertEquals(sessionId, request.at("/session/sessionId").asText(), "the session goes on");
            assertFalse(request.at("/session/new").asBoolean(), request.toString());
        }

        String shown = withoutDebugJson(run.out());
        List<String> waitCues = cues(answered.get(2));
        assertTrue(waitCues.size() > 1, "the wait says something after its silence: " + waitCues);
        assertInOrder(shown, "alexa: (in real time, ", "  0:00  " + waitCues.get(0) + "\n",
                "  [interrupted]\n> alexa, that hurts\n", "  [heard] PainIntent",
                "alexa: " + speech(answered.get(3)).readable());
        for (String cue : waitCues.subList(1, waitCues.size())) {
            assertFalse(shown.contains(cue), "said after the interruption: " + cue + "\n" + shown);
        }
    }

    @Test
    void realtimeEndOfInputDuringAWaitEndsTheConsoleAtOnce() throws Exception {
        Live console = new Live("--realtime", "--debug");
        console.type("open hip check\nyes\nwait\n");
        console.awaitShown("alexa: (in real time, ");
        Run run = console.end();

        assertEquals(0, run.status(), run.err());
        assertTrue(withoutDebugJson(run.out()).contains("  [interrupted]\n"), run.out());
        List<JsonNode> sent = debugJson(run.out(), "  [request]");
        assertEquals("SessionEndedRequest", requestName(sent.get(sent.size() - 1)), "leaving ends the session");
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

    /** The test with the right side tight, one hold, and a yes to keeping the plan. */
    private static final String KEEP_THE_PLAN = """
            open hip check
            yes
            ready
            ready
            ready
            it stays up
            no
            my back is flat
            ready
            it drops all the way
            no
            no
            the edge of table one
            two rounds
            ready
            ready
            no thanks
            yes keep it
            """;

    @Test
    void aReturningUserADayLaterHearsTheWelcomeBack() throws IOException {
        Path history = dir.resolve("history.json");
        Path today = write("today.txt", KEEP_THE_PLAN);
        Path tomorrow = write("tomorrow.txt", "open hip check\nhow am I doing\nstop\n");

        Run first = run("--script", today.toString(), "--history", history.toString(), "--date", "2026-12-28");
        assertEquals(0, first.status(), first.err());
        assertInOrder(first.out(), "you: yes keep it", "alexa: Done: next time we can go straight to your stretch.");
        assertEquals("[\"2026-12-28\"]", plan(history).path("practisedOn").toString(), "practised on the pretended day");

        Run next = run("--script", tomorrow.toString(), "--history", history.toString(), "--date", "2026-12-29");
        assertEquals(0, next.status(), next.err());
        assertInOrder(next.out(), "you: open hip check",
                "alexa: Welcome back to Hip Check. Ready for your right-hip stretch?",
                "you: how am I doing", "alexa: You've stretched on one day in the last four weeks: yesterday.");
    }

    /** 8:30 pm in Chicago on December 28th: already the 29th in UTC. */
    private static final Clock CHICAGO_EVENING = Clock.fixed(Instant.parse("2026-12-29T02:30:00Z"), ZoneOffset.UTC);

    @Test
    void aZoneMakesAnEveningInChicagoTheRightDay() throws IOException {
        Path script = write("evening.txt", KEEP_THE_PLAN);
        Path inChicago = dir.resolve("chicago.json");
        Path inUtc = dir.resolve("utc.json");

        Run chicago = runAt(CHICAGO_EVENING, "--script", script.toString(), "--history", inChicago.toString(),
                "--zone", "America/Chicago");
        Run utc = runAt(CHICAGO_EVENING, "--script", script.toString(), "--history", inUtc.toString());

        assertEquals(0, chicago.status(), chicago.err());
        assertEquals(0, utc.status(), utc.err());
        assertEquals("2026-12-28", plan(inChicago).path("testedOn").asText(), "the device's day");
        assertEquals("[\"2026-12-28\"]", plan(inChicago).path("practisedOn").toString());
        assertEquals("2026-12-29", plan(inUtc).path("testedOn").asText(), "without a zone, the skill's day is UTC's");
        assertFalse(chicago.out().contains("Alexa's APIs on this machine"), "a script's transcript stays the skill's");
    }

    @Test
    void aDateIsPretendedAtTheTimeOfDayInTheZone() {
        Clock pretended = Console.pretending(CHICAGO_EVENING, LocalDate.of(2027, 1, 15), ZoneId.of("America/Chicago"));
        assertEquals(Instant.parse("2027-01-16T02:30:00Z"), pretended.instant(), "8:30 pm in Chicago on the 15th");
        assertEquals(Instant.parse("2027-01-15T02:30:00Z"),
                Console.pretending(CHICAGO_EVENING, LocalDate.of(2027, 1, 15), null).instant(), "UTC's time of day");
        Clock later = Clock.offset(CHICAGO_EVENING, java.time.Duration.ofMinutes(90));
        assertEquals(java.time.Duration.ofMinutes(90), java.time.Duration.between(pretended.instant(),
                Console.pretending(later, LocalDate.of(2027, 1, 15), ZoneId.of("America/Chicago")).instant()),
                "it runs on as the real clock does");
    }

    @Test
    void aZoneMakesEveryRequestNameTheLocalApi() throws IOException {
        Path script = write("zone.txt", "open hip check\nstop\n");
        Run run = runAt(CHICAGO_EVENING, "--script", script.toString(), "--temp-history", "--zone", "Asia/Tokyo",
                "--no-reminders-permission", "--debug");
        assertEquals(0, run.status(), run.err());
        JsonNode launch = debugJson(run.out(), "  [request]").get(0);
        assertTrue(launch.at("/context/System/apiEndpoint").asText().startsWith("http://127.0.0.1:"), launch.toString());
        assertEquals("local-token", launch.at("/context/System/apiAccessToken").asText());
    }

    @Test
    void withoutThePermissionTheConsolePlaysAlexasVoicePermissionAndSetsTheReminder() throws IOException {
        Path script = write("reminder.txt", "open hip check\nremind me to stretch every day at 7 pm\nyes\ni approve\n"
                + "what reminders do i have\nremind me to stretch every evening\nyes\nno\nstop\n");
        Run run = runAt(CHICAGO_EVENING, "--script", script.toString(), "--no-history", "--zone", "America/Chicago",
                "--no-reminders-permission");
        assertEquals(0, run.status(), run.err());
        assertInOrder(run.out(), "alexa: I can remind you to stretch every day at 7 pm. Shall I set that?",
                "alexa: To set it, Hip Check needs your permission for reminders.",
                "alexa (in Alexa's own words): Do you give Hip Check permission to update your reminders?",
                "(Alexa sends the skill Connections.Response AskFor: ACCEPTED)",
                "alexa: Done: I'll remind you to stretch every day at 7 pm.",
                "alexa: You have a reminder from me every day at 7 pm.");
    }

    /** Trying a daily user over days: the reminder set on one run is Alexa's on the next, beside the history file. */
    @Test
    void remindersLastFromOneRunToTheNextBesideTheHistoryFile() throws IOException {
        Path history = dir.resolve("days.json");
        Run first = runAt(CHICAGO_EVENING, "--script", write("day1.txt", "open hip check\n"
                + "remind me to stretch every day at 7 pm\nyes\nstop\n").toString(), "--history", history.toString(),
                "--zone", "America/Chicago");
        assertEquals(0, first.status(), first.err());
        assertInOrder(first.out(), "alexa: Done: I'll remind you to stretch every day at 7 pm.");
        Path kept = history.resolveSibling("days.json.reminders.json");
        assertTrue(Files.readString(kept).contains("FREQ=DAILY;BYHOUR=19;BYMINUTE=0"), Files.readString(kept));

        Run next = runAt(CHICAGO_EVENING, "--script", write("day2.txt", "open hip check\nchange my reminder to 8 pm\n"
                + "yes\nwhat reminders do i have\nremind me to stretch every day at 6 pm\nyes\n"
                + "what reminders do i have\nstop\n").toString(), "--history", history.toString(), "--zone",
                "America/Chicago", "--date", "2026-12-08");
        assertEquals(0, next.status(), next.err());
        assertInOrder(next.out(), "alexa: Done: your reminder is now every day at 8 pm.",
                "alexa: You have a reminder from me every day at 8 pm.",
                "alexa: Done: I'll remind you to stretch every day at 6 pm.",
                "alexa: You have a reminder from me every day at 6 pm.");
        assertTrue(Files.readString(kept).contains("BYHOUR=18"), "moved, never doubled: " + Files.readString(kept));
    }

    @Test
    void aWrongDateOrZoneIsAUsageError() {
        assertEquals("error: --date needs a day as 2026-12-28, not 28/12/2026 (see --help)\n",
                run("--date", "28/12/2026").err());
        assertEquals("error: --zone needs a time zone such as America/Chicago, not Mars/Olympus (see --help)\n",
                run("--zone", "Mars/Olympus").err());
        assertEquals(2, run("--no-reminders-permission").status(), "only with --zone");
        assertEquals(2, run("--date").status());
    }

    @Test
    void helpListsEveryFlag() {
        Run run = run("--help");
        assertEquals(0, run.status());
        for (String flag : List.of("--script", "--strict", "--debug", "--speak", "--realtime", "--model", "serve",
                "--port", "--bind", "--skill-id", "--history", "--temp-history", "--no-history", "--screens", "--date",
                "--zone", "--no-reminders-permission")) {
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
        return runWithInput(input, args, env, Clock.systemUTC());
    }

    private Run runAt(Clock now, String... args) {
        return runWithInput("", args, Map.of(), now);
    }

    /** Returns the account's kept plan in the console's history file. */
    private static JsonNode plan(Path history) throws IOException {
        JsonNode plan = new ObjectMapper().readTree(history.toFile()).path("users").path(Console.LOCAL_USER).path("plan");
        assertTrue(plan.isObject(), "a plan is kept in " + history);
        return plan;
    }

    private Run runWithInput(String input, String[] args, Map<String, String> env, Clock now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Console.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, now);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A console run on a thread of its own, typed into as a user types, line by line, while it talks. */
    private static final class Live {
        private final PipedOutputStream keyboard = new PipedOutputStream();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> status;

        Live(String... args) throws IOException {
            PipedInputStream in = new PipedInputStream(keyboard);
            PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            status = CompletableFuture.supplyAsync(() -> Console.run(args, in, outStream, errStream, Map.of()));
        }

        void type(String text) throws IOException {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        void awaitShown(String fragment) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!out.toString(StandardCharsets.UTF_8).contains(fragment)) {
                assertTrue(System.nanoTime() < deadline, "never shown: " + fragment + "\n" + out);
                Thread.sleep(5);
            }
        }

        /** Ends the input, as Ctrl-D does, and returns the run once the console is done: well before any hold ends. */
        Run end() throws Exception {
            keyboard.close();
            int code = status.get(10, TimeUnit.SECONDS);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Returns the JSON shown under --debug after each {@code label} line, in order. */
    private static List<JsonNode> debugJson(String transcript, String label) {
        List<JsonNode> found = new ArrayList<>();
        List<String> lines = transcript.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(label)) {
                StringBuilder json = new StringBuilder();
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("    "); j++) {
                    json.append(lines.get(j)).append('\n');
                }
                try {
                    found.add(new ObjectMapper().readTree(json.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return found;
    }

    /** Returns the transcript without the JSON that --debug shows, which holds every word of every response. */
    private static String withoutDebugJson(String transcript) {
        return transcript.lines().filter(l -> !l.startsWith("    ")).map(l -> l + "\n")
                .reduce("", String::concat);
    }

    private static String requestName(JsonNode envelope) {
        JsonNode request = envelope.path("request");
        return request.path("intent").path("name").asText(request.path("type").asText());
    }

    private static Speech speech(JsonNode response) {
        return Speech.fromSsml(response.at("/response/outputSpeech/ssml").asText());
    }

    /** Returns the runs of words in a response, which a real-time playback prints one a line. */
    private static List<String> cues(JsonNode response) {
        return speech(response).segments().stream()
                .filter(s -> s instanceof Speech.Words).map(s -> ((Speech.Words) s).text()).toList();
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

package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.dialog.Plan;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Random conversations, ten thousand a run, through the real Lambda handler: whatever the user
 * says and whatever Alexa sends, every response must be one Alexa accepts, no error may reach the
 * user, and no state may be a dead end.
 *
 * <p>Each session is drawn from its own seed. A failure names the seed and lists the requests;
 * {@code mvn test -Dtest='DialogFuzzTest#<method>' -Dfuzz.seed=<seed>} replays that one session and
 * prints it turn by turn. {@code -Dfuzz.base=<n>} draws a different ten thousand and
 * {@code -Dfuzz.sessions=<n>} changes how many.
 */
class DialogFuzzTest {
    private static final String SKILL_ID = GoldenConversationTest.SKILL_ID;
    private static final long BASE_SEED = Long.getLong("fuzz.base", 1_000_000L);
    private static final int SESSIONS = Integer.getInteger("fuzz.sessions", 10_000);
    private static final String REPLAY_SEED = System.getProperty("fuzz.seed");

    static final int MAX_REQUESTS = 20;
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    /** A cooperative user finishes from any state within this many turns (a full test is about 15). */
    static final int FINISH_WITHIN = 30;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void captureLog() {
        OpsLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        OpsLog.redirect(System.out);
    }

    @Test
    void randomConversationsGetValidAnswersAndNeverGetStuck() throws IOException {
        run("randomConversationsGetValidAnswersAndNeverGetStuck", false);
    }

    /**
     * Starts sessions from random states that the session codec accepts, not only the ones a
     * conversation reaches: the codec promises that whatever it accepts is sound.
     */
    @Test
    void everyAcceptedStateGetsValidAnswersAndLeadsSomewhere() throws IOException {
        run("everyAcceptedStateGetsValidAnswersAndLeadsSomewhere", true);
    }

    private void run(String method, boolean warped) throws IOException {
        Fuzzer fuzzer = new Fuzzer(method, warped, log);
        if (REPLAY_SEED != null) {
            fuzzer.session(Long.parseLong(REPLAY_SEED.strip()), true);
            fuzzer.failIfViolations();
            return;
        }
        long start = System.nanoTime();
        long base = warped ? BASE_SEED + 500_000_000L : BASE_SEED;
        int sessions = SESSIONS;
        for (int i = 0; i < sessions; i++) {
            fuzzer.session(base + i, false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "DialogFuzz %s: %d sessions, %d turns, %d liveness probes over %d states,"
                        + " %d phase/request pairs, %.1f s (seeds %d..%d)%n",
                warped ? "accepted states" : "conversations", sessions, fuzzer.turns, fuzzer.probeTurns,
                fuzzer.livenessChecked.size(), fuzzer.phaseRequestPairs.size(), seconds, base, base + sessions - 1);
        fuzzer.failIfViolations();
        if (sessions >= 1000) {
            fuzzer.assertCoverage();
        }
    }

    /** A broken rule, with enough to tell one kind of failure from another. */
    static final class Violation extends AssertionError {
        final String kind;

        Violation(String kind, String detail) {
            super(kind + ": " + detail);
            this.kind = kind;
        }
    }

    /** The first session that broke one kind of rule, and how many did. */
    private static final class Failure {
        final String report;
        int count = 1;

        Failure(String report) {
            this.report = report;
        }
    }

    /** Plays Alexa and a user, session after session, and checks every response on the way. */
    private static final class Fuzzer {
        private static final Pattern CODE_LEAK = Pattern.compile(
                "\\b(?:java|javax|jdk|com|org)\\.[a-z]|Exception|\\bat [a-z]+\\.[a-z]|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"
                        + "|[A-Za-z]\\[|@[0-9a-f]{4,}|\\.java\\b|\\bnull\\b");
        private static final List<String> SPEAKING_TYPES = List.of("LaunchRequest", "IntentRequest",
                "Alexa.Presentation.APL.UserEvent", "Connections.Response");
        private static final List<String> SILENT_PREFIXES = List.of("SessionEndedRequest", "AudioPlayer.",
                "PlaybackController.", "System.", "CanFulfillIntentRequest");
        private static final List<String> ENDING_INTENTS = List.of("AMAZON.StopIntent", "AMAZON.CancelIntent");
        private static final List<String> OTHER_TYPES = List.of("CanFulfillIntentRequest",
                "Alexa.Presentation.APL.UserEvent", "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackNearlyFinished",
                "PlaybackController.NextCommandIssued", "System.ExceptionEncountered", "Connections.Response",
                "Some.Future.RequestType");
        private static final List<String> UNKNOWN_INTENTS = List.of("SomethingElseIntent", "AMAZON.NextIntent",
                "AMAZON.ScrollDownIntent", "");
        private static final List<String> OUTSIDE_WORDS = List.of("purple", "sideways maybe", "", "   ", "null",
                "{observation}", "<break time=\"60s\"/>", "& < > \" '", "$100", "it stays up and it drops",
                "la ".repeat(200), "THIGH", "edge");
        private static final List<String> NUMBERS_OUT = List.of("0", "1", "19", "31", "45", "100", "9999", "10000",
                "-20", "99999999999999999999");
        private static final List<String> NUMBERS_GARBAGE = List.of("?", "twenty", "2.5", "", " 25 ", "٢٥", "２５",
                "1e2", "0025", "0x1A", "+25", "25,000", "25 seconds");
        private static final List<String> LOCALES = List.of("en-GB", "de-DE", "xx", "");

        private final String method;
        private final boolean warped;
        private final ByteArrayOutputStream log;
        private final ObjectMapper mapper = new ObjectMapper();
        private final InteractionModel model;
        private final RequestFactory requests;
        private final HipCheckStreamHandler handler = new HipCheckStreamHandler();
        private final LocalSession prober;
        private final SessionCodec codec = new SessionCodec();
        private final List<String> intentNames;
        private final String errorWords;
        private final String restartWords;

        private final Set<String> validSsml = new HashSet<>();
        final Set<String> livenessChecked = new HashSet<>();
        private final Set<String> finishes = new HashSet<>();
        private final Map<String, Failure> failures = new LinkedHashMap<>();
        long turns;
        long probeTurns;
        /** What the walks reached: phases, and which request each phase received. */
        final Set<String> phasesReached = new HashSet<>();
        final Set<String> requestsSent = new HashSet<>();
        final Set<String> phaseRequestPairs = new HashSet<>();

        Fuzzer(String method, boolean warped, ByteArrayOutputStream log) throws IOException {
            this.method = method;
            this.warped = warped;
            this.log = log;
            this.model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
            this.requests = new RequestFactory(model, SKILL_ID, "en-US", Clock.systemUTC());
            this.prober = new LocalSession(handler, SKILL_ID);
            this.intentNames = model.intents().keySet().stream().sorted().toList();
            Phrasebook phrasebook = Phrasebook.forLocale("en-US");
            this.errorWords = lower(phrasebook.text(Msg.ERROR_SORRY));
            this.restartWords = lower(phrasebook.text(Msg.RESTARTED));
        }

        /** What happened in one session so far, for the failure report. */
        private final class Trail {
            final long seed;
            final List<String> steps = new ArrayList<>();

            Trail(long seed) {
                this.seed = seed;
            }

            String report(Violation v, JsonNode request, JsonNode response) {
                StringBuilder b = new StringBuilder(2048);
                b.append(v.kind).append("\n  seed ").append(seed)
                        .append(warped ? " (starts from a random accepted state)" : "")
                        .append("; replay: mvn test -Dtest='DialogFuzzTest#").append(method).append("' -Dfuzz.seed=")
                        .append(seed).append('\n');
                for (int i = 0; i < steps.size(); i++) {
                    b.append(String.format(Locale.ROOT, "  %3d. %s%n", i + 1, steps.get(i)));
                }
                b.append("  ").append(v.getMessage().replace("\n", "\n  ")).append('\n');
                if (request != null) {
                    b.append("  request:  ").append(request).append('\n');
                }
                if (response != null) {
                    String r = response.toString();
                    b.append("  response: ").append(r.length() > 4000 ? r.substring(0, 4000) + "..." : r).append('\n');
                }
                return b.toString();
            }
        }

        /** Fails when the walks missed a phase or a kind of request: the fuzz would test less than it claims. */
        void assertCoverage() {
            List<String> missing = new ArrayList<>();
            for (Phase p : Phase.values()) {
                if (!phasesReached.contains(p.name())) {
                    missing.add("phase " + p);
                }
            }
            List<String> expected = new ArrayList<>(List.of("LaunchRequest", "SessionEndedRequest"));
            OTHER_TYPES.forEach(expected::add);
            intentNames.forEach(name -> expected.add("IntentRequest " + name));
            UNKNOWN_INTENTS.forEach(name -> expected.add(("IntentRequest " + name).strip()));
            for (String request : expected) {
                if (!requestsSent.contains(request)) {
                    missing.add(request);
                }
            }
            if (!missing.isEmpty()) {
                throw new AssertionError("the fuzz never reached: " + missing);
            }
        }

        void failIfViolations() {
            if (failures.isEmpty()) {
                return;
            }
            StringBuilder b = new StringBuilder();
            b.append(failures.size()).append(" kind(s) of violation:\n");
            failures.forEach((kind, f) -> b.append("\n[").append(f.count).append(" session(s)] ").append(f.report));
            throw new AssertionError(b.toString());
        }

        // ---- one session ----

        void session(long seed, boolean verbose) {
            Random random = new Random(seed);
            Trail trail = new Trail(seed);
            LocalSession session = new LocalSession(handler, SKILL_ID);
            double cooperation = random.nextDouble();
            int length = 1 + random.nextInt(MAX_REQUESTS);
            JsonNode attributes = null;
            ObjectNode request = null;
            JsonNode response = null;
            try {
                for (int turn = 0; turn < length; turn++) {
                    JsonNode override = null;
                    if (turn == 0) {
                        request = warped || random.nextInt(100) < 70 ? requests.launch() : anything(random);
                    } else if (!session.isOpen()) {
                        attributes = null;
                        request = random.nextBoolean() ? requests.launch() : anything(random);
                    } else {
                        if (warped && turn == 1) {
                            override = mapper.valueToTree(codec.encode(randomState(random)));
                            attributes = override;
                        }
                        request = random.nextDouble() < cooperation ? cooperative(random, phase(attributes))
                                : anything(random);
                    }
                    String step = (override == null ? "" : "[session attributes replaced by " + override + "] ")
                            + label(request);
                    String what = request.path("type").asText() + (request.path("type").asText().equals("IntentRequest")
                            ? " " + request.path("intent").path("name").asText("") : "");
                    requestsSent.add(what.strip());
                    phaseRequestPairs.add(phase(attributes) + " " + what.strip());
                    trail.steps.add(step);
                    session.overrideNextAttributes(override);
                    ObjectNode sent = request;
                    response = send(() -> session.send(sent));
                    turns++;
                    check(request, response);
                    boolean open = isOpen(response);
                    if (verbose) {
                        System.out.printf("%3d. %s%n     -> %s%s%n", trail.steps.size(), step,
                                open ? "[open " + phase(response.path("sessionAttributes")) + "] " : "[ended] ",
                                speech(response));
                    }
                    if (open && session.isOpen()) {
                        attributes = response.path("sessionAttributes");
                        phasesReached.add(phase(attributes));
                        checkLiveness(attributes, trail);
                    } else {
                        attributes = null;
                    }
                }
            } catch (Violation v) {
                record(v, trail.report(v, request, response));
            }
        }

        private void record(Violation v, String report) {
            Failure f = failures.get(v.kind);
            if (f == null) {
                failures.put(v.kind, new Failure(report));
            } else {
                f.count++;
            }
        }

        // ---- sending and checking ----

        interface Call {
            JsonNode send() throws IOException;
        }

        private JsonNode send(Call call) {
            log.reset();
            JsonNode response;
            try {
                response = call.send();
            } catch (IOException | RuntimeException | StackOverflowError e) {
                throw new Violation("exception escaped the handler", e.toString());
            }
            checkLog();
            return response;
        }

        private void checkLog() {
            String logged = log.toString(StandardCharsets.UTF_8);
            if (logged.isEmpty()) {
                return;
            }
            for (String line : logged.split("\n")) {
                JsonNode json;
                try {
                    json = mapper.readTree(line);
                } catch (IOException e) {
                    throw new Violation("operator log line is not JSON", line);
                }
                String kind = json.path("kind").asText("");
                if (kind.equals("handler_error")) {
                    throw new Violation("a handler threw (the error handler answered)", line);
                }
                if (kind.equals("session_unreadable")) {
                    throw new Violation("the skill could not read the session it wrote", line);
                }
            }
        }

        /** Checks one response against every rule that holds whatever was asked. */
        private void check(JsonNode request, JsonNode envelope) {
            String type = request.path("type").asText();
            JsonNode response = envelope.path("response");
            if (envelope.isEmpty() || !response.isObject()) {
                throw new Violation("no response envelope", String.valueOf(envelope));
            }
            int bytes;
            try {
                bytes = mapper.writeValueAsBytes(envelope).length;
            } catch (IOException e) {
                throw new Violation("response cannot be written", e.toString());
            }
            if (bytes >= MAX_RESPONSE_BYTES) {
                throw new Violation("response over 24 KB", bytes + " bytes");
            }
            boolean speaks = response.has("outputSpeech");
            boolean mustSpeak = SPEAKING_TYPES.contains(type);
            boolean mustNotSpeak = SILENT_PREFIXES.stream().anyMatch(type::startsWith);
            if (mustSpeak && !speaks) {
                throw new Violation("no speech for a " + type, "");
            }
            if (mustNotSpeak && (speaks || response.has("reprompt") || response.has("card"))) {
                throw new Violation("speech for a " + type + ", which may not speak", "");
            }
            if (type.equals("CanFulfillIntentRequest")
                    && !response.path("canFulfillIntent").path("canFulfill").isTextual()) {
                throw new Violation("CanFulfillIntentRequest without a canFulfillIntent answer", "");
            }
            boolean open = isOpen(envelope);
            if (open && !response.path("reprompt").path("outputSpeech").path("ssml").isTextual()) {
                throw new Violation("session stays open without a reprompt", "");
            }
            if (speaks) {
                String ssml = response.path("outputSpeech").path("ssml").asText("");
                if (!"SSML".equals(response.path("outputSpeech").path("type").asText())) {
                    throw new Violation("speech is not SSML", response.path("outputSpeech").toString());
                }
                checkSsml(ssml, "speech");
                if (open) {
                    String reprompt = response.path("reprompt").path("outputSpeech").path("ssml").asText("");
                    if (reprompt.isBlank()) {
                        throw new Violation("session stays open without a reprompt", "");
                    }
                    checkSsml(reprompt, "reprompt");
                }
                String words = lower(ResponseChecks.plain(ssml));
                if (words.contains(errorWords) || words.contains("something went wrong")) {
                    throw new Violation("the error handler answered", ResponseChecks.plain(ssml));
                }
                if (words.contains(restartWords) || words.contains("lost track")) {
                    throw new Violation("lost track of the session it wrote", ResponseChecks.plain(ssml));
                }
            }
            if (response.has("card")) {
                String card = response.path("card").path("title").asText("") + "\n"
                        + response.path("card").path("content").asText("");
                checkWords(card, "card");
            }
            if ("IntentRequest".equals(type)
                    && ENDING_INTENTS.contains(request.path("intent").path("name").asText()) && open) {
                throw new Violation(request.path("intent").path("name").asText() + " left the session open", "");
            }
            if (open) {
                JsonNode attributes = envelope.path("sessionAttributes");
                if (!codec.decode(toMap(attributes)).found().isPresent()) {
                    throw new Violation("open session with attributes the skill cannot read back",
                            attributes.toString());
                }
            }
        }

        private void checkSsml(String ssml, String what) {
            if (validSsml.contains(ssml)) {
                return;
            }
            try {
                ResponseChecks.assertValidSsml(ssml, what);
            } catch (AssertionError e) {
                String message = e.getMessage() == null ? "" : e.getMessage();
                String first = message.split("[:\n]", 3).length > 1 ? message.split("[:\n]", 3)[1].strip() : message;
                throw new Violation("invalid SSML (" + first.replaceAll("[0-9]+", "N") + ")", message);
            }
            checkWords(ResponseChecks.plain(ssml), what);
            validSsml.add(ssml);
        }

        private void checkWords(String text, String what) {
            if (CODE_LEAK.matcher(text).find()) {
                throw new Violation("code, a class name or a constant reached the " + what, text);
            }
            for (String leak : List.of("{", "}", "$")) {
                if (text.contains(leak)) {
                    throw new Violation("'" + leak + "' reached the " + what, text);
                }
            }
        }

        // ---- liveness ----

        /**
         * From this state, Stop ends the session, and a cooperative user carries the conversation
         * to a polite end, every turn on the way changing where it is. Checked once per kind of
         * state (see {@link #stateKey}), from the first session that reaches it.
         */
        private void checkLiveness(JsonNode attributes, Trail trail) {
            DialogState state = decode(attributes);
            if (state == null || !livenessChecked.add(stateKey(state))) {
                return;
            }
            Probes stopProbe = new Probes(trail, attributes);
            ObjectNode stop = requests.intent("AMAZON.StopIntent", Map.of());
            JsonNode stopped = probe(attributes, stop, stopProbe);
            if (isOpen(stopped)) {
                throw stopProbe.violation("AMAZON.StopIntent left the session open", stop, stopped, "");
            }
            Probes probes = new Probes(trail, attributes);
            JsonNode current = attributes;
            DialogState s = state;
            List<String> path = new ArrayList<>();
            for (int i = 0; i < FINISH_WITHIN; i++) {
                String key = stateKey(s);
                if (finishes.contains(key)) {
                    finishes.addAll(path);
                    return;
                }
                path.add(key);
                ObjectNode move = finishingMove(s);
                JsonNode response = probe(current, move, probes);
                if (!isOpen(response)) {
                    finishes.addAll(path);
                    return;
                }
                DialogState next = decode(response.path("sessionAttributes"));
                if (next == null) {
                    throw probes.violation("unreadable state after a cooperative answer", move, response, "");
                }
                if (!moved(s, next)) {
                    throw probes.violation("stuck: a cooperative answer in " + describe(s) + " changes nothing", move,
                            response, "");
                }
                s = next;
                current = response.path("sessionAttributes");
            }
            throw probes.violation("never finishes: " + FINISH_WITHIN
                    + " cooperative answers do not end the conversation", null, null, "");
        }

        /**
         * Sends {@code request} in a copy of the session: an envelope that continues it, with
         * {@code attributes}, while the session itself stays where it was.
         */
        private JsonNode probe(JsonNode attributes, ObjectNode request, Probes probes) {
            ObjectNode envelope = prober.envelope(request);
            ObjectNode session = (ObjectNode) envelope.get("session");
            session.put("new", false);
            session.set("attributes", attributes);
            probes.steps.add(label(request));
            JsonNode response;
            try {
                byte[] body = mapper.writeValueAsBytes(envelope);
                response = send(() -> prober.sendRaw(body));
                probeTurns++;
                check(request, response);
            } catch (Violation v) {
                throw probes.violation(v.kind, request, null, v.getMessage());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return response;
        }

        /** The requests sent in copies of a session from one state, for the failure report. */
        private static final class Probes {
            final Trail trail;
            final JsonNode start;
            final List<String> steps = new ArrayList<>();

            Probes(Trail trail, JsonNode start) {
                this.trail = trail;
                this.start = start;
            }

            Violation violation(String kind, JsonNode request, JsonNode response, String detail) {
                StringBuilder b = new StringBuilder();
                b.append("in a copy of the session after request ").append(trail.steps.size())
                        .append(", with attributes ").append(start).append(", the user said:");
                for (String step : steps) {
                    b.append("\n    ").append(step);
                }
                if (!detail.isEmpty()) {
                    b.append("\n  ").append(detail);
                }
                if (request != null) {
                    b.append("\n  last probe request: ").append(request);
                }
                if (response != null) {
                    b.append("\n  last probe response: ").append(response);
                }
                return new Violation("liveness: " + kind, b.toString());
            }
        }

        /** Returns the answer a user who wants to finish gives: carry on, answer, decline what is offered. */
        private ObjectNode finishingMove(DialogState s) {
            return switch (s.phase()) {
                case OFFER_TEST -> requests.intent("AMAZON.YesIntent", Map.of());
                case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, STRETCH_SETUP ->
                        requests.intent("ReadyIntent", Map.of());
                case ASK -> requests.intent("DescribeIntent", Map.of("observation",
                        switch (s.answers(s.side()).nextQuestion().orElseThrow()) {
                            case THIGH_DROPS -> "drops";
                            case LEG_DRIFTS_OUT -> "stays straight";
                            case BACK_ARCHES -> "stays flat";
                        }));
                case OFFER_STRETCH, RETEST_OFFER, ANOTHER_ROUND -> requests.intent("AMAZON.NoIntent", Map.of());
                case PAUSED -> requests.intent("AMAZON.ResumeIntent", Map.of());
            };
        }

        private static boolean moved(DialogState a, DialogState b) {
            return a.phase() != b.phase() || a.side() != b.side() || !a.answers().equals(b.answers())
                    || !a.plan().stretch().equals(b.plan().stretch()) || a.plan().round() != b.plan().round()
                    || !a.resume().equals(b.resume());
        }

        /**
         * Returns what a state is for liveness: everything that decides what happens next, with
         * answers reduced to which questions are answered and the verdict of a finished side.
         */
        private static String stateKey(DialogState s) {
            Plan plan = s.plan();
            return s.phase() + "|" + s.resume().orElse(null) + "|" + s.side() + "|" + sideKey(s.answers().right())
                    + "|" + sideKey(s.answers().left()) + "|" + plan.stretch().orElse(null) + "|"
                    + (plan.round() == 1 ? "first" : plan.round() == Plan.MAX_ROUNDS ? "last" : "later") + "|"
                    + (plan.hold().seconds() == Hold.MAX_SECONDS ? "" : "hold") + "|" + s.disclaimed() + "|"
                    + s.aside().isPresent();
        }

        private static String sideKey(SideAnswers answers) {
            String answered = answers.asMap().keySet().stream().map(q -> q.name().substring(0, 1)).sorted()
                    .reduce("", String::concat);
            return answers.isComplete()
                    ? com.hipcheck.domain.HipFlexorRule.evaluate(answers).outcome().name() : answered;
        }

        private static String describe(DialogState s) {
            return s.phase() + (s.resume().orElse(null) == null ? "" : " from " + s.resume().orElse(null)) + " on the "
                    + s.side().name().toLowerCase(Locale.ROOT) + " side";
        }

        private DialogState decode(JsonNode attributes) {
            SessionCodec.Decoded decoded = codec.decode(toMap(attributes));
            return decoded.found().isPresent() ? decoded.found().orElse(null) : null;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> toMap(JsonNode attributes) {
            return attributes == null || !attributes.isObject() ? null : mapper.convertValue(attributes, Map.class);
        }

        // ---- what the user says, and what else Alexa sends ----

        /** Returns what a user playing along might say in this phase. */
        private ObjectNode cooperative(Random r, String phase) {
            if (phase == null) {
                return requests.launch();
            }
            return switch (phase) {
                case "OFFER_TEST" -> r.nextBoolean() ? intent("AMAZON.YesIntent") : intent("StartTestIntent");
                case "SETUP_LIE", "SETUP_HUG", "SETUP_HANG", "SWITCH_SIDE" ->
                        r.nextInt(10) == 0 ? intent("WaitIntent") : intent("ReadyIntent");
                case "ASK" -> switch (r.nextInt(5)) {
                    case 0 -> intent("AMAZON.YesIntent");
                    case 1 -> intent("AMAZON.NoIntent");
                    case 2 -> intent("UnsureIntent");
                    case 3 -> requests.intent("DescribeIntent", Map.of("observation", known(r, "OBSERVATION")));
                    default -> requests.intent("DescribeIntent", Map.of("observation", known(r, "OBSERVATION"),
                            "otherObservation", known(r, "OBSERVATION")));
                };
                case "OFFER_STRETCH" -> switch (r.nextInt(10)) {
                    case 0, 1 -> intent("AMAZON.YesIntent");
                    case 2 -> requests.intent("HoldTimeIntent", Map.of("seconds", inRange(r)));
                    default -> requests.intent("ChooseStretchIntent", Map.of("stretch", known(r, "STRETCH")));
                };
                case "RETEST_OFFER" -> r.nextInt(3) == 0 ? intent("AMAZON.NoIntent") : intent("AMAZON.YesIntent");
                case "STRETCH_SETUP" -> switch (r.nextInt(10)) {
                    case 0 -> requests.intent("HoldTimeIntent", Map.of("seconds", inRange(r)));
                    case 1 -> requests.intent("ChooseStretchIntent", Map.of("stretch", known(r, "STRETCH")));
                    default -> intent("ReadyIntent");
                };
                case "ANOTHER_ROUND" -> r.nextInt(5) < 3 ? intent("AMAZON.YesIntent") : intent("AMAZON.NoIntent");
                case "PAUSED" -> switch (r.nextInt(3)) {
                    case 0 -> intent("AMAZON.ResumeIntent");
                    case 1 -> intent("ReadyIntent");
                    default -> intent("AMAZON.YesIntent");
                };
                default -> anything(r);
            };
        }

        /** Returns any request at all: any intent of the model with any slot values, or another request type. */
        private ObjectNode anything(Random r) {
            int roll = r.nextInt(100);
            ObjectNode request;
            if (roll < 62) {
                request = randomIntent(r, intentNames.get(r.nextInt(intentNames.size())));
            } else if (roll < 66) {
                request = requests.intent(pick(r, UNKNOWN_INTENTS), Map.of());
            } else if (roll < 72) {
                request = requests.launch();
            } else if (roll < 77) {
                String reason = pick(r, List.of("USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR"));
                request = requests.sessionEnded(reason);
                if (reason.equals("ERROR")) {
                    request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "fuzz");
                }
            } else {
                request = otherType(r, pick(r, OTHER_TYPES));
            }
            if (r.nextInt(20) == 0) {
                String locale = pick(r, LOCALES);
                if (locale.isEmpty()) {
                    request.remove("locale");
                } else {
                    request.put("locale", locale);
                }
            }
            return request;
        }

        private ObjectNode otherType(Random r, String type) {
            ObjectNode request;
            switch (type) {
                case "CanFulfillIntentRequest" -> {
                    request = randomIntent(r, intentNames.get(r.nextInt(intentNames.size())));
                    request.put("type", type);
                    request.remove("dialogState");
                }
                case "Alexa.Presentation.APL.UserEvent" -> {
                    request = requests.ofType(type);
                    request.put("token", "hipcheck");
                    request.putArray("arguments").add("next");
                    request.putObject("source").put("type", "TouchWrapper").put("handler", "Press").put("id", "next");
                }
                case "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackNearlyFinished" -> {
                    request = requests.ofType(type);
                    request.put("token", "track-1");
                    request.put("offsetInMilliseconds", r.nextInt(60_000));
                }
                case "System.ExceptionEncountered" -> {
                    request = requests.ofType(type);
                    request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "fuzz");
                    request.putObject("cause").put("requestId", "amzn1.echo-api.request.fuzz");
                }
                case "Connections.Response" -> {
                    request = requests.ofType(type);
                    request.put("name", "Buy");
                    request.putObject("status").put("code", "200").put("message", "OK");
                    request.putObject("payload").put("purchaseResult", "ACCEPTED");
                    request.put("token", "fuzz");
                }
                default -> request = requests.ofType(type);
            }
            return request;
        }

        private ObjectNode randomIntent(Random r, String name) {
            Map<String, String> spoken = new HashMap<>();
            for (Map.Entry<String, String> slot : model.intents().get(name).slots().entrySet()) {
                String value = slot.getValue().equals("AMAZON.NUMBER") ? number(r) : word(r, slot.getValue());
                if (value != null) {
                    spoken.put(slot.getKey(), value);
                }
            }
            ObjectNode request = requests.intent(name, spoken);
            if (!spoken.isEmpty() && r.nextInt(30) == 0) {
                ((ObjectNode) request.get("intent")).remove("slots");
            }
            return request;
        }

        /** Returns words for a custom slot: nothing, a value, a synonym, or words outside the catalogue. */
        private String word(Random r, String type) {
            int roll = r.nextInt(100);
            if (roll < 25) {
                return null;
            }
            if (roll < 80) {
                return known(r, type);
            }
            return pick(r, OUTSIDE_WORDS);
        }

        private String known(Random r, String type) {
            InteractionModel.SlotValue v = pick(r, model.types().get(type));
            return v.synonyms().isEmpty() || r.nextBoolean() ? v.value() : pick(r, v.synonyms());
        }

        private static String number(Random r) {
            int roll = r.nextInt(100);
            if (roll < 10) {
                return null;
            }
            if (roll < 55) {
                return inRange(r);
            }
            return roll < 75 ? pick(r, NUMBERS_OUT) : pick(r, NUMBERS_GARBAGE);
        }

        private static String inRange(Random r) {
            return String.valueOf(Hold.MIN_SECONDS + r.nextInt(Hold.MAX_SECONDS - Hold.MIN_SECONDS + 1));
        }

        private ObjectNode intent(String name) {
            return requests.intent(name, Map.of());
        }

        /** Returns a random state the dialog's own rules accept, reachable or not. */
        private static DialogState randomState(Random r) {
            while (true) {
                Phase phase = pick(r, List.of(Phase.values()));
                Phase resume = phase == Phase.PAUSED
                        ? pick(r, List.of(Phase.values()).subList(0, Phase.values().length - 1)) : null;
                // Drawn in the same order as always, so a seed replays the same state.
                Side side = pick(r, List.of(Side.values()));
                TestAnswers answers = new TestAnswers(answers(r), answers(r));
                Optional<Stretch> stretch = r.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(pick(r, List.of(Stretch.values())));
                Hold hold = new Hold(Hold.MIN_SECONDS + r.nextInt(Hold.MAX_SECONDS - Hold.MIN_SECONDS + 1));
                int round = r.nextInt(4) == 0 ? Plan.MAX_ROUNDS : 1 + r.nextInt(Plan.MAX_ROUNDS);
                Optional<Topic> aside = r.nextInt(4) == 0 ? Optional.of(pick(r, List.of(Topic.values())))
                        : Optional.empty();
                boolean disclaimed = r.nextBoolean();
                try {
                    return new DialogState(phase, side, answers, new Plan(stretch, hold, round),
                            Optional.ofNullable(resume), aside, disclaimed);
                } catch (IllegalArgumentException e) {
                    // not a state the rules allow: draw again
                }
            }
        }

        private static SideAnswers answers(Random r) {
            SideAnswers answers = SideAnswers.none();
            boolean complete = r.nextBoolean();
            for (Question q : Question.values()) {
                if (complete || r.nextBoolean()) {
                    answers = answers.with(q, pick(r, List.of(Answer.values())));
                }
            }
            return answers;
        }

        private static <T> T pick(Random r, List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        // ---- reading responses ----

        private static boolean isOpen(JsonNode envelope) {
            JsonNode end = envelope.path("response").path("shouldEndSession");
            return end.isBoolean() && !end.asBoolean();
        }

        private static String phase(JsonNode attributes) {
            JsonNode phase = attributes == null ? null : attributes.path(SessionCodec.ATTRIBUTE).path("phase");
            return phase == null || !phase.isTextual() ? null : phase.asText();
        }

        private static String speech(JsonNode envelope) {
            JsonNode ssml = envelope.path("response").path("outputSpeech").path("ssml");
            return ssml.isTextual() ? ResponseChecks.plain(ssml.asText()) : "(no speech)";
        }

        private static String label(JsonNode request) {
            StringBuilder b = new StringBuilder(request.path("type").asText());
            JsonNode intent = request.path("intent");
            if (intent.isObject()) {
                b.append(' ').append(intent.path("name").asText());
                if (!intent.has("slots")) {
                    b.append(" (no slots object)");
                }
                for (Map.Entry<String, JsonNode> slot : intent.path("slots").properties()) {
                    JsonNode value = slot.getValue().path("value");
                    b.append(' ').append(slot.getKey()).append('=')
                            .append(value.isTextual() ? '"' + value.asText() + '"' : "(missing)");
                }
            }
            if (request.has("reason")) {
                b.append(" reason=").append(request.path("reason").asText());
            }
            if (!"en-US".equals(request.path("locale").asText(null))) {
                b.append(" locale=").append(request.has("locale") ? request.path("locale").asText() : "(none)");
            }
            return b.toString();
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}

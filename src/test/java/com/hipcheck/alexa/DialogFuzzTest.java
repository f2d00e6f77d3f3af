package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.domain.InMemoryPracticeStore;
import com.hipcheck.domain.Owner;
import com.hipcheck.local.LocalSession;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Random conversations, ten thousand a run, through the real Lambda handler: whatever the user
 * says and whatever Alexa sends, every response must be one Alexa accepts, no error may reach the
 * user, and no state may be a dead end.
 *
 * <p>What is sent is drawn by {@link FuzzRequests}, each response is checked by
 * {@link ResponseChecks}, states are probed for liveness by {@link FuzzLiveness}, and
 * {@link FuzzCoverage} fails a run that missed a phase or a kind of request. One session in
 * {@value #SCREEN_ONE_IN} comes from a device with a screen: its responses are checked by
 * {@link FuzzScreens} too, and it touches the screen, mostly buttons of the screen now shown,
 * sometimes of one shown before, sometimes with arguments no screen sends. Each session is
 * drawn from its own seed. A failure names the seed and lists the requests ({@link FuzzReplay});
 * {@code mvn test -Dtest='DialogFuzzTest#<method>' -Dfuzz.seed=<seed>} replays that one session and
 * prints it turn by turn. {@code -Dfuzz.base=<n>} draws a different ten thousand and
 * {@code -Dfuzz.sessions=<n>} changes how many.
 */
class DialogFuzzTest {
    static final int MAX_REQUESTS = 20;
    /** One turn in this many finds the history store down. */
    static final int STORE_DOWN_ONE_IN = 12;
    /** One session in this many comes from a device with a screen (an Echo Show). */
    static final int SCREEN_ONE_IN = 3;
    /** Of a screen session's open turns, the percentage that touch the screen instead of speaking. */
    static final int TOUCH_PERCENT = 35;
    /** Of a screen session's turns with no session open, the percentage that touch a screen still lit. */
    static final int TOUCH_CLOSED_PERCENT = 10;
    /** Of a screen session's turns, the percentage that bring the screen's report of a failed document. */
    static final int RUNTIME_ERROR_PERCENT = 2;
    /** Of a session's turns on a device without APL, the percentage that are a touch all the same. */
    static final int TOUCH_WITHOUT_SCREEN_PERCENT = 2;
    /** How many times a touch with the same arguments is said instead, in a copy of the session, to compare. */
    static final int COMPARE_EACH_BUTTON = 25;
    /** Mixed into a session's seed for the draws of screens and touches. */
    private static final long SCREEN_SALT = 0x5C4EE45L;
    /** One conversation in this many is a returning user's, with a plan kept from earlier visits. */
    static final int RETURNING_ONE_IN = 6;
    private static final long RETURNING_SALT = 0x2E7E2L;

    /** Where the fuzz's users' history is kept; it is down for some turns, as a real store can be. */
    private static final InMemoryPracticeStore STORE = new InMemoryPracticeStore();

    @RegisterExtension
    final SkillHarness skill = SkillHarness.withHistory(STORE, Clock.systemUTC());

    @Test
    void randomConversationsGetValidAnswersAndNeverGetStuck() {
        run("randomConversationsGetValidAnswersAndNeverGetStuck", false);
    }

    /**
     * Starts sessions from random states that the session codec accepts, not only the ones a
     * conversation reaches: the codec promises that whatever it accepts is sound.
     */
    @Test
    void everyAcceptedStateGetsValidAnswersAndLeadsSomewhere() {
        run("everyAcceptedStateGetsValidAnswersAndLeadsSomewhere", true);
    }

    private void run(String method, boolean warped) {
        Fuzzer fuzzer = new Fuzzer(skill, new FuzzReplay(method, warped), warped);
        Optional<Long> replay = FuzzReplay.replaySeed();
        if (replay.isPresent()) {
            fuzzer.session(replay.get(), true);
            fuzzer.replay.failIfViolations();
            return;
        }
        long start = System.nanoTime();
        long base = fuzzer.replay.base();
        int sessions = fuzzer.replay.sessions();
        for (int i = 0; i < sessions; i++) {
            fuzzer.session(base + i, false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        FuzzCoverage coverage = fuzzer.coverage;
        System.out.printf(Locale.ROOT, "DialogFuzz %s: %d sessions, %d turns, %d liveness probes over %d states,"
                        + " %d phase/request pairs, %s, %.1f s (seeds %d..%d)%n",
                warped ? "accepted states" : "conversations", sessions, coverage.turns, coverage.probeTurns,
                fuzzer.liveness.checked.size(), coverage.phaseRequestPairs(), coverage.screenSummary(), seconds, base,
                base + sessions - 1);
        System.out.println("OneBreath after " + method + ": " + Breath.SEEN.summary());
        if (Boolean.getBoolean("breath.longest")) {
            Breath.SEEN.longest(Integer.getInteger("breath.n", 5)).forEach(t -> System.out.println("  " + t));
        }
        fuzzer.replay.failIfViolations();
        if (sessions >= 1000) {
            coverage.assertReached(fuzzer.requests.everyKind());
        }
    }

    /** Plays Alexa and a user, session after session, and checks every response on the way. */
    private static final class Fuzzer {
        final FuzzReplay replay;
        final FuzzRequests requests;
        final FuzzCoverage coverage = new FuzzCoverage();
        final FuzzLiveness liveness;
        private final boolean warped;
        private final SkillHarness skill;
        private final ResponseChecks checks;
        private final ObjectMapper mapper = new ObjectMapper();
        private final SessionCodec codec = new SessionCodec();
        private final FuzzScreens screens = new FuzzScreens();
        /** How many times each touch (arguments with the screen id) was said instead to compare. */
        private final Map<String, Integer> compared = new HashMap<>();
        private final String staleWords = Phrasebook.forLocale("en-US").text(Msg.TOUCH_STALE);

        Fuzzer(SkillHarness skill, FuzzReplay replay, boolean warped) {
            this.skill = skill;
            this.replay = replay;
            this.warped = warped;
            this.requests = new FuzzRequests(skill.model(), skill.requests());
            this.checks = new ResponseChecks(skill);
            this.liveness = new FuzzLiveness(skill.newSession(), requests, checks, coverage);
        }

        /** Plays the session drawn from {@code seed}; {@code verbose} prints it turn by turn. */
        void session(long seed, boolean verbose) {
            Random random = new Random(seed);
            // Screens and touches draw from a stream of their own, so the rest draws as it always has.
            Random screenDraws = new Random(seed ^ SCREEN_SALT);
            boolean screen = screenDraws.nextInt(SCREEN_ONE_IN) == 0;
            FuzzReplay.Trail trail = replay.trail(seed);
            trail.screen = screen;
            LocalSession session = skill.newSession();
            if (screen) {
                session.onScreen();
            }
            Random memoryDraws = new Random(seed ^ RETURNING_SALT);
            if (!warped && memoryDraws.nextInt(RETURNING_ONE_IN) == 0) {
                STORE.put(new Owner(session.userId(), Optional.empty()), FuzzRequests.keptEarlier(memoryDraws));
            }
            LocalSession twin = skill.newSession();
            double cooperation = random.nextDouble();
            int length = 1 + random.nextInt(MAX_REQUESTS);
            JsonNode attributes = null;
            ObjectNode request = null;
            JsonNode response = null;
            String previous = "";
            FuzzScreens.Shown shown = null;
            List<FuzzScreens.Shown> earlier = new ArrayList<>();
            try {
                for (int turn = 0; turn < length; turn++) {
                    JsonNode override = null;
                    boolean wasOpen = session.isOpen();
                    if (warped && turn == 1 && wasOpen) {
                        override = mapper.valueToTree(codec.encode(FuzzRequests.randomState(random)));
                        attributes = override;
                    }
                    FuzzRequests.Touch touch = null;
                    ObjectNode drawn = null;
                    if (override == null) {
                        // The screen's own report of a failed document, now and then; else maybe a touch.
                        drawn = screen && screenDraws.nextInt(100) < RUNTIME_ERROR_PERCENT
                                ? requests.runtimeError(screenDraws) : null;
                        touch = drawn == null ? touch(screenDraws, screen, wasOpen, shown, earlier, attributes) : null;
                        drawn = touch != null ? touch.request() : drawn;
                    }
                    if (drawn != null) {
                        request = drawn;
                    } else if (turn == 0) {
                        request = warped || random.nextInt(100) < 70 ? requests.launch() : requests.anything(random);
                    } else if (!wasOpen) {
                        attributes = null;
                        request = random.nextBoolean() ? requests.launch() : requests.anything(random);
                    } else {
                        request = random.nextDouble() < cooperation
                                ? requests.cooperative(random, phase(attributes)) : requests.anything(random);
                    }
                    String step = (override == null ? "" : "[session attributes replaced by " + override + "] ")
                            + FuzzReplay.label(request) + (touch == null ? ""
                            : " (" + touch.kind().name().toLowerCase(Locale.ROOT) + " touch"
                            + (touch.document().equals("none") ? "" : " on the " + touch.document() + " screen") + ")");
                    coverage.sent(phase(attributes), request);
                    trail.steps.add(step);
                    session.overrideNextAttributes(override);
                    STORE.down(random.nextInt(STORE_DOWN_ONE_IN) == 0);
                    ObjectNode sent = request;
                    boolean continuing = wasOpen && override == null
                            && !"LaunchRequest".equals(request.path("type").asText());
                    response = checks.answer(() -> session.send(sent));
                    coverage.turns++;
                    checks.check(request, response);
                    Optional<FuzzScreens.Shown> now = screens.check(request, response, session.lastReceived().length,
                            screen);
                    if (screen) {
                        coverage.screenRequests++;
                    }
                    if (touch != null) {
                        coverage.touched(touch);
                        if (continuing) {
                            checkTouch(touch, session.lastSent().path("session").path("attributes"), response, twin);
                        }
                    }
                    if (now.isPresent()) {
                        coverage.shown(now.get());
                        if (shown != null && !shown.buttons().isEmpty()) {
                            earlier.add(shown);
                        }
                        shown = now.get();
                    }
                    String said = speech(response);
                    if (continuing && !said.isEmpty() && said.equals(previous)) {
                        throw new Violation("said the same twice in a row", said);
                    }
                    previous = said.isEmpty() ? previous : said;
                    boolean open = ResponseChecks.isOpen(response);
                    if (verbose) {
                        System.out.printf("%3d. %s%n     -> %s%s%s%n", trail.steps.size(), step,
                                open ? "[open " + phase(response.path("sessionAttributes")).orElse(null) + "] "
                                        : "[ended] ", now.map(sh -> "[screen " + sh + "] ").orElse(""),
                                speech(response));
                    }
                    if (open && session.isOpen()) {
                        attributes = response.path("sessionAttributes");
                        phase(attributes).ifPresent(coverage::reached);
                        liveness.check(attributes, trail);
                    } else {
                        attributes = null;
                    }
                }
            } catch (Violation v) {
                trail.failed(v, request, response);
            }
        }

        /**
         * Returns a touch for this turn, or null for none: on a screen device, mostly a button of the
         * screen now shown, else one of a screen shown before, or one no screen sends; on a device
         * without APL, now and then a touch all the same.
         */
        private FuzzRequests.Touch touch(Random r, boolean screen, boolean open, FuzzScreens.Shown shown,
                List<FuzzScreens.Shown> earlier, JsonNode attributes) {
            int roll = r.nextInt(100);
            if (!screen) {
                if (roll >= TOUCH_WITHOUT_SCREEN_PERCENT) {
                    return null;
                }
                DialogState state = screens.state(attributes);
                return requests.touchWithoutScreen(r, state == null ? null : FuzzScreens.idOf(state));
            }
            if (!open || shown == null || shown.buttons().isEmpty()) {
                // Nothing to touch but an old screen, still lit, or a button no screen of ours has.
                if (roll >= TOUCH_CLOSED_PERCENT) {
                    return null;
                }
                FuzzRequests.Touch old = r.nextBoolean() ? requests.staleTouch(r, earlier, "") : null;
                return old != null ? old : requests.hostileTouch(r, shown);
            }
            if (roll >= TOUCH_PERCENT) {
                return null;
            }
            int which = r.nextInt(100);
            FuzzRequests.Touch old = which >= 70 && which < 85 ? requests.staleTouch(r, earlier, shown.id()) : null;
            if (old != null) {
                return old;
            }
            return which < 85 ? requests.validTouch(r, shown) : requests.hostileTouch(r, shown);
        }

        /**
         * Checks what a touch in an open session was answered: never silence; a touch on the screen
         * now shown exactly as its words said on a device without a screen would be (the screen
         * aside); one on an earlier screen with "that button was for an earlier step" and the
         * question again, progress kept, unless it says it hurts or stop, which always count.
         */
        private void checkTouch(FuzzRequests.Touch touch, JsonNode sentAttributes, JsonNode response,
                LocalSession twin) {
            String said = ResponseChecks.speech(response);
            if (said.isEmpty()) {
                throw new Violation("a touch in an open session answered with silence", response.toString());
            }
            boolean stale = said.contains(staleWords);
            switch (touch.kind()) {
                case VALID -> {
                    if (stale) {
                        throw new Violation("a touch on the screen now shown taken for an earlier step's", said);
                    }
                    // Each button on each screen is compared a few times, not every time it is touched.
                    if (compared.merge(touch.arguments().toString(), 1, Integer::sum) <= COMPARE_EACH_BUTTON) {
                        compareWithWords(touch, sentAttributes, response, twin);
                    }
                }
                case STALE -> {
                    if (FuzzScreens.alwaysHonoured(touch.arguments())) {
                        if (stale) {
                            throw new Violation("'it hurts' or 'stop' on an earlier screen not honoured", said);
                        }
                    } else if (!stale) {
                        throw new Violation("a touch on an earlier screen taken as an answer now", said);
                    } else if (!sameProgress(screens.state(sentAttributes),
                            screens.state(response.path("sessionAttributes")))) {
                        throw new Violation("a touch on an earlier screen changed the progress",
                                sentAttributes + " -> " + response.path("sessionAttributes"));
                    }
                }
                case HOSTILE -> { }
            }
        }

        /** Says a touch's words in a copy of the session on a device without a screen, and compares. */
        private void compareWithWords(FuzzRequests.Touch touch, JsonNode sentAttributes, JsonNode response,
                LocalSession twin) {
            ObjectNode words;
            try {
                words = ScreenChecks.spokenTwin(skill.requests(), touch.arguments());
            } catch (AssertionError e) {
                throw new Violation("a button whose words no intent says", touch.arguments().toString());
            }
            ObjectNode envelope = twin.envelope(words);
            ObjectNode session = (ObjectNode) envelope.get("session");
            session.put("new", false);
            session.set("attributes", sentAttributes);
            JsonNode spoken;
            try {
                byte[] body = mapper.writeValueAsBytes(envelope);
                spoken = checks.answer(() -> twin.sendRaw(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            coverage.twinTurns++;
            checks.check(words, spoken);
            if (!withoutScreen(response.path("response")).equals(spoken.path("response"))
                    || !untimed(response.path("sessionAttributes")).equals(untimed(spoken.path("sessionAttributes")))) {
                throw new Violation("a touch answered unlike its words said",
                        FuzzReplay.label(words) + " answers " + spoken);
            }
        }

        /** Returns a response without its directives, the one part a device without a screen is not sent. */
        private static JsonNode withoutScreen(JsonNode response) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            response.properties().forEach(p -> {
                if (!p.getKey().equals("directives")) {
                    copy.set(p.getKey(), p.getValue());
                }
            });
            return copy;
        }

        /** Returns session attributes without the instant a result was saved, which the clock decides. */
        private static JsonNode untimed(JsonNode attributes) {
            JsonNode copy = attributes.deepCopy();
            if (copy.path(SessionCodec.ATTRIBUTE) instanceof ObjectNode state) {
                state.remove("savedAt");
            }
            return copy;
        }

        private static boolean sameProgress(DialogState a, DialogState b) {
            return a != null && b != null && a.phase() == b.phase() && a.side() == b.side()
                    && a.answers().equals(b.answers()) && a.plan().equals(b.plan()) && a.resume().equals(b.resume());
        }

        /**
         * Returns the phase the session attributes say the conversation is in; empty with no
         * session. The skill writes only phases it has: any other is a broken rule.
         */
        private static Optional<Phase> phase(JsonNode attributes) {
            JsonNode phase = attributes == null ? null : attributes.path(SessionCodec.ATTRIBUTE).path("phase");
            if (phase == null || !phase.isTextual()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Phase.valueOf(phase.asText()));
            } catch (IllegalArgumentException e) {
                throw new Violation("the session names a phase the skill does not have", phase.asText());
            }
        }

        private static String speech(JsonNode envelope) {
            JsonNode ssml = envelope.path("response").path("outputSpeech").path("ssml");
            return ssml.isTextual() ? ResponseChecks.plain(ssml.asText()) : "(no speech)";
        }
    }
}

package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.Phase;
import com.hipcheck.domain.InMemoryHistoryStore;
import com.hipcheck.local.LocalSession;
import java.time.Clock;
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
 * {@link FuzzCoverage} fails a run that missed a phase or a kind of request. Each session is
 * drawn from its own seed. A failure names the seed and lists the requests ({@link FuzzReplay});
 * {@code mvn test -Dtest='DialogFuzzTest#<method>' -Dfuzz.seed=<seed>} replays that one session and
 * prints it turn by turn. {@code -Dfuzz.base=<n>} draws a different ten thousand and
 * {@code -Dfuzz.sessions=<n>} changes how many.
 */
class DialogFuzzTest {
    static final int MAX_REQUESTS = 20;
    /** One turn in this many finds the history store down. */
    static final int STORE_DOWN_ONE_IN = 12;

    /** Where the fuzz's users' history is kept; it is down for some turns, as a real store can be. */
    private static final InMemoryHistoryStore STORE = new InMemoryHistoryStore();

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
                        + " %d phase/request pairs, %.1f s (seeds %d..%d)%n",
                warped ? "accepted states" : "conversations", sessions, coverage.turns, coverage.probeTurns,
                fuzzer.liveness.checked.size(), coverage.phaseRequestPairs(), seconds, base, base + sessions - 1);
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
            FuzzReplay.Trail trail = replay.trail(seed);
            LocalSession session = skill.newSession();
            double cooperation = random.nextDouble();
            int length = 1 + random.nextInt(MAX_REQUESTS);
            JsonNode attributes = null;
            ObjectNode request = null;
            JsonNode response = null;
            String previous = "";
            try {
                for (int turn = 0; turn < length; turn++) {
                    JsonNode override = null;
                    if (turn == 0) {
                        request = warped || random.nextInt(100) < 70 ? requests.launch() : requests.anything(random);
                    } else if (!session.isOpen()) {
                        attributes = null;
                        request = random.nextBoolean() ? requests.launch() : requests.anything(random);
                    } else {
                        if (warped && turn == 1) {
                            override = mapper.valueToTree(codec.encode(FuzzRequests.randomState(random)));
                            attributes = override;
                        }
                        request = random.nextDouble() < cooperation
                                ? requests.cooperative(random, phase(attributes)) : requests.anything(random);
                    }
                    String step = (override == null ? "" : "[session attributes replaced by " + override + "] ")
                            + FuzzReplay.label(request);
                    coverage.sent(phase(attributes), request);
                    trail.steps.add(step);
                    session.overrideNextAttributes(override);
                    STORE.down(random.nextInt(STORE_DOWN_ONE_IN) == 0);
                    ObjectNode sent = request;
                    boolean continuing = session.isOpen() && override == null
                            && !"LaunchRequest".equals(request.path("type").asText());
                    response = checks.answer(() -> session.send(sent));
                    coverage.turns++;
                    checks.check(request, response);
                    String said = speech(response);
                    if (continuing && !said.isEmpty() && said.equals(previous)) {
                        throw new Violation("said the same twice in a row", said);
                    }
                    previous = said.isEmpty() ? previous : said;
                    boolean open = ResponseChecks.isOpen(response);
                    if (verbose) {
                        System.out.printf("%3d. %s%n     -> %s%s%n", trail.steps.size(), step,
                                open ? "[open " + phase(response.path("sessionAttributes")).orElse(null) + "] "
                                        : "[ended] ", speech(response));
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

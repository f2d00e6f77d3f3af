package com.hipcheck.alexa;

import com.amazon.ask.SkillStreamHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.Locales;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import com.hipcheck.domain.PracticeStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs requests through the real stream handler as Alexa would: real envelopes built from the
 * interaction model, one session whose attributes carry over, and the operator log captured
 * rather than printed, so tests that feed bad input on purpose stay quiet and can read what was
 * logged.
 *
 * <p>Register it with {@code @RegisterExtension}: the log is captured from before each test (or
 * before all of them, for a static field) until after it. A test that fails has its captured log
 * printed, where it helps.
 */
public final class SkillHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    /** The skill id of a default harness's requests (the entry point reads SKILL_ID, unset in tests). */
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RequestStreamHandler handler;
    private final String skillId;
    private final String locale;
    private final InteractionModel model;
    private final RequestFactory requests;
    private final LocalSession session;
    private final Log log;

    /** Returns a harness on the Lambda entry point itself, {@link HipCheckStreamHandler}. */
    public SkillHarness() {
        this(Locales.US);
    }

    /** Returns a harness on the Lambda entry point whose requests are in {@code locale}, built from its model. */
    public SkillHarness(String locale) {
        this(newEntryPoint(), SKILL_ID, new Log(), locale, locale);
    }

    /**
     * Returns a harness on the Lambda entry point whose requests say {@code locale} but are built
     * from {@code modelLocale}'s model: a device in a locale Hip Check does not serve.
     */
    static SkillHarness saying(String locale, String modelLocale) {
        return new SkillHarness(newEntryPoint(), SKILL_ID, new Log(), locale, modelLocale);
    }

    /**
     * Returns a harness on a skill that keeps history in {@code store} and tells time by
     * {@code clock}, built as the entry point builds its skill.
     */
    public static SkillHarness withHistory(PracticeStore store, Clock clock) {
        return withHistory(store, clock, PATIENT_ZONE_WAIT, Locales.US);
    }

    /**
     * How long a harness waits for a scripted Settings API once the store has answered: a loopback
     * answer on a busy machine can take longer than the 150 ms a real device is given, and the
     * client's own timeouts still bound a server that hangs. The real budget is held by the tests
     * that pass {@link Conversation#ZONE_WAIT} (PracticeEndToEndTest).
     */
    public static final Duration PATIENT_ZONE_WAIT = Duration.ofSeconds(5);

    /** The real wait for the device's time zone, for tests of the answer's budget. */
    public static final Duration ZONE_WAIT = Conversation.ZONE_WAIT;

    /** As {@link #withHistory(PracticeStore, Clock)}, waiting {@code zoneWait} for the time zone. */
    public static SkillHarness withHistory(PracticeStore store, Clock clock, Duration zoneWait) {
        return withHistory(store, clock, zoneWait, Locales.US);
    }

    /** Returns a harness on a skill that keeps history, as {@link #withHistory(PracticeStore, Clock)}, in {@code locale}. */
    public static SkillHarness withHistory(PracticeStore store, Clock clock, String locale) {
        return withHistory(store, clock, PATIENT_ZONE_WAIT, locale);
    }

    /** The harness above, waiting {@code zoneWait} for the time zone and talking in {@code locale}. */
    public static SkillHarness withHistory(PracticeStore store, Clock clock, Duration zoneWait, String locale) {
        Log log = new Log();
        log.capture();
        try {
            SkillStreamHandler handler = new SkillStreamHandler(
                    HipCheckSkill.forSkillId(SKILL_ID, Optional.of(store), clock, zoneWait).skill()) { };
            return new SkillHarness(handler, SKILL_ID, log, locale);
        } finally {
            log.release();
        }
    }

    /** Returns a harness that sends requests for {@code skillId} to {@code handler}. */
    static SkillHarness on(RequestStreamHandler handler, String skillId) {
        return new SkillHarness(handler, skillId, new Log(), Locales.US);
    }

    private SkillHarness(RequestStreamHandler handler, String skillId, Log log, String locale) {
        this(handler, skillId, log, locale, locale);
    }

    private SkillHarness(RequestStreamHandler handler, String skillId, Log log, String locale, String modelLocale) {
        this.handler = handler;
        this.skillId = skillId;
        this.locale = locale;
        this.model = Locales.model(modelLocale);
        this.requests = new RequestFactory(model, skillId, locale, Clock.systemUTC());
        this.session = new LocalSession(handler, skillId);
        this.log = log;
    }

    /** Returns a new stream handler for a skill configured with {@code skillId} ({@code SKILL_ID}; null when unset). */
    static SkillStreamHandler handlerFor(String skillId) {
        return new SkillStreamHandler(HipCheckSkill.forSkillId(skillId).skill()) { };
    }

    /**
     * Returns another harness that sends requests for {@code requestSkillId} to {@code otherHandler},
     * in a session of its own, sharing this harness's captured log.
     */
    SkillHarness with(RequestStreamHandler otherHandler, String requestSkillId) {
        return new SkillHarness(otherHandler, requestSkillId, log, locale);
    }

    /** Returns the interaction model requests are built from, the locale's. */
    public InteractionModel model() {
        return model;
    }

    /** Returns the locale of this harness's requests, such as {@code en-GB}. */
    public String locale() {
        return locale;
    }

    /** Returns the factory for the request part of envelopes, for this harness's skill id. */
    public RequestFactory requests() {
        return requests;
    }

    /** Returns the handler requests are sent to. */
    public RequestStreamHandler handler() {
        return handler;
    }

    /** Returns the harness's own session. */
    public LocalSession session() {
        return session;
    }

    /** Returns a new session on the same handler, beside the harness's own. */
    public LocalSession newSession() {
        return new LocalSession(handler, skillId);
    }

    /** Returns a new session of the user {@code userId}: a returning user, as the store knows them. */
    public LocalSession newSession(String userId) {
        return new LocalSession(handler, skillId, userId);
    }

    /** Sends a LaunchRequest in the harness's session. */
    public JsonNode launch() throws IOException {
        return send(requests.launch());
    }

    /** Sends an intent without slots in the harness's session. */
    public JsonNode say(String intent) throws IOException {
        return say(intent, Map.of());
    }

    /** Sends an intent with slots given as slot name to spoken words. */
    public JsonNode say(String intent, Map<String, String> slots) throws IOException {
        return send(requests.intent(intent, slots));
    }

    /** Sends one request in the harness's session. */
    public JsonNode send(ObjectNode request) throws IOException {
        return session.send(request);
    }

    /** Sends a whole envelope as it stands (see {@link LocalSession#envelope}), outside the session's bookkeeping. */
    public JsonNode sendEnvelope(ObjectNode envelope) throws IOException {
        return session.sendRaw(MAPPER.writeValueAsBytes(envelope));
    }

    /**
     * Returns session attributes as JSON with only the user's progress in them: the counters of
     * how the talk has gone (turns, misses, pain, what was said last) change on every turn.
     */
    static String progress(String attributesJson) {
        try {
            JsonNode attributes = MAPPER.readTree(attributesJson);
            JsonNode state = attributes.path("hipCheck");
            if (state instanceof ObjectNode o) {
                o.remove(List.of("turns", "misheard", "pain", "said"));
            }
            return attributes.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns what the operator log received since it was last cleared. */
    public String log() {
        return log.buffer.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what the operator log received so far. */
    public void clearLog() {
        log.buffer.reset();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        log.capture();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        log.capture();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && log.buffer.size() > 0) {
            System.out.print("operator log of " + context.getDisplayName() + ":\n" + log());
        }
        log.release();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        log.release();
    }

    /** The captured operator log, shared by a harness and the ones made {@link #with} it. */
    private static final class Log {
        /** Where the operator log goes now; OpsLog cannot say, so the harnesses keep track. */
        private static PrintStream current = System.out;

        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        private PrintStream previous;
        /** How many callbacks hold the capture: a static field gets both the all and the each ones. */
        private int holds;

        void capture() {
            if (holds++ == 0) {
                previous = current;
                current = stream;
                OpsLog.redirect(stream);
            }
        }

        void release() {
            if (--holds == 0) {
                current = previous;
                OpsLog.redirect(previous);
            }
        }
    }

    /**
     * Returns a new entry point. The first one built notes at start that SKILL_ID is unset; a
     * harness in a field is made before its log is captured, so the note is kept off the output.
     */
    private static HipCheckStreamHandler newEntryPoint() {
        Log start = new Log();
        start.capture();
        try {
            return new HipCheckStreamHandler();
        } finally {
            start.release();
        }
    }
}

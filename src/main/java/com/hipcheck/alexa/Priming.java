package com.hipcheck.alexa;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.dialog.ReminderAsk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a short synthetic conversation through the whole pipeline (request parsing, every layer of
 * the dialog, SSML rendering, response writing) before Lambda SnapStart takes its snapshot, so
 * the classes are loaded and the hot paths compiled in the snapshot rather than on a user's first
 * request. The requests are fixed: no user data, no real request ids, no randomness; their
 * responses are thrown away.
 */
public final class Priming implements Resource {
    /** Held here because the CRaC API keeps registered resources only weakly. */
    private static final Priming INSTANCE = new Priming();

    private static final String SESSION = "amzn1.echo-api.session.priming";
    private static final String REQUEST = "amzn1.echo-api.request.priming";
    private static final String USER = "amzn1.ask.account.priming";
    private static final String DEVICE = "amzn1.ask.device.priming";
    private static final String AUTHORITY = "amzn1.er-authority.echo-sdk.priming";
    private static final String LOCALE = "en-US";
    /** Not an intent: Alexa's Connections.Response to the reminders permission. */
    private static final String PERMISSION_ANSWER = "Connections.Response";
    /** 2026-01-01T00:00:00Z; from epoch seconds because parsing text would load a parser at every cold start. */
    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1_767_225_600L);

    /** Rounds of the priming conversation: enough for the JIT to compile the hot paths. */
    static final int ROUNDS = 150;

    private static final String[][] TURNS = {
        {"LaunchRequest"}, {"AMAZON.YesIntent"}, {"ReadyIntent"}, {"ReadyIntent"}, {"ReadyIntent"},
        {"DescribeIntent", "observation", "THIGH_STAYS_UP"}, {"AMAZON.NoIntent"}, {"AMAZON.NoIntent"},
        {"ReadyIntent"}, {"AMAZON.YesIntent"}, {"AMAZON.NoIntent"}, {"WhyBackIntent"}, {"AMAZON.NoIntent"},
        {"ExplainIntent"}, {"ChooseStretchIntent", "stretch", "EDGE_OF_TABLE"}, {"ReadyIntent"}, {"PainIntent"},
        {"ReadyIntent"}, {"LastResultIntent"}, {"ProgressIntent"},
        // The daily reminder: asked for, agreed to (no API here, so the call fails as a hung one would),
        // listed, and Alexa's answer to the permission asked for by voice.
        {"RemindMeIntent", "time", "19:00"}, {"AMAZON.YesIntent"}, {"ListRemindersIntent"}, {PERMISSION_ANSWER},
        {"AMAZON.StopIntent"},
    };

    private Priming() {}

    /** Registers priming to run before a SnapStart checkpoint; called once, at class initialisation. */
    static void register() {
        Core.getGlobalContext().register(INSTANCE);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
        beforeSnapshot(new HipCheckStreamHandler(), System.getenv("SKILL_ID"));
    }

    /**
     * Everything done before a snapshot: the priming conversation through {@code handler} with the
     * store's calls answered in memory, then the Settings API's client built and one zone asked of
     * a loopback stand-in ({@link PrimingExchange}), so the snapshot holds the client and the
     * classes of its exchange, and no connection. bench/src/PrimedFirst.java times the first real
     * request after it.
     */
    public static void beforeSnapshot(RequestStreamHandler handler, String skillId) throws Exception {
        primeWithStore(handler, skillId);
        AlexaApiClient.prime();
        PrimingExchange.run();
    }

    /**
     * Primes as before a snapshot: every store call answered in memory (no socket, no table, no
     * credentials), at the priming conversation's own moment, so a store's returning-user
     * welcome is primed with the rest.
     *
     * @return how many responses spoke
     */
    static int primeWithStore(RequestStreamHandler handler, String skillId) throws Exception {
        PrimingClock.SKILL.pin(TIMESTAMP);
        try {
            return HistoryStores.primed(() -> prime(handler, skillId));
        } finally {
            PrimingClock.SKILL.unpin();
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: priming leaves no state behind.
    }

    /**
     * Sends the priming conversation through {@code handler} {@value #ROUNDS} times, every other
     * time from a device with a screen: a launch, the test with a tight right side, a question,
     * "why?", the edge-of-table stretch and its timed hold, a pause for pain and the way back. Enough rounds that the hot paths are compiled, not
     * just loaded, before the snapshot.
     *
     * @return how many responses spoke, which is every one when the pipeline works
     */
    public static int prime(RequestStreamHandler handler, String skillId) throws IOException {
        int spoken = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // Every other round from an Echo Show, so the screens are primed too.
            spoken += primeOnce(handler, skillId, round % 2 == 1);
        }
        return spoken;
    }

    /** Returns how many requests one priming conversation sends. */
    public static int turnsPerRound() {
        return TURNS.length;
    }

    private static int primeOnce(RequestStreamHandler handler, String skillId, boolean screen) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String application = skillId == null || skillId.isBlank() ? "amzn1.ask.skill.priming" : skillId.strip();
        JsonNode attributes = mapper.createObjectNode();
        int spoken = 0;
        for (int i = 0; i < TURNS.length; i++) {
            ObjectNode envelope = new Envelope(application, SESSION, USER, DEVICE, "priming")
                    .wrap(request(TURNS[i]), i == 0, attributes.isObject() ? attributes : null);
            if (screen) {
                Envelope.onScreen(envelope);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            handler.handleRequest(new ByteArrayInputStream(mapper.writeValueAsBytes(envelope)), out, null);
            JsonNode response = mapper.readTree(out.toByteArray());
            attributes = response.path("sessionAttributes");
            spoken += response.path("response").has("outputSpeech") ? 1 : 0;
        }
        return spoken;
    }

    private static ObjectNode request(String[] turn) {
        if (turn[0].equals("LaunchRequest")) {
            return Requests.launch(REQUEST, LOCALE, TIMESTAMP);
        }
        if (turn[0].equals(PERMISSION_ANSWER)) {
            return Requests.permissionAnswer(REQUEST, LOCALE, TIMESTAMP, "DENIED", "200",
                    PermissionHandler.token(LocalTime.of(19, 0), ReminderAsk.Kind.STRETCH));
        }
        if (turn[0].equals("RemindMeIntent")) {
            // AMAZON.TIME is a built-in type: its value comes as Alexa resolves it, unmatched to a catalogue.
            return Requests.intent(REQUEST, LOCALE, TIMESTAMP, turn[0], List.of(Requests.spokenSlot(turn[1], turn[2])));
        }
        List<ObjectNode> slots = turn.length == 3
                ? List.of(Requests.matchedSlot(turn[1], turn[2], AUTHORITY, turn[2], turn[2]))
                : List.of();
        return Requests.intent(REQUEST, LOCALE, TIMESTAMP, turn[0], slots);
    }
}

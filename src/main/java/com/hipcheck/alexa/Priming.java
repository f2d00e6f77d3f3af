package com.hipcheck.alexa;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    /** Rounds of the priming conversation: enough for the JIT to compile the hot paths. */
    static final int ROUNDS = 150;

    private static final String[][] TURNS = {
        {"LaunchRequest"}, {"AMAZON.YesIntent"}, {"ReadyIntent"}, {"ReadyIntent"}, {"ReadyIntent"},
        {"DescribeIntent", "observation", "THIGH_STAYS_UP"}, {"AMAZON.NoIntent"}, {"AMAZON.NoIntent"},
        {"ReadyIntent"}, {"AMAZON.YesIntent"}, {"AMAZON.NoIntent"}, {"WhyBackIntent"}, {"AMAZON.NoIntent"},
        {"ChooseStretchIntent", "stretch", "EDGE_OF_TABLE"}, {"ReadyIntent"}, {"AMAZON.StopIntent"},
    };

    private Priming() {}

    /** Registers priming to run before a SnapStart checkpoint; called once, at class initialisation. */
    static void register() {
        Core.getGlobalContext().register(INSTANCE);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws IOException {
        prime(new HipCheckStreamHandler(), System.getenv("SKILL_ID"));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: priming leaves no state behind.
    }

    /**
     * Sends the priming conversation through {@code handler} {@value #ROUNDS} times: a launch, the
     * test with a tight right side, a question, the edge-of-table stretch and its timed hold. Enough
     * rounds that the hot paths are compiled, not just loaded, before the snapshot.
     *
     * @return how many responses spoke, which is every one when the pipeline works
     */
    public static int prime(RequestStreamHandler handler, String skillId) throws IOException {
        int spoken = 0;
        for (int round = 0; round < ROUNDS; round++) {
            spoken += primeOnce(handler, skillId);
        }
        return spoken;
    }

    /** Returns how many requests one priming conversation sends. */
    public static int turnsPerRound() {
        return TURNS.length;
    }

    private static int primeOnce(RequestStreamHandler handler, String skillId) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String application = skillId == null || skillId.isBlank() ? "amzn1.ask.skill.priming" : skillId.strip();
        JsonNode attributes = mapper.createObjectNode();
        int spoken = 0;
        for (int i = 0; i < TURNS.length; i++) {
            ObjectNode envelope = new Envelope(application, SESSION, USER, DEVICE, "priming")
                    .wrap(request(mapper, TURNS[i]), i == 0, attributes.isObject() ? attributes : null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            handler.handleRequest(new ByteArrayInputStream(mapper.writeValueAsBytes(envelope)), out, null);
            JsonNode response = mapper.readTree(out.toByteArray());
            attributes = response.path("sessionAttributes");
            spoken += response.path("response").has("outputSpeech") ? 1 : 0;
        }
        return spoken;
    }

    private static ObjectNode request(ObjectMapper mapper, String[] turn) {
        ObjectNode request = mapper.createObjectNode();
        request.put("type", turn[0].equals("LaunchRequest") ? "LaunchRequest" : "IntentRequest");
        request.put("requestId", REQUEST);
        request.put("timestamp", "2026-01-01T00:00:00Z");
        request.put("locale", "en-US");
        if (!turn[0].equals("LaunchRequest")) {
            ObjectNode intent = request.putObject("intent");
            intent.put("name", turn[0]);
            intent.put("confirmationStatus", "NONE");
            ObjectNode slots = intent.putObject("slots");
            if (turn.length == 3) {
                ObjectNode slot = slots.putObject(turn[1]);
                slot.put("name", turn[1]);
                slot.put("value", turn[2]);
                ObjectNode authority = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
                authority.put("authority", "amzn1.er-authority.echo-sdk.priming");
                authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
                authority.putArray("values").addObject().putObject("value").put("name", turn[2]).put("id", turn[2]);
            }
        }
        return request;
    }
}

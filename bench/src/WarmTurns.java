import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm per-turn latency: whole conversations, turn after turn, through a Lambda handler's stream
 * contract in one JVM, carrying session attributes as Alexa does. Only the handler call is timed:
 * each envelope is serialised before the clock starts and the response parsed after it stops.
 *
 * <p>Usage: {@code java -cp JAR:bench/target WarmTurns HANDLER_CLASS hipcheck|hello TURNS}
 */
public final class WarmTurns {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler =
                (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        List<ObjectNode> conversation = args[1].equals("hello") ? hello() : hipCheck();
        int measured = Integer.parseInt(args[2]);
        ObjectNode template = (ObjectNode) MAPPER.readTree(Files.readAllBytes(Path.of("bench/requests/launch.json")));
        run(handler, template, conversation, 5_000, null);
        long[] nanos = new long[measured];
        run(handler, template, conversation, measured, nanos);
        Arrays.sort(nanos);
        System.out.printf("p50_us=%.1f p99_us=%.1f max_us=%.1f turns=%d%n", nanos[measured / 2] / 1e3,
                nanos[(int) (measured * 0.99)] / 1e3, nanos[measured - 1] / 1e3, measured);
    }

    static void run(RequestStreamHandler handler, ObjectNode template, List<ObjectNode> conversation, int turns,
            long[] nanos) throws Exception {
        JsonNode attributes = MAPPER.createObjectNode();
        boolean open = false;
        for (int i = 0; i < turns; i++) {
            ObjectNode request = conversation.get(i % conversation.size());
            boolean isNew = !open || request.path("type").asText().equals("LaunchRequest");
            ObjectNode envelope = template.deepCopy();
            ObjectNode session = (ObjectNode) envelope.path("session");
            session.put("new", isNew);
            session.set("attributes", isNew ? MAPPER.createObjectNode() : attributes);
            envelope.set("request", request);
            byte[] body = MAPPER.writeValueAsBytes(envelope);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            long start = System.nanoTime();
            handler.handleRequest(new ByteArrayInputStream(body), out, null);
            long took = System.nanoTime() - start;
            if (nanos != null) {
                nanos[i] = took;
            }
            JsonNode response = MAPPER.readTree(out.toByteArray());
            if (!response.path("response").has("outputSpeech")) {
                throw new IllegalStateException("no speech at turn " + i + ": " + response);
            }
            open = !response.path("response").path("shouldEndSession").asBoolean(true);
            attributes = response.path("sessionAttributes").isObject() ? response.path("sessionAttributes")
                    : MAPPER.createObjectNode();
        }
    }

    /** Test both sides (right tight), ask a question, stretch the right side, decline another round. */
    static List<ObjectNode> hipCheck() {
        List<ObjectNode> turns = new ArrayList<>();
        turns.add(request("LaunchRequest"));
        for (String name : List.of("AMAZON.YesIntent", "ReadyIntent", "ReadyIntent", "ReadyIntent")) {
            turns.add(intent(name, null, null, null));
        }
        turns.add(intent("DescribeIntent", "observation", "stays up", "THIGH_STAYS_UP"));
        for (String name : List.of("AMAZON.NoIntent", "AMAZON.NoIntent", "ReadyIntent", "AMAZON.YesIntent",
                "AMAZON.NoIntent", "WhyBackIntent", "AMAZON.NoIntent")) {
            turns.add(intent(name, null, null, null));
        }
        turns.add(intent("ChooseStretchIntent", "stretch", "edge of table", "EDGE_OF_TABLE"));
        turns.add(intent("ReadyIntent", null, null, null));
        turns.add(intent("AMAZON.NoIntent", null, null, null));
        return turns;
    }

    /** Launch, say hello a few times, stop. */
    static List<ObjectNode> hello() {
        List<ObjectNode> turns = new ArrayList<>();
        turns.add(request("LaunchRequest"));
        for (int i = 0; i < 4; i++) {
            turns.add(intent("HelloWorldIntent", null, null, null));
        }
        turns.add(intent("AMAZON.StopIntent", null, null, null));
        return turns;
    }

    private static ObjectNode request(String type) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request.bench");
        request.put("timestamp", "2026-11-25T19:00:00Z");
        request.put("locale", "en-US");
        return request;
    }

    private static ObjectNode intent(String name, String slot, String spoken, String id) {
        ObjectNode request = request("IntentRequest");
        ObjectNode intent = request.putObject("intent");
        intent.put("name", name);
        intent.put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        if (slot != null) {
            ObjectNode s = slots.putObject(slot);
            s.put("name", slot);
            s.put("value", spoken);
            s.put("confirmationStatus", "NONE");
            ObjectNode authority = s.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            authority.put("authority", "amzn1.er-authority.echo-sdk.bench");
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", spoken);
            value.put("id", id);
        }
        return request;
    }
}

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.alexa.HipCheckStreamHandler;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Warm per-turn latency: whole test-and-stretch conversations, turn after turn, through the
 * Lambda handler's stream contract in one JVM. Only the handler call is timed (envelopes are
 * built and serialised before the clock starts).
 *
 * <p>Usage: {@code java -cp JAR:bench/target WarmTurns [MEASURED_TURNS]}
 */
public final class WarmTurns {
    private static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        InteractionModel model = InteractionModel.load(InteractionModel.DEFAULT_PATH);
        RequestFactory requests = new RequestFactory(model, SKILL_ID, "en-US", Clock.systemUTC());
        LocalSession session = new LocalSession(new HipCheckStreamHandler(), SKILL_ID);
        List<ObjectNode> conversation = conversation(requests);
        runTurns(session, conversation, 5_000, null);
        long[] nanos = new long[measured];
        runTurns(session, conversation, measured, nanos);
        Arrays.sort(nanos);
        System.out.printf("turns=%d p50=%.1f us p99=%.1f us max=%.1f us%n", measured,
                nanos[measured / 2] / 1e3, nanos[(int) (measured * 0.99)] / 1e3, nanos[measured - 1] / 1e3);
    }

    private static void runTurns(LocalSession session, List<ObjectNode> conversation, int turns, long[] nanos)
            throws Exception {
        for (int i = 0; i < turns; i++) {
            ObjectNode request = conversation.get(i % conversation.size()).deepCopy();
            long start = System.nanoTime();
            JsonNode response = session.send(request);
            long took = System.nanoTime() - start;
            if (nanos != null) {
                nanos[i] = took;
            }
            if (!response.path("response").has("outputSpeech")) {
                throw new IllegalStateException("no speech at turn " + i + ": " + response);
            }
        }
    }

    /** A whole conversation: test both sides (right tight), stretch it, decline another round. */
    private static List<ObjectNode> conversation(RequestFactory r) {
        return List.of(
                r.launch(),
                r.intent("AMAZON.YesIntent", Map.of()),
                r.intent("ReadyIntent", Map.of()),
                r.intent("ReadyIntent", Map.of()),
                r.intent("ReadyIntent", Map.of()),
                r.intent("DescribeIntent", Map.of("observation", "stays up")),
                r.intent("AMAZON.NoIntent", Map.of()),
                r.intent("AMAZON.NoIntent", Map.of()),
                r.intent("ReadyIntent", Map.of()),
                r.intent("AMAZON.YesIntent", Map.of()),
                r.intent("AMAZON.NoIntent", Map.of()),
                r.intent("WhyBackIntent", Map.of()),
                r.intent("AMAZON.NoIntent", Map.of()),
                r.intent("ChooseStretchIntent", Map.of("stretch", "edge of table")),
                r.intent("ReadyIntent", Map.of()),
                r.intent("AMAZON.NoIntent", Map.of()));
    }
}

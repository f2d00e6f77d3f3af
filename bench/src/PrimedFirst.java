import com.hipcheck.alexa.HipCheckStreamHandler;
import com.hipcheck.alexa.Priming;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What SnapStart priming buys: in a fresh JVM, prime the handler as the checkpoint hook does
 * ({@link Priming#beforeSnapshot}), then time the first real LaunchRequest and compare it with
 * warm ones in the same process.
 *
 * <p>Usage: {@code java -cp JAR:bench/target PrimedFirst [REQUEST.json]}, by default
 * {@code bench/requests/launch.json}; {@code launch-screen.json} is the same from an Echo Show.
 */
public final class PrimedFirst {
    public static void main(String[] args) throws Exception {
        HipCheckStreamHandler handler = new HipCheckStreamHandler();
        Priming.beforeSnapshot(handler, System.getenv("SKILL_ID"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode launch = (ObjectNode) mapper.readTree(Files.readAllBytes(
                Path.of(args.length > 0 ? args[0] : "bench/requests/launch.json")));
        byte[] body = mapper.writeValueAsBytes(launch);
        long first = time(handler, body);
        long second = time(handler, body);
        long[] warm = new long[2_000];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = time(handler, body);
        }
        Arrays.sort(warm);
        System.out.printf("first_us=%.1f second_us=%.1f warm_p50_us=%.1f warm_p99_us=%.1f%n", first / 1e3,
                second / 1e3, warm[warm.length / 2] / 1e3, warm[(int) (warm.length * 0.99)] / 1e3);
    }

    private static long time(HipCheckStreamHandler handler, byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        long start = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(body), out, null);
        return System.nanoTime() - start;
    }
}

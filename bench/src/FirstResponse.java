import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start: a fresh JVM builds the handler and answers one request, as Lambda's first
 * invocation does. It prints the wall-clock time (epoch milliseconds) at which the response was
 * complete, and the script times from just before the JVM started to that moment: Lambda's cold
 * start ends there too, with the JVM left running. Exiting is not part of it: a JVM holding a
 * kept-alive connection of the JDK's HTTP client takes 300 to 400 ms to exit, a wait no Lambda
 * invocation ever sees (measured with and without System.exit; the hello worlds exit at once).
 *
 * <p>Usage: {@code java -cp JAR:bench/target FirstResponse HANDLER_CLASS REQUEST.json}
 */
public final class FirstResponse {
    public static void main(String[] args) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(args[1]));
        RequestStreamHandler handler =
                (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new java.io.ByteArrayInputStream(request)) {
            handler.handleRequest(in, out, null);
        }
        long answered = System.currentTimeMillis();
        if (out.size() == 0 || !out.toString().contains("outputSpeech")) {
            throw new IllegalStateException("no speech in the response: " + out);
        }
        boolean screen = new String(request, java.nio.charset.StandardCharsets.UTF_8).contains("Alexa.Presentation.APL");
        if (screen != out.toString().contains("Alexa.Presentation.APL.RenderDocument")) {
            throw new IllegalStateException("a screen device gets a document, and only a screen device: " + out);
        }
        System.out.println("answered " + answered);
        System.exit(0);
    }
}

package com.hipcheck.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * An HTTP endpoint on this machine that answers Alexa request JSON with the skill's response, for
 * tools that speak Alexa's HTTPS protocol (through a tunnel or a local simulator). It does not
 * verify Alexa's request signatures, so it listens on a loopback address only and is for
 * development only; the deployed skill runs on Lambda, where Alexa's trigger vouches for requests.
 */
final class LoopbackServer implements AutoCloseable {
    /** Alexa's requests are a few kilobytes; anything this large is not one. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private final HttpServer server;
    private final RequestStreamHandler handler;
    private final String skillId;
    private final PrintStream log;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LoopbackServer(HttpServer server, RequestStreamHandler handler, String skillId, PrintStream log) {
        this.server = server;
        this.handler = handler;
        this.skillId = skillId;
        this.log = log;
    }

    /**
     * Starts listening on {@code bind}:{@code port} (0 for any free port).
     *
     * @param handler makes the skill's handler once the port is ours, so a refused start does not load the skill
     * @param skillId when not null, requests for any other skill are refused with 403
     * @param log where one line per request is written
     * @throws IllegalArgumentException if {@code bind} is not a loopback address
     * @throws java.net.BindException if the port is in use
     */
    public static LoopbackServer start(String bind, int port, Supplier<? extends RequestStreamHandler> handler,
            String skillId, PrintStream log) throws IOException {
        InetAddress address = loopback(bind);
        HttpServer server = create(new InetSocketAddress(address, port));
        LoopbackServer loopback = new LoopbackServer(server, handler.get(), skillId, log);
        server.createContext("/", loopback::handle);
        server.start();
        return loopback;
    }

    /**
     * Makes a JDK HTTP server with Nagle's algorithm off. The JDK's server writes a response's
     * headers and its body apart, so with Nagle on the body waits for the client's delayed ACK of
     * the headers: 40 ms on Linux for every request on a kept-alive connection (Node's and the JDK's
     * clients keep them alive), which stretched bin/check-virtual-alexa from a minute and a half a
     * locale to 25 minutes. The JDK reads the setting once, when the JVM's first server is made, so
     * every server here is made by this method.
     */
    static HttpServer create(InetSocketAddress address) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        return HttpServer.create(address, 0);
    }

    /** Returns the port listened on, which is the free one chosen when started with port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the address listened on, such as {@code 127.0.0.1}. */
    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    /** Waits until the server is closed. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        server.stop(0);
        stopped.countDown();
    }

    /** Returns the address for {@code bind}, refusing anything but a loopback address or "localhost". */
    static InetAddress loopback(String bind) {
        String why = "refusing to listen on " + bind + ": this endpoint does not verify Alexa request "
                + "signatures, so it listens only on a loopback address such as 127.0.0.1 or ::1";
        // Only literals and "localhost" are looked up, so a host name never costs a DNS query.
        if (!bind.equals("localhost") && !IP_LITERAL.matcher(bind).matches()) {
            throw new IllegalArgumentException(why);
        }
        try {
            InetAddress address = InetAddress.getByName(bind);
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(why);
            }
            return address;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(why, e);
        }
    }

    /** How one request went: the status sent, and what the request was, for the log line. */
    private record Outcome(int status, String what) {}

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Outcome outcome;
        try (exchange) {
            if (exchange.getRequestMethod().equals("POST")) {
                outcome = answer(exchange, exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1));
            } else {
                exchange.getResponseHeaders().add("Allow", "POST");
                outcome = new Outcome(reply(exchange, 405, error("POST an Alexa request envelope as JSON")), "");
            }
        }
        log.printf("%s %s %d %s(%d ms)%n", exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                outcome.status(), outcome.what(), (System.nanoTime() - start) / 1_000_000);
    }

    private Outcome answer(HttpExchange exchange, byte[] body) throws IOException {
        if (body.length > MAX_BODY_BYTES) {
            return new Outcome(reply(exchange, 413, error("request body over " + MAX_BODY_BYTES + " bytes")), "");
        }
        JsonNode envelope;
        try {
            envelope = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new Outcome(reply(exchange, 400, error("malformed JSON" + where)), "");
        }
        if (envelope == null || !envelope.isObject() || !envelope.path("request").path("type").isTextual()) {
            return new Outcome(reply(exchange, 400, error("not an Alexa request envelope: no request.type")), "");
        }
        String what = describe(envelope);
        String applicationId = envelope.path("context").path("System").path("application").path("applicationId")
                .asText("");
        if (skillId != null && !skillId.equals(applicationId)) {
            return new Outcome(reply(exchange, 403, error("request is for another skill")), what);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body), out, null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(reply(exchange, 500, error("the skill failed: " + e.getClass().getSimpleName())), what);
        }
        return new Outcome(reply(exchange, 200, out.toByteArray()), what);
    }

    private static String describe(JsonNode envelope) {
        JsonNode request = envelope.path("request");
        String intent = request.path("intent").path("name").asText("");
        return request.path("type").asText("?") + (intent.isEmpty() ? "" : " " + intent) + " ";
    }

    private byte[] error(String message) {
        try {
            return mapper.writeValueAsBytes(Map.of("error", message));
        } catch (JsonProcessingException e) {
            return "{\"error\":\"internal\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        return status;
    }
}

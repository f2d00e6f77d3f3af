package com.hipcheck.alexa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for Alexa's own APIs on 127.0.0.1, started by the test that uses it: each path is
 * scripted with a status and body (or to hang until the fake closes), and every request it
 * receives is recorded. A path with no script answers 404.
 */
public final class FakeAlexaApi implements AutoCloseable {

    /** One request as the fake received it; {@code path} is as sent, still percent-encoded. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        /** Returns the first value of header {@code name}, whatever its case. */
        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /** How the fake answers one path. */
    private record Script(int status, String body, boolean hangs) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-alexa-api");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FakeAlexaApi(HttpServer server) {
        this.server = server;
    }

    /** Starts a fake on a free loopback port. */
    public static FakeAlexaApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeAlexaApi fake = new FakeAlexaApi(server);
            server.createContext("/", fake::handle);
            // One thread per exchange, so a hanging path does not hold up the others.
            server.setExecutor(fake.threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the endpoint to pass as {@code apiEndpoint}, such as {@code http://127.0.0.1:49152}. */
    public String endpoint() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /** Answers {@code path} with {@code status} and {@code body} (no body if empty). */
    public FakeAlexaApi answer(String path, int status, String body) {
        scripts.put(path, new Script(status, body, false));
        return this;
    }

    /** Answers {@code path} with {@code status} and no body. */
    public FakeAlexaApi answer(String path, int status) {
        return answer(path, status, "");
    }

    /** Never answers {@code path}: its requests wait until the fake closes. */
    public FakeAlexaApi hang(String path) {
        scripts.put(path, new Script(0, "", true));
        return this;
    }

    /** Returns every request received so far, oldest first. */
    public List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            String path = exchange.getRequestURI().getRawPath();
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), path, Collections.unmodifiableMap(headers), body));
            }
            Script script = scripts.getOrDefault(path, new Script(404, "", false));
            if (script.hangs()) {
                try {
                    closing.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            byte[] bytes = script.body().getBytes(StandardCharsets.UTF_8);
            if (!script.body().isEmpty()) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(script.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }
}

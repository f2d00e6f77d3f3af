package com.hipcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Alexa's own APIs played on 127.0.0.1, for the tests and the console: the Settings API's time
 * zone ({@link #zone}) and the Reminders API, which keeps what it is sent (POST makes a reminder
 * and answers its alertToken, GET lists, PUT changes, DELETE removes) and answers 401 until the
 * user's permission is {@link #grant granted}. A path can be scripted with a status and body, or
 * to hang until the fake closes; a script wins over everything else, and a path nothing answers
 * gets 404. Every request received is recorded.
 */
public final class LocalAlexaApi implements AutoCloseable {

    /** One request as the fake received it; {@code path} is as sent, still percent-encoded. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
        /** Returns the first value of header {@code name}, whatever its case. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /** How the fake answers: a status and a body, or never. */
    private record Script(int status, String body, boolean hangs) {}

    static final String REMINDERS = "/v1/alerts/reminders";
    private static final Pattern ONE_REMINDER = Pattern.compile("/v1/alerts/reminders/[^/]+");
    private static final Pattern TIME_ZONE = Pattern.compile("/v2/devices/[^/]+/settings/System\\.timeZone");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-alexa-api");
        t.setDaemon(true);
        return t;
    });
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, Script> reminderScripts = new ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    /** The reminders kept, by alertToken, oldest first; guarded by itself. */
    private final Map<String, ObjectNode> reminders = new LinkedHashMap<>();
    private volatile boolean granted;
    private volatile ZoneId zone;
    private int made;
    /** What this fake's alert tokens start with; a count follows. */
    private static final String TOKEN_PREFIX = "amzn1.alexa.reminder.LOCAL";

    private LocalAlexaApi(HttpServer server) {
        this.server = server;
    }

    /** Starts a fake on a free loopback port: no zone set, reminders not permitted. */
    public static LocalAlexaApi start() {
        try {
            HttpServer server = LoopbackServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            LocalAlexaApi fake = new LocalAlexaApi(server);
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

    /** Answers {@code path} with {@code status} and {@code body} (no body if empty), whatever else it would answer. */
    public LocalAlexaApi answer(String path, int status, String body) {
        scripts.put(path, new Script(status, body, false));
        return this;
    }

    /** Answers {@code path} with {@code status} and no body. */
    public LocalAlexaApi answer(String path, int status) {
        return answer(path, status, "");
    }

    /** Never answers {@code path}: its requests wait until the fake closes. */
    public LocalAlexaApi hang(String path) {
        scripts.put(path, new Script(0, "", true));
        return this;
    }

    /** Answers every device's time zone request with {@code zone} (null: 404, as before). */
    public LocalAlexaApi zone(ZoneId zone) {
        this.zone = zone;
        return this;
    }

    /** Grants or withdraws the user's permission for reminders; without it every reminders request gets 401. */
    public LocalAlexaApi grant(boolean permission) {
        this.granted = permission;
        return this;
    }

    /**
     * Answers every reminders request of {@code method} (POST, GET, PUT, DELETE) with {@code
     * status} (such as 403, 429 or 500) and an error body like Alexa's, changing nothing kept.
     */
    public LocalAlexaApi failReminders(String method, int status) {
        String body = "{\"code\":\"" + errorCode(status) + "\",\"message\":\"scripted by LocalAlexaApi\"}";
        reminderScripts.put(method.toUpperCase(Locale.ROOT), new Script(status, body, false));
        return this;
    }

    /** Never answers reminders requests of {@code method}: they wait until the fake closes. */
    public LocalAlexaApi hangReminders(String method) {
        reminderScripts.put(method.toUpperCase(Locale.ROOT), new Script(0, "", true));
        return this;
    }

    /** Answers reminders requests of {@code method} as the kept reminders say again, after a failure or hang. */
    public LocalAlexaApi healReminders(String method) {
        reminderScripts.remove(method.toUpperCase(Locale.ROOT));
        return this;
    }

    /**
     * Keeps {@code kept} (by alertToken, as {@link #reminders} returns them) as if made earlier, so
     * a console run can go on with the reminders of the one before; new ones get tokens of their own.
     */
    public LocalAlexaApi keeping(Map<String, JsonNode> kept) {
        synchronized (reminders) {
            kept.forEach((token, reminder) -> {
                if (reminder instanceof ObjectNode object) {
                    reminders.put(token, object.deepCopy());
                }
                if (token.startsWith(TOKEN_PREFIX) && token.substring(TOKEN_PREFIX.length()).matches("\\d{1,9}")) {
                    made = Math.max(made, Integer.parseInt(token.substring(TOKEN_PREFIX.length())));
                }
            });
        }
        return this;
    }

    /** Returns the reminders kept now, by alertToken, oldest first, each as a GET would show it. */
    public Map<String, JsonNode> reminders() {
        synchronized (reminders) {
            Map<String, JsonNode> copy = new LinkedHashMap<>();
            reminders.forEach((token, reminder) -> copy.put(token, reminder.deepCopy()));
            return Collections.unmodifiableMap(copy);
        }
    }

    /** Returns every request received so far, oldest first. */
    public List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Forgets the requests received so far, so {@link #requests} starts afresh. */
    public void forgetRequests() {
        synchronized (received) {
            received.clear();
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
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            synchronized (received) {
                received.add(new Received(method, path, Collections.unmodifiableMap(headers), body));
            }
            Script script = scripts.get(path);
            if (script == null) {
                script = answerFor(method, path, body);
            }
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

    /** Returns what the APIs played here answer a request that no path script covers. */
    private Script answerFor(String method, String path, String body) {
        if (TIME_ZONE.matcher(path).matches()) {
            ZoneId set = zone;
            return method.equals("GET") && set != null ? new Script(200, "\"" + set.getId() + "\"", false) : notFound();
        }
        boolean all = path.equals(REMINDERS);
        if (!all && !ONE_REMINDER.matcher(path).matches()) {
            return notFound();
        }
        Script scripted = reminderScripts.get(method);
        if (scripted != null) {
            return scripted;
        }
        if (!granted) {
            return error(401, "UNAUTHORIZED", "the user has not granted the reminders permission");
        }
        String token = all ? null : path.substring(REMINDERS.length() + 1);
        synchronized (reminders) {
            return switch (method) {
                case "POST" -> all ? create(body) : error(405, "METHOD_NOT_ALLOWED", "POST " + path);
                case "GET" -> all ? list() : one(token);
                case "PUT" -> all ? error(405, "METHOD_NOT_ALLOWED", "PUT " + path) : update(token, body);
                case "DELETE" -> all ? error(405, "METHOD_NOT_ALLOWED", "DELETE " + path) : delete(token);
                default -> error(405, "METHOD_NOT_ALLOWED", method + " " + path);
            };
        }
    }

    private Script create(String body) {
        Optional<ObjectNode> request = readReminder(body);
        if (request.isEmpty()) {
            return invalid();
        }
        made++;
        String token = TOKEN_PREFIX + made;
        String now = Instant.now().toString();
        ObjectNode reminder = request.get();
        reminder.remove("requestTime");
        reminder.put("alertToken", token);
        reminder.put("createdTime", now);
        reminder.put("updatedTime", now);
        reminder.put("status", "ON");
        reminder.put("version", "1");
        reminders.put(token, reminder);
        return ok(summary(reminder));
    }

    private Script list() {
        ObjectNode answer = json.createObjectNode();
        answer.put("totalCount", String.valueOf(reminders.size()));
        ArrayNode alerts = answer.putArray("alerts");
        reminders.values().forEach(alerts::add);
        answer.putNull("links");
        return ok(answer);
    }

    private Script one(String token) {
        ObjectNode reminder = reminders.get(token);
        return reminder == null ? error(404, "NOT_FOUND", "no reminder " + token) : ok(reminder);
    }

    private Script update(String token, String body) {
        ObjectNode kept = reminders.get(token);
        if (kept == null) {
            return error(404, "NOT_FOUND", "no reminder " + token);
        }
        Optional<ObjectNode> request = readReminder(body);
        if (request.isEmpty()) {
            return invalid();
        }
        ObjectNode reminder = request.get();
        reminder.remove("requestTime");
        reminder.put("alertToken", token);
        reminder.set("createdTime", kept.get("createdTime"));
        reminder.put("updatedTime", Instant.now().toString());
        reminder.put("status", "ON");
        reminder.put("version", String.valueOf(Integer.parseInt(kept.path("version").asText("1")) + 1));
        reminders.put(token, reminder);
        return ok(summary(reminder));
    }

    private Script delete(String token) {
        return reminders.remove(token) == null ? error(404, "NOT_FOUND", "no reminder " + token)
                : new Script(200, "", false);
    }

    /** Returns the answer to a POST or PUT: the reminder's token, times, status, version and address. */
    private ObjectNode summary(ObjectNode reminder) {
        ObjectNode answer = json.createObjectNode();
        for (String field : List.of("alertToken", "createdTime", "updatedTime", "status", "version")) {
            answer.set(field, reminder.get(field));
        }
        answer.put("href", REMINDERS + "/" + reminder.path("alertToken").asText());
        return answer;
    }

    /**
     * Returns {@code body} as a reminder when it has what Alexa requires (a trigger with a type, a
     * scheduled time without an offset for an absolute one, something to say in a locale).
     */
    private Optional<ObjectNode> readReminder(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!(node instanceof ObjectNode reminder)) {
            return Optional.empty();
        }
        JsonNode trigger = reminder.path("trigger");
        String type = trigger.path("type").asText("");
        boolean absolute = type.equals("SCHEDULED_ABSOLUTE");
        if (!absolute && !type.equals("SCHEDULED_RELATIVE")) {
            return Optional.empty();
        }
        String scheduled = trigger.path("scheduledTime").asText("");
        if (absolute && !scheduled.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?")) {
            return Optional.empty();
        }
        JsonNode content = reminder.path("alertInfo").path("spokenInfo").path("content");
        if (!content.isArray() || content.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode said : content) {
            if (said.path("locale").asText("").isBlank() || said.path("text").asText("").isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(reminder);
    }

    private Script ok(JsonNode body) {
        return new Script(200, body.toString(), false);
    }

    private static Script notFound() {
        return new Script(404, "", false);
    }

    private static Script invalid() {
        return error(400, "INVALID_REQUEST", "not a reminder Alexa would accept");
    }

    private static Script error(int status, String code, String message) {
        return new Script(status, "{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}",
                false);
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 429 -> "RATE_EXCEEDED";
            default -> status >= 500 ? "INTERNAL_SERVER_ERROR" : "INVALID_REQUEST";
        };
    }
}

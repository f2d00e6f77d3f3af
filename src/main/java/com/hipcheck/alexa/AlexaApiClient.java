package com.hipcheck.alexa;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLParameters;

/**
 * The one client for Alexa's own APIs (the Settings API's time zone, the Reminders API), on the
 * JDK's HTTP client. Every call is asynchronous, bounded by short timeouts and never fails: an API
 * that does not answer in time, or answers anything unexpected, reads as "nothing known" (a zone)
 * or as a {@link ReminderOutcome} that says why (a reminder).
 */
public final class AlexaApiClient {
    /** A connection to Alexa's API takes a few milliseconds from Lambda; longer means it will not help this turn. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    /** The answer is waited for during a turn that must answer quickly, so a slow API is skipped, not waited out. */
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(400);

    /**
     * A reminder is made because the user asked and waits for the answer, so it may take longer
     * than the zone, which no one asked for; still far inside Alexa's 8 s for the whole turn.
     */
    static final Duration REMINDER_TIMEOUT = Duration.ofMillis(1_000);

    static final String TIME_ZONE_PATH = "/v2/devices/%s/settings/System.timeZone";
    static final String REMINDERS_PATH = "/v1/alerts/reminders";

    private AlexaApiClient() {}

    /**
     * Holds the HTTP client, built on first use rather than when the skill's classes load, so a
     * cold start that never calls an Alexa API pays nothing for it.
     */
    private static final class Holder {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                // HTTP/1.1: no upgrade round trip, and less of the client to load than HTTP/2.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                // A redirect would carry the user's token elsewhere.
                .followRedirects(HttpClient.Redirect.NEVER)
                // TLS as the JDK sets it up by default: empty parameters leave the protocols and
                // cipher suites to the engine's own defaults (the client still checks the host
                // name), and save building the client the default suite list, about 60 ms of a
                // cold start (bench/run.sh).
                .sslParameters(new SSLParameters())
                .build();
        static final JsonFactory JSON = new JsonFactory();
    }

    /**
     * Holds what the Reminders API's bodies are written and read with, loaded only when a reminder
     * is asked for: the zone, asked on every launch, must not wait for these classes to load.
     */
    private static final class ReminderJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
        /** A local date-time as the Reminders API reads it: no offset (the zone is sent beside it), milliseconds. */
        static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");
        /** The moment of the request, with its offset, as the ASK SDK's own model writes it. */
        static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    }

    /** One request to an Alexa API: its method, its path under the API endpoint, and a JSON body if it has one. */
    record Call(String method, String path, Optional<String> json) {
        Call {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(json, "json");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("a path starts with /, not " + path);
            }
        }

        /** Returns a GET of {@code path}. */
        static Call get(String path) {
            return new Call("GET", path, Optional.empty());
        }

        /** Returns a call of {@code method} on {@code path} sending {@code json}. */
        static Call withJson(String method, String path, String json) {
            return new Call(method, path, Optional.of(json));
        }
    }

    /**
     * What an API answered: its status and body, or {@link #NONE} (status 0) when nothing usable
     * came back (no connection, a timeout, a request that could not be built).
     */
    record Answer(int status, String body) {
        static final Answer NONE = new Answer(0, "");

        Answer {
            Objects.requireNonNull(body, "body");
        }

        /** Returns whether the API answered with a 2xx status. */
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    /** Builds the HTTP client now, without any network call, so a snapshot taken afterwards holds it. */
    public static void prime() {
        Objects.requireNonNull(Holder.CLIENT);
    }

    /**
     * Builds the HTTP client on a daemon thread of its own, while the rest of the skill loads: on a
     * cold start it costs about 150 ms of class loading, which then no request waits for.
     */
    static void primeInBackground() {
        Thread builder = new Thread(AlexaApiClient::prime, "alexa-api-client-init");
        builder.setDaemon(true);
        builder.start();
    }

    /**
     * Starts reading the device's time zone from the Settings API with the values Alexa put in
     * {@code envelope}'s context ({@code System.apiEndpoint}, {@code System.apiAccessToken},
     * {@code System.device.deviceId}); a value missing from it gives an empty answer at once.
     */
    public static CompletableFuture<Optional<ZoneId>> timeZoneOf(RequestEnvelope envelope) {
        Context context = envelope == null ? null : envelope.getContext();
        SystemState system = context == null ? null : context.getSystem();
        if (system == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Device device = system.getDevice();
        return timeZone(system.getApiEndpoint(), device == null ? null : device.getDeviceId(), system.getApiAccessToken());
    }

    /**
     * Starts reading a device's time zone from the Settings API. The future completes with the
     * zone, or empty when the setting is unset, the API refuses or fails, its answer is no zone,
     * or it does not answer in time; it never completes exceptionally.
     */
    public static CompletableFuture<Optional<ZoneId>> timeZone(String apiEndpoint, String deviceId, String apiAccessToken) {
        if (isBlank(deviceId)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String path = String.format(TIME_ZONE_PATH, pathSegment(deviceId));
        return send(apiEndpoint, apiAccessToken, Call.get(path))
                .thenApply(answer -> answer.status() == 200 ? zone(answer.body()) : Optional.<ZoneId>empty());
    }

    /**
     * Waits at most {@code budget} for {@code answer}; empty if it is not there by then, failed, or
     * the wait is interrupted (the thread keeps its interrupt).
     */
    public static Optional<ZoneId> within(CompletableFuture<Optional<ZoneId>> answer, Duration budget) {
        if (answer == null) {
            return Optional.empty();
        }
        long nanos = budget == null || budget.isNegative() ? 0 : saturatedNanos(budget);
        try {
            Optional<ZoneId> zone = answer.get(nanos, TimeUnit.NANOSECONDS);
            return zone == null ? Optional.empty() : zone;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts making {@code reminder} with the values Alexa put in {@code envelope}'s context
     * ({@code System.apiEndpoint}, {@code System.apiAccessToken}); {@code now} is the moment of
     * the request. The future completes with {@link ReminderOutcome.Created} or why not; it never
     * completes exceptionally.
     */
    public static CompletableFuture<ReminderOutcome> createDaily(RequestEnvelope envelope, DailyReminder reminder,
            Instant now) {
        SystemState system = systemOf(envelope);
        return createDaily(system == null ? null : system.getApiEndpoint(),
                system == null ? null : system.getApiAccessToken(), reminder, now);
    }

    /** Starts making {@code reminder}: a {@code POST} of {@link #reminderBody} to {@value #REMINDERS_PATH}. */
    public static CompletableFuture<ReminderOutcome> createDaily(String apiEndpoint, String apiAccessToken,
            DailyReminder reminder, Instant now) {
        String body = reminderBody(reminder, now);
        return reminderCall(apiEndpoint, apiAccessToken, Call.withJson("POST", REMINDERS_PATH, body), Verb.CREATE);
    }

    /**
     * Starts listing the skill's reminders for the user of {@code envelope} (Alexa answers only the
     * ones this skill made). Completes with {@link ReminderOutcome.Listed} or why not.
     */
    public static CompletableFuture<ReminderOutcome> listReminders(RequestEnvelope envelope) {
        SystemState system = systemOf(envelope);
        return listReminders(system == null ? null : system.getApiEndpoint(),
                system == null ? null : system.getApiAccessToken());
    }

    /** Starts listing the skill's reminders: a {@code GET} of {@value #REMINDERS_PATH}. */
    public static CompletableFuture<ReminderOutcome> listReminders(String apiEndpoint, String apiAccessToken) {
        return reminderCall(apiEndpoint, apiAccessToken, Call.get(REMINDERS_PATH), Verb.LIST);
    }

    /**
     * Starts changing the reminder {@code alertToken} to {@code reminder}, with the values in
     * {@code envelope}'s context. Completes with {@link ReminderOutcome.Done}, {@link
     * ReminderOutcome.Gone} when it is no longer there, or why not.
     */
    public static CompletableFuture<ReminderOutcome> updateDaily(RequestEnvelope envelope, String alertToken,
            DailyReminder reminder, Instant now) {
        SystemState system = systemOf(envelope);
        return updateDaily(system == null ? null : system.getApiEndpoint(),
                system == null ? null : system.getApiAccessToken(), alertToken, reminder, now);
    }

    /** Starts changing a reminder: a {@code PUT} of {@link #reminderBody} to {@code /v1/alerts/reminders/{alertToken}}. */
    public static CompletableFuture<ReminderOutcome> updateDaily(String apiEndpoint, String apiAccessToken,
            String alertToken, DailyReminder reminder, Instant now) {
        if (isBlank(alertToken)) {
            return CompletableFuture.completedFuture(new ReminderOutcome.Failed("no alert token to update"));
        }
        String body = reminderBody(reminder, now);
        return reminderCall(apiEndpoint, apiAccessToken, Call.withJson("PUT", reminderPath(alertToken), body),
                Verb.CHANGE);
    }

    /**
     * Starts deleting the reminder {@code alertToken}, with the values in {@code envelope}'s
     * context. Completes with {@link ReminderOutcome.Done}, {@link ReminderOutcome.Gone} when it
     * was not there, or why not.
     */
    public static CompletableFuture<ReminderOutcome> deleteReminder(RequestEnvelope envelope, String alertToken) {
        SystemState system = systemOf(envelope);
        return deleteReminder(system == null ? null : system.getApiEndpoint(),
                system == null ? null : system.getApiAccessToken(), alertToken);
    }

    /** Starts deleting a reminder: a {@code DELETE} of {@code /v1/alerts/reminders/{alertToken}}. */
    public static CompletableFuture<ReminderOutcome> deleteReminder(String apiEndpoint, String apiAccessToken,
            String alertToken) {
        if (isBlank(alertToken)) {
            return CompletableFuture.completedFuture(new ReminderOutcome.Failed("no alert token to delete"));
        }
        return reminderCall(apiEndpoint, apiAccessToken, new Call("DELETE", reminderPath(alertToken), Optional.empty()),
                Verb.CHANGE);
    }

    /**
     * Waits at most {@code budget} for a reminder call's outcome; {@link ReminderOutcome.Failed}
     * if it is not there by then or the wait is interrupted (the thread keeps its interrupt).
     */
    public static ReminderOutcome outcomeWithin(CompletableFuture<ReminderOutcome> pending, Duration budget) {
        if (pending == null) {
            return new ReminderOutcome.Failed("no call");
        }
        long nanos = budget == null || budget.isNegative() ? 0 : saturatedNanos(budget);
        try {
            ReminderOutcome outcome = pending.get(nanos, TimeUnit.NANOSECONDS);
            return outcome == null ? new ReminderOutcome.Failed("no outcome") : outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReminderOutcome.Failed("interrupted");
        } catch (TimeoutException e) {
            return new ReminderOutcome.Failed("no answer within " + budget.toMillis() + " ms");
        } catch (ExecutionException | CancellationException e) {
            return new ReminderOutcome.Failed("call failed: " + e);
        }
    }

    /** What a reminder call asks for, which decides how its answer reads. */
    private enum Verb { CREATE, LIST, CHANGE }

    private static CompletableFuture<ReminderOutcome> reminderCall(String apiEndpoint, String apiAccessToken, Call call,
            Verb verb) {
        if (isBlank(apiEndpoint) || isBlank(apiAccessToken)) {
            return CompletableFuture.completedFuture(
                    new ReminderOutcome.Failed("no API endpoint or access token in the request"));
        }
        return send(apiEndpoint, apiAccessToken, call, REMINDER_TIMEOUT).thenApply(answer -> outcome(answer, verb));
    }

    /** Returns what {@code answer} to a call of {@code verb} means. */
    private static ReminderOutcome outcome(Answer answer, Verb verb) {
        int status = answer.status();
        if (status == 0) {
            return new ReminderOutcome.Failed("no answer in time, or no connection");
        }
        if (status == 401 || status == 403) {
            return new ReminderOutcome.NoPermission(status);
        }
        if (status == 429) {
            return new ReminderOutcome.Throttled();
        }
        if (status == 404 && verb == Verb.CHANGE) {
            return new ReminderOutcome.Gone();
        }
        if (!answer.succeeded()) {
            return new ReminderOutcome.Failed("status " + status);
        }
        return switch (verb) {
            case CREATE -> createdFrom(answer.body());
            case LIST -> listedFrom(answer.body());
            case CHANGE -> new ReminderOutcome.Done();
        };
    }

    /** Returns the Reminders API's JSON for {@code reminder}, made at {@code now}: daily from its next occurrence. */
    static String reminderBody(DailyReminder reminder, Instant now) {
        ZonedDateTime here = now.atZone(reminder.zone());
        LocalDateTime first = here.toLocalDate().atTime(reminder.at());
        if (!first.isAfter(here.toLocalDateTime())) {
            first = first.plusDays(1);
        }
        String start = ReminderJson.LOCAL_TIME.format(first);
        ObjectNode body = ReminderJson.MAPPER.createObjectNode();
        body.put("requestTime", ReminderJson.REQUEST_TIME.format(now.atOffset(ZoneOffset.UTC)));
        ObjectNode trigger = body.putObject("trigger");
        trigger.put("type", "SCHEDULED_ABSOLUTE");
        trigger.put("scheduledTime", start);
        trigger.put("timeZoneId", reminder.zone().getId());
        ObjectNode recurrence = trigger.putObject("recurrence");
        recurrence.put("startDateTime", start);
        recurrence.putArray("recurrenceRules").add(reminder.recurrenceRule());
        ObjectNode spoken = body.putObject("alertInfo").putObject("spokenInfo").putArray("content").addObject();
        spoken.put("locale", reminder.locale());
        spoken.put("text", reminder.text());
        body.putObject("pushNotification").put("status", "ENABLED");
        return body.toString();
    }

    private static ReminderOutcome createdFrom(String body) {
        JsonNode answer = readTree(body);
        String token = answer == null ? "" : answer.path("alertToken").asText("");
        return token.isBlank() ? new ReminderOutcome.Failed("an answer without an alert token")
                : new ReminderOutcome.Created(token.strip());
    }

    private static ReminderOutcome listedFrom(String body) {
        JsonNode answer = readTree(body);
        if (answer == null || !answer.isObject()) {
            return new ReminderOutcome.Failed("an unreadable list");
        }
        JsonNode alerts = answer.path("alerts");
        if (!alerts.isMissingNode() && !alerts.isNull() && !alerts.isArray()) {
            return new ReminderOutcome.Failed("an unreadable list");
        }
        List<ReminderOutcome.Reminder> reminders = new ArrayList<>();
        for (JsonNode alert : alerts) {
            String token = alert.path("alertToken").asText("");
            if (!token.isBlank()) {
                reminders.add(new ReminderOutcome.Reminder(token.strip(), timeOf(alert.path("trigger")),
                        alert.path("status").asText(""), wordsOf(alert)));
            }
        }
        return new ReminderOutcome.Listed(reminders);
    }

    /** Returns the words a listed reminder says: its first spoken content's text, if it has any. */
    static Optional<String> wordsOf(JsonNode alert) {
        String text = alert.path("alertInfo").path("spokenInfo").path("content").path(0).path("text").asText("");
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** Returns the time of day a listed reminder goes off: its recurrence rule's, else its scheduled time's. */
    static Optional<LocalTime> timeOf(JsonNode trigger) {
        for (JsonNode rule : trigger.path("recurrence").path("recurrenceRules")) {
            Integer hour = null;
            int minute = 0;
            for (String part : rule.asText("").split(";")) {
                String[] pair = part.strip().split("=", 2);
                if (pair.length == 2 && pair[0].equalsIgnoreCase("BYHOUR")) {
                    hour = parseIntOrNull(pair[1]);
                } else if (pair.length == 2 && pair[0].equalsIgnoreCase("BYMINUTE")) {
                    Integer m = parseIntOrNull(pair[1]);
                    minute = m == null ? 0 : m;
                }
            }
            if (hour != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
                return Optional.of(LocalTime.of(hour, minute));
            }
        }
        String scheduled = trigger.path("scheduledTime").asText("");
        try {
            return scheduled.isBlank() ? Optional.empty() : Optional.of(LocalDateTime.parse(scheduled).toLocalTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer parseIntOrNull(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Returns {@code body} read as JSON, or null when it is not JSON. */
    private static JsonNode readTree(String body) {
        try {
            return body == null || body.isBlank() ? null : ReminderJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String reminderPath(String alertToken) {
        return REMINDERS_PATH + "/" + pathSegment(alertToken);
    }

    private static SystemState systemOf(RequestEnvelope envelope) {
        Context context = envelope == null ? null : envelope.getContext();
        return context == null ? null : context.getSystem();
    }

    /**
     * Sends {@code call} to {@code apiEndpoint}, authorised by {@code apiAccessToken}. The future
     * completes with the API's answer, or {@link Answer#NONE} for a missing endpoint or token (then
     * nothing is sent), a failed connection or a timeout; it never completes exceptionally.
     */
    static CompletableFuture<Answer> send(String apiEndpoint, String apiAccessToken, Call call) {
        return send(apiEndpoint, apiAccessToken, call, REQUEST_TIMEOUT);
    }

    /** Sends {@code call} as {@link #send(String, String, Call)} does, waiting at most {@code timeout} for the answer. */
    static CompletableFuture<Answer> send(String apiEndpoint, String apiAccessToken, Call call, Duration timeout) {
        if (isBlank(apiEndpoint) || isBlank(apiAccessToken)) {
            return CompletableFuture.completedFuture(Answer.NONE);
        }
        CompletableFuture<Answer> answer;
        try {
            String base = apiEndpoint.strip();
            if (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                    .timeout(timeout)
                    .header("Authorization", "Bearer " + apiAccessToken.strip())
                    .header("Accept", "application/json");
            if (call.json().isPresent()) {
                request.header("Content-Type", "application/json")
                        .method(call.method(), HttpRequest.BodyPublishers.ofString(call.json().get(), StandardCharsets.UTF_8));
            } else {
                request.method(call.method(), HttpRequest.BodyPublishers.noBody());
            }
            answer = Holder.CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .handle((response, failure) -> response == null ? Answer.NONE
                            : new Answer(response.statusCode(), response.body() == null ? "" : response.body()));
        } catch (RuntimeException e) {
            // A malformed endpoint, method or header value: there is nothing to send.
            return CompletableFuture.completedFuture(Answer.NONE);
        }
        // A ceiling on the whole call, should the client's own timeouts not cover a phase (such as reading the body).
        return answer.completeOnTimeout(Answer.NONE, CONNECT_TIMEOUT.plus(timeout).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Returns the zone a Settings API body names, such as {@code "America/Los_Angeles"}, if it is one. */
    static Optional<ZoneId> zone(String body) {
        if (body == null) {
            return Optional.empty();
        }
        try (JsonParser parser = Holder.JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return Optional.empty();
            }
            String name = parser.getText();
            if (parser.nextToken() != null || name.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(ZoneId.of(name.strip()));
        } catch (IOException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Returns {@code value} encoded as one URL path segment (a space as %20, never +). */
    private static String pathSegment(String value) {
        return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

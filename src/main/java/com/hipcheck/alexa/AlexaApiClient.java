package com.hipcheck.alexa;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one client for Alexa's own APIs (the Settings API's time zone now, the Reminders API next),
 * on the JDK's HTTP client. Every call is asynchronous, bounded by short timeouts and never fails:
 * an API that does not answer in time, or answers anything unexpected, reads as "nothing known".
 */
public final class AlexaApiClient {
    /** A connection to Alexa's API takes a few milliseconds from Lambda; longer means it will not help this turn. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    /** The answer is waited for during a turn that must answer quickly, so a slow API is skipped, not waited out. */
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(400);
    /** A ceiling on the whole call, should the client's own timeouts not cover a phase (such as reading the body). */
    static final Duration CALL_CEILING = CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT);

    static final String TIME_ZONE_PATH = "/v2/devices/%s/settings/System.timeZone";

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
                .build();
        static final JsonFactory JSON = new JsonFactory();
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
     * Sends {@code call} to {@code apiEndpoint}, authorised by {@code apiAccessToken}. The future
     * completes with the API's answer, or {@link Answer#NONE} for a missing endpoint or token (then
     * nothing is sent), a failed connection or a timeout; it never completes exceptionally.
     */
    static CompletableFuture<Answer> send(String apiEndpoint, String apiAccessToken, Call call) {
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
                    .timeout(REQUEST_TIMEOUT)
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
        return answer.completeOnTimeout(Answer.NONE, CALL_CEILING.toMillis(), TimeUnit.MILLISECONDS);
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

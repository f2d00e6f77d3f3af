package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a fuzz run repeatable: which seeds it draws ({@code -Dfuzz.base}, {@code -Dfuzz.sessions})
 * or the one session it replays turn by turn ({@code -Dfuzz.seed}); what each session sent; and for
 * each kind of broken rule, the first session that broke it, with its seed, the command that
 * replays it and the requests it sent, and how many sessions broke it.
 */
final class FuzzReplay {
    private static final long BASE_SEED = Long.getLong("fuzz.base", 1_000_000L);
    private static final int SESSIONS = Integer.getInteger("fuzz.sessions", 10_000);
    /** Sessions that start from a random accepted state draw from seeds this far from the others. */
    private static final long WARPED_OFFSET = 500_000_000L;

    private final String method;
    private final boolean warped;
    private final Map<String, Failure> failures = new LinkedHashMap<>();

    /**
     * Returns the replay of the test method {@code method}.
     *
     * @param warped whether its sessions start from a random accepted state
     */
    FuzzReplay(String method, boolean warped) {
        this.method = method;
        this.warped = warped;
    }

    /** Returns the one seed to replay ({@code -Dfuzz.seed}), or empty for a whole run. */
    static Optional<Long> replaySeed() {
        String seed = System.getProperty("fuzz.seed");
        return seed == null ? Optional.empty() : Optional.of(Long.parseLong(seed.strip()));
    }

    /** Returns the first seed of a whole run. */
    long base() {
        return warped ? BASE_SEED + WARPED_OFFSET : BASE_SEED;
    }

    /** Returns how many sessions a whole run plays. */
    int sessions() {
        return SESSIONS;
    }

    /** The first session that broke one kind of rule, and how many did. */
    private static final class Failure {
        final String report;
        int count = 1;

        Failure(String report) {
            this.report = report;
        }
    }

    /** What happened in one session so far, for the failure report. */
    final class Trail {
        final long seed;
        final List<String> steps = new ArrayList<>();
        /** Whether the session's requests come from a device with a screen. */
        boolean screen;

        Trail(long seed) {
            this.seed = seed;
        }

        /** Notes that the session broke a rule, with the request and response where it did. */
        void failed(Violation v, JsonNode request, JsonNode response) {
            Failure f = failures.get(v.kind);
            if (f == null) {
                failures.put(v.kind, new Failure(report(v, request, response)));
            } else {
                f.count++;
            }
        }

        private String report(Violation v, JsonNode request, JsonNode response) {
            StringBuilder b = new StringBuilder(2048);
            b.append(v.kind).append("\n  seed ").append(seed)
                    .append(warped ? " (starts from a random accepted state)" : "")
                    .append(screen ? " (on a screen device)" : "")
                    .append("; replay: mvn test -Dtest='DialogFuzzTest#").append(method).append("' -Dfuzz.seed=")
                    .append(seed).append('\n');
            for (int i = 0; i < steps.size(); i++) {
                b.append(String.format(Locale.ROOT, "  %3d. %s%n", i + 1, steps.get(i)));
            }
            b.append("  ").append(v.getMessage().replace("\n", "\n  ")).append('\n');
            if (request != null) {
                b.append("  request:  ").append(request).append('\n');
            }
            if (response != null) {
                String r = response.toString();
                b.append("  response: ").append(r.length() > 4000 ? r.substring(0, 4000) + "..." : r).append('\n');
            }
            return b.toString();
        }
    }

    /** Returns the record of the session drawn from {@code seed}. */
    Trail trail(long seed) {
        return new Trail(seed);
    }

    /** Fails, with one report per kind of broken rule, if any session broke one. */
    void failIfViolations() {
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(failures.size()).append(" kind(s) of violation:\n");
        failures.forEach((kind, f) -> b.append("\n[").append(f.count).append(" session(s)] ").append(f.report));
        throw new AssertionError(b.toString());
    }

    /** Returns one line that says what a request is: type, intent, slots, and anything unusual. */
    static String label(JsonNode request) {
        StringBuilder b = new StringBuilder(request.path("type").asText());
        JsonNode intent = request.path("intent");
        if (intent.isObject()) {
            b.append(' ').append(intent.path("name").asText());
            if (!intent.has("slots")) {
                b.append(" (no slots object)");
            }
            for (Map.Entry<String, JsonNode> slot : intent.path("slots").properties()) {
                JsonNode value = slot.getValue().path("value");
                b.append(' ').append(slot.getKey()).append('=')
                        .append(value.isTextual() ? '"' + value.asText() + '"' : "(missing)");
            }
        }
        if (FuzzScreens.USER_EVENT.equals(request.path("type").asText())) {
            b.append(' ').append(FuzzRequests.arguments(request));
        }
        if (request.path("type").asText().startsWith("Alexa.Presentation.APL.")) {
            JsonNode token = request.path("token");
            b.append(token.isMissingNode() ? " (no token)" : "hipcheck".equals(token.asText(null)) ? "" : " token=" + token);
        }
        if (request.has("reason")) {
            b.append(" reason=").append(request.path("reason").asText());
        }
        if (!"en-US".equals(request.path("locale").asText(null))) {
            b.append(" locale=").append(request.has("locale") ? request.path("locale").asText() : "(none)");
        }
        return b.toString();
    }
}

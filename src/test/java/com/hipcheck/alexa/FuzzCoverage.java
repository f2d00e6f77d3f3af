package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.dialog.Phase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a fuzz run reached: the turns and probes sent, the phases the sessions were in, the kinds
 * of request sent and which phase received which; on screen devices, the touches sent, the screen
 * ids shown and the documents touched. A run that missed a phase, a kind of request, a kind of
 * touch or a touch on one of the documents tests less than it claims, and fails.
 */
final class FuzzCoverage {
    /** Requests answered in the sessions, and in the copies of sessions the liveness probes send. */
    long turns;
    long probeTurns;
    /** Requests that said a touch's words instead, in copies of sessions on a device without a screen. */
    long twinTurns;
    private final Set<Phase> phasesReached = EnumSet.noneOf(Phase.class);
    private final Set<String> requestsSent = new HashSet<>();
    private final Set<String> phaseRequestPairs = new HashSet<>();
    /** Requests sent from a device with a screen, and touches sent, by kind. */
    long screenRequests;
    private final Map<FuzzRequests.TouchKind, Long> touches = new EnumMap<>(FuzzRequests.TouchKind.class);
    /** The screen ids shown, and the documents a touch was made on while they were the current screen. */
    private final Set<String> screenIds = new HashSet<>();
    private final Set<String> documentsTouched = new TreeSet<>();

    /** Notes a request sent in a session in {@code phase} (empty: no session open). */
    void sent(Optional<Phase> phase, JsonNode request) {
        String what = kind(request);
        requestsSent.add(what);
        phaseRequestPairs.add(phase.map(Phase::name).orElse("null") + " " + what);
    }

    /** Notes a touch sent. */
    void touched(FuzzRequests.Touch touch) {
        touches.merge(touch.kind(), 1L, Long::sum);
        if (touch.kind() == FuzzRequests.TouchKind.VALID) {
            documentsTouched.add(touch.document());
        }
    }

    /** Notes a screen shown. */
    void shown(FuzzScreens.Shown shown) {
        screenIds.add(shown.id());
    }

    /** Returns one part of the summary line: screen requests, touches by kind, screen ids shown. */
    String screenSummary() {
        return String.format(Locale.ROOT, "%d screen requests, touches %d valid (%d said instead to compare)/%d stale"
                        + "/%d hostile, %d screen ids", screenRequests, touches.getOrDefault(FuzzRequests.TouchKind.VALID, 0L),
                twinTurns,
                touches.getOrDefault(FuzzRequests.TouchKind.STALE, 0L),
                touches.getOrDefault(FuzzRequests.TouchKind.HOSTILE, 0L), screenIds.size());
    }

    /** Notes a session that went on in {@code phase}. */
    void reached(Phase phase) {
        phasesReached.add(phase);
    }

    /** Returns how many pairs of phase and kind of request were sent. */
    int phaseRequestPairs() {
        return phaseRequestPairs.size();
    }

    /** Fails when the run missed a phase or one of {@code kinds} of request. */
    void assertReached(List<String> kinds) {
        List<String> missing = new ArrayList<>();
        for (Phase p : Phase.values()) {
            if (!phasesReached.contains(p)) {
                missing.add("phase " + p);
            }
        }
        for (String document : ScreenChecks.DOCUMENTS.keySet()) {
            if (!documentsTouched.contains(document)) {
                missing.add("a touch on the " + document + " document");
            }
        }
        for (FuzzRequests.TouchKind kind : FuzzRequests.TouchKind.values()) {
            if (!touches.containsKey(kind)) {
                missing.add("a " + kind.name().toLowerCase(Locale.ROOT) + " touch");
            }
        }
        for (String request : kinds) {
            if (!requestsSent.contains(request)) {
                missing.add(request);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the fuzz never reached: " + missing);
        }
    }

    /** Returns the kind of a request: its type, and for an intent request the intent's name. */
    static String kind(JsonNode request) {
        String type = request.path("type").asText();
        return (type + (type.equals("IntentRequest") ? " " + request.path("intent").path("name").asText("") : ""))
                .strip();
    }
}

package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.dialog.Phase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a fuzz run reached: the turns and probes sent, the phases the sessions were in, the kinds
 * of request sent and which phase received which. A run that missed a phase or a kind of request
 * tests less than it claims, and fails.
 */
final class FuzzCoverage {
    /** Requests answered in the sessions, and in the copies of sessions the liveness probes send. */
    long turns;
    long probeTurns;
    private final Set<Phase> phasesReached = EnumSet.noneOf(Phase.class);
    private final Set<String> requestsSent = new HashSet<>();
    private final Set<String> phaseRequestPairs = new HashSet<>();

    /** Notes a request sent in a session in {@code phase} (empty: no session open). */
    void sent(Optional<Phase> phase, JsonNode request) {
        String what = kind(request);
        requestsSent.add(what);
        phaseRequestPairs.add(phase.map(Phase::name).orElse("null") + " " + what);
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

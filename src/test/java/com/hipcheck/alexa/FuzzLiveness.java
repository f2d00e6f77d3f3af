package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Plan;
import com.hipcheck.domain.HipFlexorRule;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.local.LocalSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Liveness end to end, through the adapter: from a state a fuzzed session reached, Stop ends the
 * session, and a cooperative user carries the conversation to a polite end, every turn on the way
 * changing where it is. The probes are sent in copies of the session, which itself stays where it
 * was. {@code DialogLivenessTest} checks the same on the pure dialog for every reachable state;
 * this checks that the requests, the session codec and the handlers keep it.
 */
final class FuzzLiveness {
    /** A cooperative user finishes from any state within this many turns (a full test is about 15). */
    static final int FINISH_WITHIN = 30;

    private final LocalSession prober;
    private final FuzzRequests requests;
    private final ResponseChecks checks;
    private final FuzzCoverage coverage;
    private final ObjectMapper mapper = new ObjectMapper();
    private final SessionCodec codec = new SessionCodec();
    /** The kinds of state checked (see {@link #stateKey}). */
    final Set<String> checked = new HashSet<>();
    /** The kinds of state a cooperative user is known to finish from. */
    private final Set<String> finishes = new HashSet<>();

    FuzzLiveness(LocalSession prober, FuzzRequests requests, ResponseChecks checks, FuzzCoverage coverage) {
        this.prober = prober;
        this.requests = requests;
        this.checks = checks;
        this.coverage = coverage;
    }

    /**
     * Checks liveness from the state in {@code attributes}, once per kind of state, from the first
     * session that reaches it.
     */
    void check(JsonNode attributes, FuzzReplay.Trail trail) {
        DialogState state = decode(attributes);
        if (state == null || !checked.add(stateKey(state))) {
            return;
        }
        Probes stopProbe = new Probes(trail, attributes);
        ObjectNode stop = requests.intent("AMAZON.StopIntent");
        JsonNode stopped = probe(attributes, stop, stopProbe);
        if (ResponseChecks.isOpen(stopped)) {
            throw stopProbe.violation("AMAZON.StopIntent left the session open", stop, stopped, "");
        }
        Probes probes = new Probes(trail, attributes);
        JsonNode current = attributes;
        DialogState s = state;
        List<String> path = new ArrayList<>();
        for (int i = 0; i < FINISH_WITHIN; i++) {
            String key = stateKey(s);
            if (finishes.contains(key)) {
                finishes.addAll(path);
                return;
            }
            path.add(key);
            ObjectNode move = finishingMove(s);
            JsonNode response = probe(current, move, probes);
            if (!ResponseChecks.isOpen(response)) {
                finishes.addAll(path);
                return;
            }
            DialogState next = decode(response.path("sessionAttributes"));
            if (next == null) {
                throw probes.violation("unreadable state after a cooperative answer", move, response, "");
            }
            if (!moved(s, next)) {
                throw probes.violation("stuck: a cooperative answer in " + describe(s) + " changes nothing", move,
                        response, "");
            }
            s = next;
            current = response.path("sessionAttributes");
        }
        throw probes.violation("never finishes: " + FINISH_WITHIN
                + " cooperative answers do not end the conversation", null, null, "");
    }

    /**
     * Sends {@code request} in a copy of the session: an envelope that continues it, with
     * {@code attributes}, while the session itself stays where it was.
     */
    private JsonNode probe(JsonNode attributes, ObjectNode request, Probes probes) {
        ObjectNode envelope = prober.envelope(request);
        ObjectNode session = (ObjectNode) envelope.get("session");
        session.put("new", false);
        session.set("attributes", attributes);
        probes.steps.add(FuzzReplay.label(request));
        JsonNode response;
        try {
            byte[] body = mapper.writeValueAsBytes(envelope);
            response = checks.answer(() -> prober.sendRaw(body));
            coverage.probeTurns++;
            checks.check(request, response);
        } catch (Violation v) {
            throw probes.violation(v.kind, request, null, v.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    /** The requests sent in copies of a session from one state, for the failure report. */
    private static final class Probes {
        final FuzzReplay.Trail trail;
        final JsonNode start;
        final List<String> steps = new ArrayList<>();

        Probes(FuzzReplay.Trail trail, JsonNode start) {
            this.trail = trail;
            this.start = start;
        }

        Violation violation(String kind, JsonNode request, JsonNode response, String detail) {
            StringBuilder b = new StringBuilder();
            b.append("in a copy of the session after request ").append(trail.steps.size())
                    .append(", with attributes ").append(start).append(", the user said:");
            for (String step : steps) {
                b.append("\n    ").append(step);
            }
            if (!detail.isEmpty()) {
                b.append("\n  ").append(detail);
            }
            if (request != null) {
                b.append("\n  last probe request: ").append(request);
            }
            if (response != null) {
                b.append("\n  last probe response: ").append(response);
            }
            return new Violation("liveness: " + kind, b.toString());
        }
    }

    /**
     * Returns the answer a user who wants to finish gives: carry on, answer, decline what is
     * offered. No default: a new phase does not compile until it is decided here.
     */
    private ObjectNode finishingMove(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> requests.intent("AMAZON.YesIntent");
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, STRETCH_SETUP, NEXT_SIDE ->
                    requests.intent("ReadyIntent");
            case ASK -> requests.intent("DescribeIntent", Map.of("observation",
                    switch (s.answers(s.side()).nextQuestion().orElseThrow()) {
                        case THIGH_DROPS -> "drops";
                        case LEG_DRIFTS_OUT -> "stays straight";
                        case BACK_ARCHES -> "stays flat";
                    }));
            case OFFER_STRETCH, RETEST_OFFER, ANOTHER_ROUND, OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER ->
                    requests.intent("AMAZON.NoIntent");
            case PAUSED -> requests.intent("AMAZON.ResumeIntent");
            case WELCOME_BACK -> requests.intent("AMAZON.YesIntent");
            case CHECK_IN -> requests.intent("ReadyIntent");
        };
    }

    private static boolean moved(DialogState a, DialogState b) {
        return a.phase() != b.phase() || a.side() != b.side() || !a.answers().equals(b.answers())
                || !a.plan().stretch().equals(b.plan().stretch()) || a.plan().round() != b.plan().round()
                || !a.resume().equals(b.resume());
    }

    /**
     * Returns what a state is for liveness: everything that decides what happens next, with
     * answers reduced to which questions are answered and the verdict of a finished side.
     */
    private static String stateKey(DialogState s) {
        Plan plan = s.plan();
        return s.phase() + "|" + s.resume().orElse(null) + "|" + s.side() + "|" + sideKey(s.answers().right())
                + "|" + sideKey(s.answers().left()) + "|" + plan.stretch().orElse(null) + "|"
                + (plan.round() == 1 ? "first" : "later") + (plan.round() >= plan.setLength() ? " last" : "")
                + (plan.more() > 0 ? " extra" : "") + "|"
                + (plan.hold().seconds() == Hold.MAX_SECONDS ? "" : "hold") + "|" + s.disclaimed() + "|"
                + s.aside().isPresent() + "|" + Math.min(s.talk().misheard(), 2) + "|" + (s.talk().painReports() > 0);
    }

    private static String sideKey(SideAnswers answers) {
        String answered = answers.asMap().keySet().stream().map(q -> q.name().substring(0, 1)).sorted()
                .reduce("", String::concat);
        return answers.isComplete() ? HipFlexorRule.evaluate(answers).outcome().name() : answered;
    }

    private static String describe(DialogState s) {
        return s.phase() + (s.resume().orElse(null) == null ? "" : " from " + s.resume().orElse(null)) + " on the "
                + s.side().name().toLowerCase(Locale.ROOT) + " side";
    }

    private DialogState decode(JsonNode attributes) {
        SessionCodec.Decoded decoded = codec.decode(toMap(attributes));
        return decoded.found().isPresent() ? decoded.found().orElse(null) : null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(JsonNode attributes) {
        return attributes == null || !attributes.isObject() ? null : mapper.convertValue(attributes, Map.class);
    }
}

package com.hipcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import com.hipcheck.domain.InMemoryPracticeStore;
import com.hipcheck.domain.TestClock;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The moments of a conversation the corpora say their lines at, and the requests that bring a
 * fresh session there: sent by intent, so that the way there does not depend on the words a corpus
 * tests. Both sides test tight (every answer no), or unclear (every answer not sure) for the retest
 * offer; the moments about what is kept talk to a skill with a store of its own.
 * {@code tools/virtual-alexa/moments.js} walks the same steps for the strict runs.
 */
final class Moments {
    private static final String NEW_SESSION = "NEW_SESSION";
    private static final String LAUNCH = "LAUNCH";
    private static final String EDGE_OF_TABLE = "ChooseStretchIntent";

    private Moments() {}

    /** Where a walk ended: the session, the skill it talks to, and the response it got last. */
    record Reached(SkillHarness skill, LocalSession session, JsonNode last) {}

    /** The moments the never-misread corpus and the suggestion checks visit: every step of a conversation. */
    static final List<String> EVERY_STEP = List.of("offer-test", "setup-lie", "setup-hug", "setup-hang", "thigh",
            "drift", "back", "switch", "left-thigh", "left-drift", "left-back", "offer-stretch", "retest-offer",
            "stretch-setup", "hold", "another-round", "paused", "offer-save", "confirm-forget", "welcome-back",
            "confirm-reminder");

    /** Walks a fresh session to {@code moment}; {@code plain} is the skill without a store. */
    static Reached walk(String moment, SkillHarness plain) throws IOException {
        return walk(moment, plain, false);
    }

    /** Walks a fresh session to {@code moment}, from an Echo Show when {@code screen}. */
    static Reached walk(String moment, SkillHarness plain, boolean screen) throws IOException {
        SkillHarness skill = keeps(moment)
                ? SkillHarness.withHistory(new InMemoryPracticeStore(), new TestClock(Instant.parse("2026-12-01T09:00:00Z")),
                        plain.locale())
                : plain;
        LocalSession session = skill.newSession();
        if (screen) {
            session.onScreen();
        }
        JsonNode last = null;
        for (String step : stepsTo(moment)) {
            if (step.equals(NEW_SESSION)) {
                session = skill.newSession(session.userId());
                if (screen) {
                    session.onScreen();
                }
            } else if (step.equals(LAUNCH)) {
                last = session.send(skill.requests().launch());
            } else if (step.equals(EDGE_OF_TABLE)) {
                last = session.send(skill.requests().intent(step, Map.of("stretch", "edge of table")));
            } else {
                last = session.send(skill.requests().intent(step, Map.of()));
            }
        }
        return new Reached(skill, session, last);
    }

    /** Returns whether a moment is about what is kept, so its skill needs a store. */
    private static boolean keeps(String moment) {
        return moment.equals("offer-save") || moment.equals("confirm-forget") || moment.equals("welcome-back");
    }

    /** Returns the requests, by intent, that bring a new session to {@code moment}. */
    static List<String> stepsTo(String moment) {
        List<String> offer = List.of(LAUNCH);
        List<String> setupLie = then(offer, "AMAZON.YesIntent");
        List<String> setupHug = then(setupLie, "ReadyIntent");
        List<String> setupHang = then(setupHug, "ReadyIntent");
        List<String> thigh = then(setupHang, "ReadyIntent");
        List<String> drift = then(thigh, "AMAZON.NoIntent");
        List<String> back = then(drift, "AMAZON.NoIntent");
        List<String> change = then(back, "AMAZON.NoIntent");
        List<String> leftThigh = then(change, "ReadyIntent");
        List<String> leftDrift = then(leftThigh, "AMAZON.NoIntent");
        List<String> leftBack = then(leftDrift, "AMAZON.NoIntent");
        List<String> result = then(leftBack, "AMAZON.NoIntent");
        List<String> stretchSetup = then(result, EDGE_OF_TABLE);
        // After the first side's holds, its three rounds: the next side is due.
        List<String> hold = then(stretchSetup, "ReadyIntent", "ReadyIntent", "ReadyIntent");
        // Both sides tight: the left side's three rounds too, then another round is offered.
        List<String> anotherRound = then(hold, "ReadyIntent", "ReadyIntent", "ReadyIntent", "ReadyIntent");
        // With a store, the plan is offered to be kept once the stretching is done.
        List<String> offerSave = then(anotherRound, "AMAZON.NoIntent");
        return switch (moment) {
            case "offer-test" -> offer;
            // The phrasing corpus's older names: "setup" is step one, where the article's questions are asked too.
            case "setup-lie", "setup", "article-questions" -> setupLie;
            case "setup-hug" -> setupHug;
            case "setup-hang" -> setupHang;
            case "thigh", "navigation", "history" -> thigh;
            case "drift" -> drift;
            case "back" -> back;
            case "switch" -> change;
            case "left-thigh" -> leftThigh;
            case "left-drift" -> leftDrift;
            case "left-back" -> leftBack;
            case "offer-stretch", "stretch-choice" -> result;
            case "offer-save" -> offerSave;
            case "retest-offer" -> then(thigh, "UnsureIntent", "UnsureIntent", "UnsureIntent", "ReadyIntent",
                    "UnsureIntent", "UnsureIntent", "UnsureIntent");
            case "stretch-setup", "hold-length", "pain" -> stretchSetup;
            case "hold" -> hold;
            case "another-round" -> anotherRound;
            case "paused" -> then(stretchSetup, "PainIntent");
            // With a plan kept, so there is something to delete.
            case "confirm-forget" -> then(offerSave, "AMAZON.YesIntent", NEW_SESSION, LAUNCH, "ForgetMeIntent");
            // "Remind me to stretch" with no time: the evening, said in the question.
            case "confirm-reminder" -> then(offer, "RemindMeIntent");
            case "welcome-back" -> then(offerSave, "AMAZON.YesIntent", NEW_SESSION, LAUNCH);
            default -> throw new IllegalArgumentException("no such moment: " + moment);
        };
    }

    private static List<String> then(List<String> before, String... more) {
        return Stream.concat(before.stream(), Stream.of(more)).toList();
    }
}

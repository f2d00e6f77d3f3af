package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import com.hipcheck.domain.InMemoryHistoryStore;
import com.hipcheck.domain.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the never-misread corpus (src/test/resources/never-misread): each line is said at its
 * moment of a fresh session, heard with the local resolver and sent through the real stream
 * handler, and what Hip Check did is read from the response: a red flag, pain, a confirmation
 * asked, answers recorded, a result kept or a history deleted, or nothing of these.
 *
 * <p>A line is misread when Hip Check does anything the line does not allow: records, confirms,
 * keeps or deletes what was not said, or misses pain or a red flag. There may be none. A line
 * that means an answer and gets nothing (the question is asked again) is only not understood,
 * and a clear answer confirmed before it is recorded is understood: both are counted and shown.
 */
class NeverMisreadTest {
    static final Path CORPUS = Path.of("src/test/resources/never-misread");

    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    private static final UtteranceResolver RESOLVER = EverySampleResolvesTest.RESOLVER;

    /** One line: where it is said, the words, and what must happen. */
    record Line(String file, int number, String moment, String typed, String expected) {}

    @Test
    void noLineIsMisread() throws IOException {
        List<Line> lines = load();
        List<String> misread = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Line line : lines) {
            String got = outcome(line);
            if (!meets(got, line.expected())) {
                String shown = String.format(Locale.ROOT, "  %s:%d  %s | \"%s\" -> %s (want %s)", line.file(),
                        line.number(), line.moment(), line.typed(), got, line.expected());
                (got.equals("NOTHING") && !SAFETY.contains(line.expected()) ? missed : misread).add(shown);
            }
        }
        long newToTheModel = lines.stream()
                .filter(l -> !PhrasingCorpusTest.inTheModel(l.typed(), PhrasingCorpusTest.LITERAL_SAMPLES)).count();
        String report = String.format(Locale.ROOT, "Never-misread: %d utterances at %d moments, %d misread, %d not"
                + " understood (asked again); %d not a sample word for word%n", lines.size(),
                lines.stream().map(Line::moment).distinct().count(), misread.size(), missed.size(), newToTheModel)
                + String.join("\n", misread) + (misread.isEmpty() ? "" : "\n") + String.join("\n", missed);
        System.out.println(report);
        assertTrue(lines.size() >= 300, lines.size() + " utterances, fewer than 300");
        assertTrue(2 * newToTheModel >= lines.size(), "only " + newToTheModel + " are not samples word for word");
        assertTrue(misread.isEmpty(), report);
    }

    /** The outcomes that must never be missed. */
    private static final List<String> SAFETY = List.of("PAIN", "RED_FLAG");

    /**
     * Returns whether the outcome {@code got} is what {@code expected} asks for: an answer may
     * also be asked to be confirmed first ("X=A?" and a single "X=A" alike), never another one.
     */
    static boolean meets(String got, String expected) {
        String answers = expected.endsWith("?") ? expected.substring(0, expected.length() - 1) : expected;
        if (answers.matches("[A-Z_]+=[A-Z]+") && got.equals("CONFIRM " + answers)) {
            return true;
        }
        if (expected.equals("CONFIRM")) {
            return got.startsWith("CONFIRM");
        }
        return sorted(got).equals(sorted(answers));
    }

    private static List<String> sorted(String words) {
        return Stream.of(words.split(" ")).sorted().toList();
    }

    /** Brings a fresh session to the line's moment, says the line there and names what it did. */
    private static String outcome(Line line) throws IOException {
        SkillHarness skill = needsHistory(line.moment())
                ? SkillHarness.withHistory(new InMemoryHistoryStore(), new TestClock(Instant.parse("2026-12-01T09:00:00Z")))
                : SKILL;
        LocalSession session = skill.newSession();
        JsonNode before = null;
        for (String step : stepsTo(line.moment())) {
            if (step.equals("NEW_SESSION")) {
                session = skill.newSession(session.userId());
            } else {
                before = step.equals("LAUNCH") ? session.send(skill.requests().launch())
                        : session.send(step.startsWith("ChooseStretchIntent")
                                ? skill.requests().intent("ChooseStretchIntent", Map.of("stretch", "edge of table"))
                                : skill.requests().intent(step, Map.of()));
            }
        }
        Understood heard = RESOLVER.resolve(line.typed());
        JsonNode after = session.send(skill.requests().intent(heard.intent(), heard.slots()));
        return named(before, after, line.moment().startsWith("left-"));
    }

    /** Names what the response {@code after} did, compared with {@code before}. */
    static String named(JsonNode before, JsonNode after, boolean left) {
        String speech = after.path("response").path("outputSpeech").path("ssml").asText();
        boolean ended = after.path("response").path("shouldEndSession").asBoolean(false);
        JsonNode was = before.path("sessionAttributes").path("hipCheck");
        JsonNode is = after.path("sessionAttributes").path("hipCheck");
        if (ended && speech.contains("Numbness, tingling")) {
            return "RED_FLAG";
        }
        boolean pausedNow = is.path("phase").asText().equals("PAUSED") && is.path("pain").asInt()
                > was.path("pain").asInt();
        if (pausedNow || (ended && speech.contains("That's twice now"))) {
            return "PAIN";
        }
        if (is.path("forgotten").asBoolean(false) && !was.path("forgotten").asBoolean(false)) {
            return "FORGET";
        }
        if (is.hasNonNull("savedAt") && !was.hasNonNull("savedAt")) {
            return "KEEP";
        }
        Map<String, String> recorded = new TreeMap<>();
        String side = left ? "left" : "right";
        for (String s : List.of("right", "left")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = is.path(s).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().equals(was.path(s).path(e.getKey()))) {
                    recorded.put(s.equals(side) ? e.getKey() : s + " " + e.getKey(), e.getValue().asText());
                }
            }
        }
        if (!recorded.isEmpty()) {
            List<String> answers = new ArrayList<>();
            recorded.forEach((q, a) -> answers.add(q + "=" + a));
            return String.join(" ", answers);
        }
        if (is.hasNonNull("confirm") && !is.path("confirm").equals(was.path("confirm"))) {
            return "CONFIRM " + switch (is.path("confirm").asText()) {
                case "THIGH_STAYS_UP" -> "THIGH_DROPS=NO";
                case "THIGH_DROPS" -> "THIGH_DROPS=YES";
                case "LEG_DRIFTS_OUT" -> "LEG_DRIFTS_OUT=YES";
                case "LEG_STAYS_STRAIGHT" -> "LEG_DRIFTS_OUT=NO";
                case "BACK_ARCHES" -> "BACK_ARCHES=YES";
                default -> "BACK_ARCHES=NO";
            };
        }
        return "NOTHING";
    }

    private static boolean needsHistory(String moment) {
        return moment.equals("offer-save") || moment.equals("confirm-forget") || moment.equals("welcome-back");
    }

    /**
     * Returns the requests, by intent, that bring a new session to {@code moment}: both sides test
     * tight (every answer no), or unclear (every answer not sure) for the retest offer.
     */
    static List<String> stepsTo(String moment) {
        List<String> offer = List.of("LAUNCH");
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
        List<String> stretchSetup = then(result, "ChooseStretchIntent");
        List<String> hold = then(stretchSetup, "ReadyIntent");
        return switch (moment) {
            case "offer-test" -> offer;
            case "setup-lie" -> setupLie;
            case "setup-hug" -> setupHug;
            case "setup-hang" -> setupHang;
            case "thigh" -> thigh;
            case "drift" -> drift;
            case "back" -> back;
            case "switch" -> change;
            case "left-thigh" -> leftThigh;
            case "left-drift" -> leftDrift;
            case "left-back" -> leftBack;
            // With a store, the first result asks to be kept before the stretch is offered.
            case "offer-stretch", "offer-save" -> result;
            case "retest-offer" -> then(thigh, "UnsureIntent", "UnsureIntent", "UnsureIntent", "ReadyIntent",
                    "UnsureIntent", "UnsureIntent", "UnsureIntent");
            case "stretch-setup" -> stretchSetup;
            case "hold" -> hold;
            case "another-round" -> then(hold, "ReadyIntent", "ReadyIntent");
            case "paused" -> then(stretchSetup, "PainIntent");
            case "confirm-forget" -> then(offer, "ForgetMeIntent");
            case "welcome-back" -> then(then(result, "AMAZON.YesIntent"), "NEW_SESSION", "LAUNCH");
            default -> throw new IllegalArgumentException("no such moment: " + moment);
        };
    }

    private static List<String> then(List<String> before, String... more) {
        return Stream.concat(before.stream(), Stream.of(more)).toList();
    }

    static List<Line> load() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                String raw = text.get(i).strip();
                if (raw.isEmpty() || raw.startsWith("#")) {
                    continue;
                }
                String[] parts = raw.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + " is not \"moment | words | expectation\"");
                }
                String moment = parts[0].strip();
                stepsTo(moment);
                lines.add(new Line(file.getFileName().toString(), i + 1, moment, parts[1].strip(), parts[2].strip()));
            }
        }
        return lines;
    }
}

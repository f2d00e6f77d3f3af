package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
 *
 * <p>Every locale runs the shared corpus and its own lines ({@code never-misread/<locale>/}), each
 * heard with that locale's model. A line heard in another locale exactly as a line already sent
 * at the same moment (the same intent and slot words) did the same, since the dialog knows no
 * locale (the golden conversations hold that), so it is not sent again; only lines heard
 * differently go through the handler again, in that locale's requests.
 */
class NeverMisreadTest {
    static final Path CORPUS = Path.of("src/test/resources/never-misread");

    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    /** What a line heard as (moment, intent, slots) did: the same in every locale. */
    private static final Map<String, String> DONE = new HashMap<>();

    /** One line: where it is said, the words, and what must happen. */
    record Line(String file, int number, String moment, String typed, String expected) {}

    @ParameterizedTest
    @MethodSource("com.hipcheck.ListingTest#locales")
    void noLineIsMisread(String locale) throws IOException {
        List<Line> lines = load(locale);
        SkillHarness skill = locale.equals(Locales.US) ? SKILL : new SkillHarness(locale);
        List<String> misread = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Line line : lines) {
            String got = outcome(locale, line, skill);
            if (!meets(got, line.expected())) {
                String shown = String.format(Locale.ROOT, "  %s:%d  %s | \"%s\" -> %s (want %s)", line.file(),
                        line.number(), line.moment(), line.typed(), got, line.expected());
                (got.equals("NOTHING") && !SAFETY.contains(line.expected()) ? missed : misread).add(shown);
            }
        }
        long newToTheModel = lines.stream()
                .filter(l -> !PhrasingCorpusTest.inTheModel(l.typed(), PhrasingCorpusTest.LITERAL_SAMPLES)).count();
        long own = lines.stream().filter(l -> l.file().contains("/")).count();
        String report = String.format(Locale.ROOT, "Never-misread %s: %d utterances (%d its own) at %d moments, %d"
                + " misread, %d not understood (asked again); %d not a sample of en-US word for word%n", locale,
                lines.size(), own,
                lines.stream().map(Line::moment).distinct().count(), misread.size(), missed.size(), newToTheModel)
                + String.join("\n", misread) + (misread.isEmpty() ? "" : "\n") + String.join("\n", missed);
        System.out.println(report);
        assertTrue(lines.size() >= 300, lines.size() + " utterances, fewer than 300");
        assertTrue(2 * newToTheModel >= lines.size(), "only " + newToTheModel + " are not samples word for word");
        assertTrue(misread.isEmpty(), report);
        assertTrue(locale.equals(Locales.US) || own > 0, locale + " has no lines of its own");
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

    /**
     * Brings a fresh session to the line's moment, says the line there as {@code locale} hears it
     * and names what it did; a line heard as one already said there is not sent again.
     */
    private static String outcome(String locale, Line line, SkillHarness skill) throws IOException {
        Understood heard = Locales.resolver(locale).resolve(line.typed());
        String key = line.moment() + " " + heard.intent() + " " + new TreeMap<>(heard.slots());
        String done = DONE.get(key);
        if (done != null) {
            return done;
        }
        Moments.Reached at = Moments.walk(line.moment(), skill);
        JsonNode after = at.session().send(at.skill().requests().intent(heard.intent(), heard.slots()));
        String got = named(at.last(), after, line.moment().startsWith("left-"));
        DONE.put(key, got);
        return got;
    }

    /** What Hip Check says once it asked Alexa to set a reminder: done, no permission yet, or the API unreachable. */
    static final List<String> REMINDER_CALLED = List.of("Done: I'll remind you", "permission for reminders",
            "couldn't reach your reminders");

    /** Names what the response {@code after} did, compared with {@code before}. */
    static String named(JsonNode before, JsonNode after, boolean left) {
        String speech = after.path("response").path("outputSpeech").path("ssml").asText().replace("&apos;", "'");
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
        // The user's yes to keeping: the session has held "consented" since the practice record (issue 19).
        if (is.path("consented").asBoolean(false) && !was.path("consented").asBoolean(false)) {
            return "KEEP";
        }
        if (REMINDER_CALLED.stream().anyMatch(speech::contains)) {
            return "REMIND";
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

    static List<Line> load() throws IOException {
        return load(Locales.US);
    }

    /** Returns the shared corpus, then the lines of {@code locale}'s own folder (named {@code <locale>/<file>}). */
    static List<Line> load(String locale) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (CorpusFiles.Row row : CorpusFiles.readWithLocale(CORPUS, locale)) {
            lines.add(new Line(row.file(), row.number(), row.moment(), row.words(), row.meaning()));
        }
        return lines;
    }
}

package com.hipcheck.narration;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import com.hipcheck.domain.Hold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hold keeps time: for every hold Hip Check allows, the estimated time from the end of the
 * start cue to the start of the release cue is the hold, within two seconds, and each countdown
 * cue starts within half a second of its mark. The cues are spaced as heard: none within five
 * seconds of the end of the start cue, each after the one before has been said. Checked twice: on
 * the narration as the narrator builds it, and on the SSML the real skill sends back when the user
 * says "ready" to a stretch.
 *
 * <p>The timing is worked out here from the pauses and {@link SpeechTiming}, not taken from the
 * narrator's own arithmetic.
 */
class HoldTimingTest {
    static final int HOLD_TOLERANCE_MILLIS = 2000;
    static final int CUE_TOLERANCE_MILLIS = 500;
    static final int MAX_PAUSE_MILLIS = 10_000;
    /** No countdown cue sooner than this after the start cue ends; stated here, not read from {@link Hold}. */
    static final int QUIET_AFTER_START_MILLIS = 5000;

    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    private static final Phrasebook BOOK = Phrasebook.forLocale("en-US");
    /** The cue spoken at each number of seconds left. */
    private static final Map<Integer, Msg> CUE_AT = Map.of(
            20, Msg.HOLD_LEFT_20, 10, Msg.HOLD_LEFT_10,
            5, Msg.COUNT_5, 4, Msg.COUNT_4, 3, Msg.COUNT_3, 2, Msg.COUNT_2, 1, Msg.COUNT_1);
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");

    /** The speech the skill sent for each hold, in seconds. */
    private static final Map<Integer, String> SKILL_SSML = new TreeMap<>();

    /** Something heard: words, or a silence. */
    sealed interface Heard permits Words, Silence {}

    record Words(String text) implements Heard {}

    record Silence(int millis) implements Heard {}

    /** One countdown cue, when it starts and when it has been said, counted from the end of the start cue. */
    record Cue(Msg msg, int startMillis, int endMillis) {}

    /** A hold as heard: its cues, when the release cue starts, and every pause in the speech. */
    record Timeline(List<Cue> cues, int releaseMillis, List<Integer> pauses) {}

    static IntStream holds() {
        return IntStream.rangeClosed(Hold.MIN_SECONDS, Hold.MAX_SECONDS);
    }

    static Stream<Arguments> holdsAsNarratedAndAsSent() {
        return Stream.of("narrator", "skill").flatMap(source -> holds().mapToObj(s -> Arguments.of(source, s)));
    }

    /**
     * Plays one session through the real Lambda handler: a test with the right side tight, the
     * edge-of-table stretch, then for each hold length "hold for N seconds", "ready", "yes".
     */
    @BeforeAll
    static void sendEveryHoldThroughTheSkill() throws IOException {
        SKILL.launch();
        for (String intent : List.of("AMAZON.YesIntent", "ReadyIntent", "ReadyIntent", "ReadyIntent",
                "AMAZON.NoIntent", "AMAZON.NoIntent", "AMAZON.NoIntent", "ReadyIntent",
                "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NoIntent")) {
            SKILL.say(intent);
        }
        SKILL.say("ChooseStretchIntent", Map.of("stretch", "edge of the bed"));
        for (int seconds : holds().toArray()) {
            SKILL.say("HoldTimeIntent", Map.of("seconds", String.valueOf(seconds)));
            JsonNode held = SKILL.say("ReadyIntent");
            SKILL_SSML.put(seconds, held.path("response").path("outputSpeech").path("ssml").asText(""));
            SKILL.say("AMAZON.YesIntent");
        }
    }

    @Test
    void everyAllowedHoldWasSentThroughTheSkill() {
        assertEquals(holds().boxed().toList(), List.copyOf(SKILL_SSML.keySet()));
    }

    @ParameterizedTest(name = "{0}: a {1}-second hold releases on time")
    @MethodSource("holdsAsNarratedAndAsSent")
    void theReleaseCueStartsWhenTheHoldIsUp(String source, int seconds) {
        Timeline t = timeline(heard(source, seconds), seconds);

        assertReleasedOnTime(t, seconds);
    }

    @ParameterizedTest(name = "{0}: a {1}-second hold has no pause longer than ten seconds")
    @MethodSource("holdsAsNarratedAndAsSent")
    void noPauseIsLongerThanAlexaAllows(String source, int seconds) {
        Timeline t = timeline(heard(source, seconds), seconds);

        for (int pause : t.pauses()) {
            assertTrue(pause >= 1 && pause <= MAX_PAUSE_MILLIS, "a pause of " + pause + " ms: " + t);
        }
    }

    @ParameterizedTest(name = "{0}: a {1}-second hold counts down in order")
    @MethodSource("holdsAsNarratedAndAsSent")
    void cuesComeInCountdownOrder(String source, int seconds) {
        List<Msg> expected = new ArrayList<>();
        if (seconds >= 25) {
            expected.add(Msg.HOLD_LEFT_20);
        }
        expected.addAll(List.of(Msg.HOLD_LEFT_10, Msg.COUNT_5, Msg.COUNT_4, Msg.COUNT_3, Msg.COUNT_2, Msg.COUNT_1));

        Timeline t = timeline(heard(source, seconds), seconds);

        assertEquals(expected, t.cues().stream().map(Cue::msg).toList());
    }

    @ParameterizedTest(name = "{0}: a {1}-second hold cues each mark on time")
    @MethodSource("holdsAsNarratedAndAsSent")
    void eachCueStartsWithinHalfASecondOfItsMark(String source, int seconds) {
        Timeline t = timeline(heard(source, seconds), seconds);

        assertCuedOnTheirMarks(t, seconds);
    }

    @ParameterizedTest(name = "{0}: a {1}-second hold keeps its cues apart")
    @MethodSource("holdsAsNarratedAndAsSent")
    void cuesKeepClearOfTheStartCueAndOfEachOther(String source, int seconds) {
        Timeline t = timeline(heard(source, seconds), seconds);

        assertAll(
                () -> assertQuietAfterTheStart(t),
                () -> assertCountsDown(t),
                () -> assertCuedOnTheirMarks(t, seconds),
                () -> assertEachSaidBeforeTheNext(t),
                () -> assertReleasedOnTime(t, seconds));
    }

    private static void assertQuietAfterTheStart(Timeline t) {
        for (Cue cue : t.cues()) {
            assertTrue(cue.startMillis() >= QUIET_AFTER_START_MILLIS, cue.msg() + " starts " + cue.startMillis()
                    + " ms after the start cue ends, sooner than " + QUIET_AFTER_START_MILLIS + " ms: " + t);
        }
    }

    private static void assertReleasedOnTime(Timeline t, int seconds) {
        assertTrue(Math.abs(t.releaseMillis() - seconds * 1000) <= HOLD_TOLERANCE_MILLIS,
                "release at " + t.releaseMillis() + " ms for a " + seconds + " s hold: " + t);
    }

    private static void assertCuedOnTheirMarks(Timeline t, int seconds) {
        for (Cue cue : t.cues()) {
            int mark = (seconds - secondsLeftAt(cue.msg())) * 1000;
            assertTrue(Math.abs(cue.startMillis() - mark) <= CUE_TOLERANCE_MILLIS,
                    cue.msg() + " starts at " + cue.startMillis() + " ms, its mark is " + mark + " ms: " + t);
        }
    }

    private static void assertCountsDown(Timeline t) {
        for (int i = 1; i < t.cues().size(); i++) {
            Msg before = t.cues().get(i - 1).msg();
            Msg after = t.cues().get(i).msg();
            assertTrue(secondsLeftAt(after) < secondsLeftAt(before), after + " comes after " + before + ": " + t);
        }
    }

    /** Each cue, and then the release cue, starts only once the cue before it has been said. */
    private static void assertEachSaidBeforeTheNext(Timeline t) {
        for (int i = 1; i < t.cues().size(); i++) {
            Cue before = t.cues().get(i - 1);
            Cue after = t.cues().get(i);
            assertTrue(after.startMillis() >= before.endMillis(),
                    after + " starts before " + before + " is said: " + t);
        }
        if (!t.cues().isEmpty()) {
            Cue last = t.cues().get(t.cues().size() - 1);
            assertTrue(t.releaseMillis() >= last.endMillis(), "the release starts before " + last + " is said: " + t);
        }
    }

    private static int secondsLeftAt(Msg cue) {
        return CUE_AT.entrySet().stream().filter(e -> e.getValue() == cue).findFirst().orElseThrow().getKey();
    }

    private static List<Heard> heard(String source, int seconds) {
        return source.equals("narrator")
                ? fromNarration(new HoldNarrator(Phrasebook.forLocale("en-US")).narrate(new Hold(seconds)))
                : fromSsml(SKILL_SSML.get(seconds));
    }

    private static List<Heard> fromNarration(Narration narration) {
        List<Heard> heard = new ArrayList<>();
        for (Part part : narration.parts()) {
            if (part instanceof Part.Line line) {
                heard.add(new Words(BOOK.text(line)));
            } else if (part instanceof Part.Pause pause) {
                heard.add(new Silence(pause.millis()));
            }
        }
        return heard;
    }

    /** Reads SSML as the skill sends it: text, and breaks; any other markup fails the test. */
    private static List<Heard> fromSsml(String ssml) {
        assertTrue(ssml.startsWith("<speak>") && ssml.endsWith("</speak>"), ssml);
        String body = ssml.substring("<speak>".length(), ssml.length() - "</speak>".length());
        List<Heard> heard = new ArrayList<>();
        Matcher m = BREAK.matcher(body);
        int from = 0;
        while (m.find()) {
            addWords(body.substring(from, m.start()), heard);
            int amount = Integer.parseInt(m.group(1));
            heard.add(new Silence(m.group(2).equals("s") ? amount * 1000 : amount));
            from = m.end();
        }
        addWords(body.substring(from), heard);
        return heard;
    }

    private static void addWords(String escaped, List<Heard> heard) {
        if (escaped.contains("<") || escaped.contains(">")) {
            fail("unexpected markup in " + escaped);
        }
        String text = escaped.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
        if (!text.isEmpty()) {
            heard.add(new Words(text));
        }
    }

    /**
     * Walks what is heard: the clock starts when the start cue ends, each pause and each cue's
     * estimated speaking time moves it on, and it stops when the release cue begins.
     */
    private static Timeline timeline(List<Heard> heard, int seconds) {
        String start = BOOK.text(Msg.HOLD_START, seconds);
        String release = BOOK.text(Msg.HOLD_RELEASE);
        List<Cue> cues = new ArrayList<>();
        List<Integer> pauses = new ArrayList<>();
        boolean started = false;
        Integer releaseAt = null;
        int clock = 0;
        for (Heard h : heard) {
            if (h instanceof Silence s) {
                pauses.add(s.millis());
                if (started && releaseAt == null) {
                    clock += s.millis();
                }
                continue;
            }
            String rest = ((Words) h).text();
            while (!rest.isEmpty() && releaseAt == null) {
                if (!started) {
                    int at = rest.indexOf(start);
                    if (at < 0) {
                        break;
                    }
                    started = true;
                    rest = rest.substring(at + start.length()).strip();
                } else if (rest.startsWith(release)) {
                    releaseAt = clock;
                } else {
                    Msg cue = cueAtStartOf(rest);
                    String text = BOOK.text(cue);
                    int said = clock + SpeechTiming.estimateMillis(text);
                    cues.add(new Cue(cue, clock, said));
                    clock = said;
                    rest = rest.substring(text.length()).strip();
                }
            }
        }
        assertTrue(started, "no start cue \"" + start + "\" in " + heard);
        assertTrue(releaseAt != null, "no release cue after the start cue in " + heard);
        return new Timeline(cues, releaseAt, pauses);
    }

    static IntStream holdLengths() {
        return IntStream.rangeClosed(Hold.MIN_SECONDS, Hold.MAX_SECONDS);
    }

    @ParameterizedTest
    @MethodSource("holdLengths")
    void aRestBetweenRoundsLastsItsSecondsFromItsCueToWhatFollows(int seconds) {
        Narration hold = new HoldNarrator(BOOK).narrate(new Hold(seconds));
        Narration withRest = new HoldNarrator(BOOK).narrate(new Part.Timed(new Hold(seconds), 15));
        List<Part> rest = withRest.parts().subList(hold.parts().size(), withRest.parts().size());

        assertEquals(new Part.Line(Msg.REST_START, List.of(15)), rest.get(0), "the rest starts with its cue");
        int millis = SpeechTiming.estimateMillis(BOOK.text((Part.Line) rest.get(0)));
        for (Part p : rest.subList(1, rest.size())) {
            Part.Pause pause = (Part.Pause) p;
            assertTrue(pause.millis() <= MAX_PAUSE_MILLIS, "a break Alexa accepts: " + pause);
            millis += pause.millis();
        }
        assertEquals(15_000, millis, "from the rest cue to the next round");
    }

    private static Msg cueAtStartOf(String words) {
        for (Msg cue : CUE_AT.values()) {
            if (words.startsWith(BOOK.text(cue))) {
                return cue;
            }
        }
        return fail("words during the hold that are no countdown cue: " + words);
    }
}

package com.hipcheck.alexa;

import com.hipcheck.local.LocalAlexaApi;
import java.time.Instant;
import java.time.Duration;
import com.hipcheck.domain.InMemoryPracticeStore;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.RequestFactory;
import java.util.Optional;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.Locales;
import com.hipcheck.narration.Phrasebook;
import org.junit.jupiter.params.provider.Arguments;
import java.io.IOException;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every transcript in {@code src/test/resources/conversations} through the real Lambda
 * handler, with real request envelopes built from the interaction model, carrying the session
 * attributes of each response into the next request as Alexa does.
 */
class GoldenConversationTest {
    static final Path DIR = Path.of("src", "test", "resources", "conversations");
    static final Path HISTORY_DIR = DIR.resolve("history");

    @RegisterExtension
    final SkillHarness skill = new SkillHarness();

    static Stream<Path> transcripts() throws IOException {
        return transcriptsIn(DIR);
    }

    /** Returns the transcripts directly in {@code dir}, by name. */
    private static Stream<Path> transcriptsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTwelveConversations() throws IOException {
        assertTrue(transcripts().count() >= 12, "at least twelve golden conversations");
    }

    /** The conversations of a skill that keeps history, each with a store of its own. */
    static Stream<Path> historyTranscripts() throws IOException {
        return transcriptsIn(HISTORY_DIR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    void conversationGoesAsWritten(Path file) throws IOException {
        sameBytesAsBefore(file, play(file, skill, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("historyTranscripts")
    void conversationWithHistoryGoesAsWritten(Path file) throws IOException {
        InMemoryPracticeStore store = new InMemoryPracticeStore();
        TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
        sameBytesAsBefore(file, play(file, SkillHarness.withHistory(store, clock), store, clock));
    }

    /**
     * The digest of every response each conversation got before screens were added, byte for byte
     * (SHA-256 over the responses in order): a device without a screen must still get exactly
     * these. A conversation whose words change on purpose gets its line written anew with
     * {@code -Dgolden.digests=FILE}, which appends the new lines to FILE instead of checking.
     */
    static final Path DIGESTS = DIR.resolve("headless.sha256");

    private static void sameBytesAsBefore(Path file, String digest) throws IOException {
        String name = DIR.relativize(file).toString().replace('\\', '/');
        String record = System.getProperty("golden.digests");
        if (record != null) {
            synchronized (GoldenConversationTest.class) {
                Files.writeString(Path.of(record), name + " " + digest + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            return;
        }
        String expected = null;
        for (String line : Files.readAllLines(DIGESTS)) {
            if (line.startsWith(name + " ")) {
                expected = line.substring(name.length() + 1).strip();
            }
        }
        assertEquals(expected, digest, name + ": the responses differ from " + DIGESTS + " byte for byte");
    }

    /** Every conversation (with and without history) in each locale beside en-US. */
    static Stream<Arguments> conversationsInOtherLocales() throws IOException {
        List<Path> all = Stream.concat(transcripts(), historyTranscripts()).toList();
        return Locales.OTHERS.stream().flatMap(locale -> all.stream().map(file -> Arguments.of(locale, file)));
    }

    /**
     * Plays each conversation in another locale and in en-US: every response, session attributes and
     * screens included, must be en-US's with only the locale's own words in place of en-US's (its
     * phrasebook's overrides, and dates said its way), so the dialog and narration stay locale-free.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("conversationsInOtherLocales")
    void inAnotherLocaleAConversationDiffersOnlyInThatLocalesWords(String locale, Path file) throws IOException {
        List<JsonNode> us = responsesIn(Locales.US, file);
        List<JsonNode> there = responsesIn(locale, file);
        LocaleWords words = new LocaleWords(Phrasebook.forLocale(Locales.US), Phrasebook.forLocale(locale));

        assertEquals(us.size(), there.size(), locale + " " + file + ": number of responses");
        for (int i = 0; i < us.size(); i++) {
            assertEquals(words.inLocale(us.get(i)), there.get(i), locale + " " + file + ": response " + (i + 1));
        }
    }

    /** A device in a locale Hip Check does not serve (Alexa should send none) gets en-US's responses, byte for byte. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fr-FR", "de-DE", "en-ZA", "en-NZ", "es-US", "EN-GB"})
    void aLocaleNotServedGetsEnUsResponsesWithoutError(String locale) throws IOException {
        for (String name : List.of("01-both-sides-tight.txt", "17-red-flag.txt", "12-corrupted-session.txt")) {
            List<JsonNode> us = responsesIn(Locales.US, DIR.resolve(name));
            SkillHarness unserved = SkillHarness.saying(locale, Locales.US);
            List<JsonNode> there = new ArrayList<>();
            play(DIR.resolve(name), unserved, null, null, null, there);

            assertEquals(us, there, locale + " " + name);
            assertEquals(locale, unserved.session().lastSent().path("request").path("locale").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("com.hipcheck.local.Locales#othersForTests")
    void aRedFlagIsAdvisedInTheLocalesOwnWords(String locale) throws IOException {
        List<JsonNode> there = responsesIn(locale, DIR.resolve("17-red-flag.txt"));
        String said = String.join(" ", there.stream().map(ResponseChecks::speech).toList());

        assertTrue(said.contains("doctor or physiotherapist"), said);
        assertFalse(said.contains("physical therapist"), said);
    }

    private static List<JsonNode> responsesIn(String locale, Path file) throws IOException {
        List<JsonNode> responses = new ArrayList<>();
        if (file.getParent().equals(HISTORY_DIR)) {
            InMemoryPracticeStore store = new InMemoryPracticeStore();
            TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
            play(file, SkillHarness.withHistory(store, clock, locale), store, clock, null, responses);
        } else {
            play(file, new SkillHarness(locale), null, null, null, responses);
        }
        return responses;
    }

    /** The conversations on a device with a screen (an Echo Show): touches, and what each screen shows. */
    static final Path SCREEN_DIR = DIR.resolve("screen");

    /** Alexa's limit on a response's size. */
    static final int MAX_RESPONSE_BYTES = 24 * 1024;

    static Stream<Path> screenTranscripts() throws IOException {
        return transcriptsIn(SCREEN_DIR);
    }

    /**
     * Plays a conversation on a screen device, then the same conversation on a device without a
     * screen, each touch said instead in the words its button shows: every response must be the
     * same but for the screen, session attributes included, so a touch is taken exactly as the
     * spoken answer is.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("screenTranscripts")
    void onAScreenTheConversationGoesAsWrittenAndSaysWhatAVoiceDeviceSays(Path file) throws IOException {
        skill.session().onScreen();
        List<Spoken> spoken = new ArrayList<>();
        play(file, skill, null, null, spoken);
        SkillHarness voice = skill.with(skill.handler(), SkillHarness.SKILL_ID);
        ObjectMapper mapper = new ObjectMapper();
        for (Spoken turn : spoken) {
            JsonNode heard = voice.send(turn.request());
            ObjectNode shown = turn.response().deepCopy();
            ((ObjectNode) shown.path("response")).remove("directives");
            assertEquals(mapper.writeValueAsString(shown), mapper.writeValueAsString(heard),
                    turn.where() + ": a voice-only device gets another response than the screen device, screen aside");
            assertFalse(heard.path("response").has("directives"), turn.where() + ": a voice-only device got a directive");
        }
    }

    /** One turn of a conversation on a screen, and the request that says the same on a device without one. */
    private record Spoken(ObjectNode request, JsonNode response, String where) {}

    /** Plays one transcript and returns the SHA-256 of every response it got, in order, as hex. */
    private static String play(Path file, SkillHarness skill, InMemoryPracticeStore store, TestClock clock)
            throws IOException {
        return play(file, skill, store, clock, null, null);
    }

    private static String play(Path file, SkillHarness skill, InMemoryPracticeStore store, TestClock clock,
            List<Spoken> spoken) throws IOException {
        return play(file, skill, store, clock, spoken, null);
    }

    /**
     * Plays one transcript; on a screen, {@code spoken} gets each turn with its spoken twin. With
     * {@code responses}, each response is added there and the transcript's expectations, written in
     * en-US's words, are not checked; nor is what the store keeps, and the device names no time zone
     * (a zone comes from a loopback Settings API within 150 ms, which a loaded machine can miss, and
     * two plays compared must both get it or both not).
     */
    private static String play(Path file, SkillHarness skill, InMemoryPracticeStore store, TestClock clock,
            List<Spoken> spoken, List<JsonNode> responses) throws IOException {
        try (Apis apis = new Apis()) {
            return play(file, skill, store, clock, spoken, responses, apis);
        }
    }

    /**
     * The Alexa APIs one conversation talks to ("! alexa ZONE"): its own loopback stand-in, so the
     * reminders one conversation sets are not another's; closed when the conversation ends.
     */
    private static final class Apis implements AutoCloseable {
        LocalAlexaApi api;

        @Override
        public void close() {
            if (api != null) {
                api.close();
            }
        }
    }

    private static String play(Path file, SkillHarness skill, InMemoryPracticeStore store, TestClock clock,
            List<Spoken> spoken, List<JsonNode> responses, Apis apis) throws IOException {
        MessageDigest digest = sha256();
        Transcript transcript = Transcript.read(file);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode last = null;
        JsonNode earlier = null;
        boolean twinned = true;
        String where = transcript.name();
        boolean sentSince = false;
        String previous = "";
        for (Transcript.Step step : transcript.steps()) {
            if (step instanceof Transcript.Corrupt c) {
                skill.session().overrideNextAttributes(mapper.readTree(c.json()));
            } else if (step instanceof Transcript.Send s) {
                where = transcript.name() + ":" + s.line();
                ObjectNode request;
                ObjectNode twin;
                if (s.kind().equals("touch")) {
                    JsonNode screen = s.slots().get("screen").equals("earlier") ? earlier : last;
                    List<String> touch = ScreenChecks.touch(screen, s.slots().get("label"), where);
                    request = skill.requests().touch(touch);
                    // An old screen's button has no spoken twin: the comparison stops there.
                    twin = screen == earlier && !touch.get(0).equals("hurt") ? null
                            : ScreenChecks.spokenTwin(skill.requests(), touch);
                } else if (s.kind().equals("permission")) {
                    // Alexa's answer to the permission asked for by voice, with the token the skill gave it.
                    String token = ResponseChecks.directive(last, "Connections.SendRequest").path("token").asText("");
                    String status = s.slots().getOrDefault("status", "ACCEPTED");
                    if (status.equals("ACCEPTED") && apis.api != null) {
                        apis.api.grant(true);
                    }
                    request = skill.requests().permissionAnswer(status, s.slots().getOrDefault("code", "200"), token);
                    twin = request.deepCopy();
                } else {
                    request = request(skill, s, where);
                    twin = request.deepCopy();
                }
                boolean continuing = skill.session().isOpen() && !"LaunchRequest".equals(request.path("type").asText());
                earlier = last;
                last = skill.send(request);
                digest.update(skill.session().lastReceived());
                if (responses != null) {
                    responses.add(last);
                }
                if (spoken != null) {
                    if (twin == null) {
                        twinned = false;
                    }
                    if (twinned) {
                        spoken.add(new Spoken(twin, last, where));
                    }
                    ScreenChecks.assertShowsWell(last, skill.session().lastReceived().length, where);
                }
                String said = ResponseChecks.speech(last);
                assertFalse(continuing && !said.isEmpty() && said.equals(previous),
                        where + ": said the same twice in a row: " + said);
                previous = said.isEmpty() ? previous : said;
                if (!request.path("type").asText().equals("SessionEndedRequest")
                        && last.path("response").has("outputSpeech")) {
                    ResponseChecks.assertSpeaksWell(last, where);
                }
                sentSince = true;
            } else if (step instanceof Transcript.World w) {
                assertTrue(store != null, transcript.name() + ":" + w.line() + ": only a conversation with history can "
                        + w.action());
                if (w.action().startsWith("alexa") || w.action().startsWith("reminder")) {
                    alexa(w, skill, apis, responses == null, transcript.name() + ":" + w.line());
                } else if (responses == null || !(w.action().startsWith("zone") || w.action().startsWith("kept"))) {
                    world(w, skill, store, clock, transcript.name() + ":" + w.line());
                }
            } else if (step instanceof Transcript.Expect e && responses == null) {
                assertTrue(sentSince || last != null, where + ": expectation before any request");
                check(last, e, transcript.name() + ":" + e.line());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Settings API of the conversations that name their device's time zone ("! zone America/New_York"). */
    private static final LocalAlexaApi SETTINGS = LocalAlexaApi.start();

    private static void world(Transcript.World w, SkillHarness skill, InMemoryPracticeStore store, TestClock clock,
            String where) {
        String[] words = w.action().split("\\s+");
        LocalSession session = skill.session();
        String user = session.userId();
        Owner owner = new Owner(user, Optional.ofNullable(session.personId()));
        if (words[0].equals("zone")) {
            SETTINGS.answer("/v2/devices/" + session.deviceId() + "/settings/System.timeZone", 200,
                    "\"" + words[1] + "\"");
            session.alexaApi(SETTINGS.endpoint());
            return;
        }
        if (words[0].equals("person")) {
            // "! person NAME" speaks as a recognised person from here on; "! person none" as the account.
            session.asPerson(words[1].equals("none") ? null : "amzn1.ask.person." + words[1]);
            return;
        }
        if (words[0].equals("hours")) {
            clock.pass(Duration.ofHours(Integer.parseInt(words[1])));
            return;
        }
        switch (words[0] + " " + words[1]) {
            case "store down" -> store.down(true);
            case "store up" -> store.down(false);
            case "session lost" -> skill.session().endSession();
            // "kept plan yes|no": whether a practice record is kept for whoever speaks now
            case "kept plan" -> assertEquals(words[2].equals("yes"), store.kept(owner).isPresent(), where);
            // "kept days N": how many days practised the kept record holds
            case "kept days" -> assertEquals(Integer.parseInt(words[2]),
                    store.kept(owner).orElseThrow().practisedOn().size(), where);
            // "kept tests N": how many days of a test the kept record holds
            case "kept tests" -> assertEquals(Integer.parseInt(words[2]),
                    store.kept(owner).orElseThrow().testedOn().size(), where);
            // "kept rounds N": how many rounds a side the kept record holds
            case "kept rounds" -> assertEquals(Integer.parseInt(words[2]), store.kept(owner).orElseThrow().rounds(),
                    where);
            // "kept pause yes|no": whether the kept record holds a safety pause
            case "kept pause" -> assertEquals(words[2].equals("yes"),
                    store.kept(owner).orElseThrow().pausedOn().isPresent(), where);
            default -> {
                if (words[0].equals("days")) {
                    clock.pass(Duration.ofDays(Integer.parseInt(words[1])));
                } else if (words[0].equals("minutes")) {
                    clock.pass(Duration.ofMinutes(Integer.parseInt(words[1])));
                } else {
                    throw new IllegalArgumentException(where + ": cannot " + w.action());
                }
            }
        }
    }

    /**
     * Plays Alexa's own APIs for a conversation: "! alexa ZONE" starts them, the device in ZONE and
     * the reminders permission granted; "! reminders permission no" withdraws it (every reminders
     * call gets 401); "! reminders fail METHOD STATUS", "! reminders hang METHOD" and "! reminders
     * heal METHOD" script the Reminders API; "! reminders N" asserts how many reminders there are,
     * "! reminder at 19:00 ZONE" that the one there is goes off daily at that time in that zone, and
     * "! reminder says WORDS" that it says them.
     */
    private static void alexa(Transcript.World w, SkillHarness skill, Apis apis, boolean check, String where) {
        String[] words = w.action().split("\\s+");
        if (words[0].equals("alexa")) {
            // Compared across locales, the device names no zone: both plays must get it, or neither (see play).
            apis.api = LocalAlexaApi.start().grant(true);
            if (check) {
                apis.api.zone(java.time.ZoneId.of(words[1]));
            }
            skill.session().alexaApi(apis.api.endpoint());
            return;
        }
        assertTrue(apis.api != null, where + ": no Alexa APIs yet: start them with ! alexa ZONE");
        switch (words[1]) {
            case "permission" -> apis.api.grant(words[2].equals("yes"));
            case "fail" -> apis.api.failReminders(words[2], Integer.parseInt(words[3]));
            case "hang" -> apis.api.hangReminders(words[2]);
            case "heal" -> apis.api.healReminders(words[2]);
            case "at" -> {
                if (check) {
                    List<JsonNode> all = new ArrayList<>(apis.api.reminders().values());
                    assertEquals(1, all.size(), where + ": reminders " + all);
                    JsonNode trigger = all.get(0).path("trigger");
                    assertEquals(words[3], trigger.path("timeZoneId").asText(), where + ": time zone");
                    assertTrue(trigger.path("scheduledTime").asText().contains("T" + words[2] + ":00"),
                            where + ": time " + trigger);
                    String hour = String.valueOf(Integer.parseInt(words[2].substring(0, 2)));
                    assertTrue(trigger.path("recurrence").path("recurrenceRules").toString()
                            .contains("FREQ=DAILY;BYHOUR=" + hour + ";"), where + ": recurrence " + trigger);
                }
            }
            case "says" -> {
                if (check) {
                    List<JsonNode> all = new ArrayList<>(apis.api.reminders().values());
                    assertEquals(1, all.size(), where + ": reminders " + all);
                    String said = all.get(0).path("alertInfo").path("spokenInfo").path("content").path(0).path("text")
                            .asText();
                    String expected = w.action().substring(w.action().indexOf("says") + "says".length()).strip();
                    assertTrue(said.contains(expected), where + ": the reminder says " + said);
                }
            }
            default -> {
                if (check) {
                    assertEquals(Integer.parseInt(words[1]), apis.api.reminders().size(), where + ": reminders");
                }
            }
        }
    }

    private static ObjectNode request(SkillHarness skill, Transcript.Send s, String where) {
        RequestFactory requests = skill.requests();
        if (s.kind().equals("launch")) {
            return requests.launch();
        }
        if (s.kind().startsWith("request:")) {
            String type = s.kind().substring("request:".length());
            return type.equals("SessionEndedRequest") ? requests.sessionEnded("USER_INITIATED") : requests.ofType(type);
        }
        assertTrue(skill.model().intents().containsKey(s.kind()), where + ": " + s.kind() + " is not in the model");
        return requests.intent(s.kind(), s.slots());
    }

    private static void check(JsonNode envelope, Transcript.Expect e, String where) {
        JsonNode response = envelope.path("response");
        switch (e.what()) {
            case "session" -> {
                boolean open = !response.path("shouldEndSession").asBoolean(true);
                assertEquals(e.fragments().get(0), open ? "open" : "ended", where + ": session");
            }
            case "speech" -> contains(ResponseChecks.plain(response.path("outputSpeech").path("ssml").asText("")),
                    e.fragments(), e.negated(), where);
            case "reprompt" -> contains(ResponseChecks.plain(
                    response.path("reprompt").path("outputSpeech").path("ssml").asText("")), e.fragments(), false, where);
            case "screen" -> assertEquals(String.join(" ", e.fragments()), ScreenChecks.shown(envelope), where + ": screen");
            case "shown" -> contains(String.join("\n", ScreenChecks.visibleTexts(envelope)), e.fragments(), false, where);
            // "directive: Connections.SendRequest AskFor" (type, then name), or "directive: none".
            case "directive" -> assertEquals(String.join(" ", e.fragments()), ResponseChecks.directives(envelope),
                    where + ": directives");
            case "permission card" -> assertEquals("AskForPermissionsConsent", response.path("card").path("type").asText(),
                    where + ": " + response.path("card"));
            case "card" -> contains(response.path("card").path("title").asText("") + "\n"
                    + response.path("card").path("content").asText(""), e.fragments(), false, where);
            default -> throw new IllegalArgumentException(e.what());
        }
    }

    private static void contains(String text, List<String> fragments, boolean negated, String where) {
        String haystack = text.toLowerCase(Locale.ROOT);
        for (String f : fragments) {
            boolean found = haystack.contains(f.toLowerCase(Locale.ROOT));
            if (negated) {
                assertFalse(found, where + ": did not expect '" + f + "' in: " + text);
            } else {
                assertTrue(found, where + ": expected '" + f + "' in: " + text);
            }
        }
    }
}

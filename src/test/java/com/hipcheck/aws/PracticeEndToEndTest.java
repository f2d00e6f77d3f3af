package com.hipcheck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.LocalAlexaApi;
import com.hipcheck.alexa.SkillHarness;
import com.hipcheck.domain.InMemoryPracticeStore;
import com.hipcheck.domain.TestClock;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs whole conversations through the real stream handler with the practice record kept on a
 * real dynalite server and the device's time zone from a loopback fake of Alexa's Settings API,
 * and checks what the table holds after every turn: nothing at all before the user's yes, and
 * after it only the practice record's attributes, never an answer or a verdict.
 */
@Tag(Dynalite.TAG)
class PracticeEndToEndTest {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    /** Captures the operator log, where a store that fails is reported, so nothing reaches stdout. */
    @RegisterExtension
    final SkillHarness quiet = new SkillHarness();

    /** 2026-12-01T04:30Z: the evening of November 30th in Los Angeles. */
    private static final Instant US_EVENING = Instant.parse("2026-12-01T04:30:00Z");
    /** Well inside Alexa's 8 s: the store's bounded call, and the zone's shorter wait beside it. */
    private static final Duration ANSWER_LIMIT = Duration.ofMillis(2_500);

    private final TestClock clock = new TestClock(US_EVENING);

    /** The whole test with the right thigh staying up (tight) and the left side fine. */
    private static final List<String> RIGHT_TIGHT = List.of("launch", "AMAZON.YesIntent", "ReadyIntent",
            "ReadyIntent", "ReadyIntent", "AMAZON.NoIntent", "AMAZON.NoIntent", "AMAZON.NoIntent", "ReadyIntent",
            "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NoIntent");
    /** The edge-of-table stretch for the right side, its hold, and no further round. */
    /** The stretch in its three rounds, then no to another round. */
    private static final List<String> STRETCH = List.of("AMAZON.YesIntent", "ReadyIntent", "ReadyIntent", "ReadyIntent",
            "AMAZON.NoIntent");

    @Test
    void nothingIsWrittenBeforeTheYesAndAfterItOnlyThePracticeRecord() throws IOException {
        User user = new User();
        for (String step : RIGHT_TIGHT) {
            user.say(step);
            assertEquals(List.of(), itemsOf(user.id()), "nothing kept after " + step);
        }
        for (String step : STRETCH) {
            user.say(step);
            assertEquals(List.of(), itemsOf(user.id()), "nothing kept after " + step);
        }
        assertTrue(user.last().contains("Shall I keep your stretch plan"), user.last());
        user.say("AMAZON.YesIntent");

        Map<String, AttributeValue> item = onlyItem(user.id());
        assertTrue(Items.ATTRIBUTES.containsAll(item.keySet()), "unexpected attributes: " + item.keySet());
        assertEquals(List.of("RIGHT"), item.get("sides").l().stream().map(AttributeValue::s).toList());
        assertEquals("EDGE_OF_TABLE", item.get("stretch").s());
        assertEquals("2026-11-30", item.get("testedOn").s(), "the user's own day in Los Angeles, not UTC's");
        assertEquals(List.of("2026-11-30"), item.get("practisedOn").l().stream().map(AttributeValue::s).toList());
        for (AttributeValue value : item.values()) {
            String text = String.valueOf(value.s()) + value.l();
            for (String verdict : List.of("TIGHT", "NOT_TIGHT", "INCONCLUSIVE", "YES", "NO", "UNSURE")) {
                assertFalse(text.equals(verdict) || text.contains("\"" + verdict + "\""), "verdict or answer kept");
            }
        }
    }

    @Test
    void aNoAndANonAnswerKeepNothing() throws IOException {
        for (List<String> replies : List.of(List.of("AMAZON.NoIntent"),
                List.of("ReadyIntent", "OkayIntent", "ReadyIntent", "AMAZON.NoIntent"))) {
            User user = new User();
            user.sayAll(RIGHT_TIGHT);
            user.sayAll(STRETCH);
            for (String reply : replies) {
                user.say(reply);
                assertEquals(List.of(), itemsOf(user.id()), "nothing kept after " + reply);
            }
            assertTrue(user.last().contains("won't keep anything"), user.last());
        }
    }

    @Test
    void aReturningUserTheNextEveningGoesStraightToTheirStretch() throws IOException {
        User user = new User();
        user.agreeAfterStretching();
        clock.pass(Duration.ofDays(1));

        user.say("launch");
        assertTrue(user.last().contains("Welcome back to Hip Check. Ready for your right-hip stretch?"), user.last());
        user.say("ProgressIntent");
        assertTrue(user.last().contains("You've stretched on one day in the last four weeks: yesterday."),
                user.last());
        user.say("AMAZON.YesIntent");
        assertTrue(user.last().contains("edge-of-table stretch for your right hip"), user.last());
        user.say("ReadyIntent");
        assertEquals(List.of("2026-11-30", "2026-12-01"),
                onlyItem(user.id()).get("practisedOn").l().stream().map(AttributeValue::s).toList());
    }

    @Test
    void aRedFlagPausesAKeptRecordForTheRestOfTheDay() throws IOException {
        User user = new User();
        user.agreeAfterStretching();
        clock.pass(Duration.ofHours(1));

        user.say("launch");
        user.say("AMAZON.YesIntent");
        user.say("RedFlagIntent");
        assertEquals("2026-11-30", onlyItem(user.id()).get("pausedOn").s());
        clock.pass(Duration.ofMinutes(2));
        user.say("launch");
        assertTrue(user.last().contains("no stretching until tomorrow"), user.last());
        assertFalse(user.session.isOpen(), "the session ends during a pause");

        clock.pass(Duration.ofDays(1));
        user.say("launch");
        assertTrue(user.last().contains("Is it better now?"), user.last());
        user.say("ReadyIntent");
        assertTrue(user.last().contains("Good to hear"), user.last());
        assertFalse(onlyItem(user.id()).containsKey("pausedOn"), "the pause is over once it is better");
    }

    @Test
    void aRedFlagBeforeAnyYesKeepsNothing() throws IOException {
        User user = new User();
        user.sayAll(RIGHT_TIGHT.subList(0, 6));
        user.say("RedFlagIntent");
        assertEquals(List.of(), itemsOf(user.id()));
        user.say("launch");
        assertTrue(user.last().contains("Welcome to Hip Check"), "a new session knows nothing: " + user.last());
    }

    @Test
    void anUnfinishedOrResumedTestChangesNothingKept() throws IOException {
        User user = new User();
        user.agreeAfterStretching();
        Map<String, AttributeValue> before = onlyItem(user.id());
        clock.pass(Duration.ofDays(1));
        user.say("launch");
        user.say("StartTestIntent");
        user.sayAll(List.of("ReadyIntent", "ReadyIntent", "ReadyIntent", "AMAZON.NoIntent"));
        user.say("PainIntent");
        user.say("ReadyIntent");
        user.say("AMAZON.NoIntent");
        assertEquals(before, onlyItem(user.id()), "answers are never written");
        user.say("AMAZON.StopIntent");
        assertEquals(before, onlyItem(user.id()));
        // Opened again: the plan is offered, the stopped test's answers are gone with its session.
        user.say("launch");
        assertTrue(user.last().contains("Welcome back to Hip Check"), user.last());
        user.say("StartTestIntent");
        assertTrue(user.last().contains("Step one"), "the test starts afresh: " + user.last());
        assertEquals(before, onlyItem(user.id()));
    }

    @Test
    void forgetMeDeletesThePersonsRecordAndLeavesTheAccounts() throws IOException {
        User account = new User();
        account.agreeAfterStretching();
        User ann = new User(account.id(), "amzn1.ask.person.ANN");
        ann.agreeAfterStretching();
        assertEquals(Set.of("plan", "plan#amzn1.ask.person.ANN"), sortKeys(account.id()));

        ann.say("launch");
        ann.say("ForgetMeIntent");
        ann.say("AMAZON.YesIntent");
        assertTrue(ann.last().contains("everything I kept for you is deleted"), ann.last());
        assertEquals(Set.of("plan"), sortKeys(account.id()));

        account.say("launch");
        account.say("ForgetMeIntent");
        account.say("AMAZON.YesIntent");
        assertEquals(List.of(), itemsOf(account.id()));
    }

    @Test
    void disablingTheSkillDeletesEverythingKeptForTheAccountAndIsHarmlessOtherwise() throws IOException {
        User account = new User();
        account.agreeAfterStretching();
        User ann = new User(account.id(), "amzn1.ask.person.ANN");
        ann.agreeAfterStretching();
        User other = new User();
        other.agreeAfterStretching();

        JsonNode answer = skillDisabled(SkillHarness.withHistory(DYNALITE.store(), clock), account.id());

        assertEquals(List.of(), itemsOf(account.id()), "the account's and its people's records are gone");
        assertEquals(1, itemsOf(other.id()).size(), "another account's record stays");
        assertFalse(answer.path("response").has("outputSpeech"), "an event is answered without speech");
        // Nothing kept, and a store that is down: answered all the same.
        skillDisabled(SkillHarness.withHistory(DYNALITE.store(), clock), account.id());
        InMemoryPracticeStore down = new InMemoryPracticeStore();
        down.down(true);
        JsonNode despiteIt = skillDisabled(SkillHarness.withHistory(down, clock), "amzn1.ask.account.DOWN");
        assertEquals("1.0", despiteIt.path("version").asText());
    }

    /** Sends Alexa's SkillDisabled event for {@code userId}, as its own JSON shape, to {@code skill}. */
    private static JsonNode skillDisabled(SkillHarness skill, String userId) throws IOException {
        String event = Files.readString(Path.of("src/test/resources/events/skill-disabled.json"))
                .replace("APPLICATION_ID", SkillHarness.SKILL_ID).replace("USER_ID", userId)
                .replace("TIMESTAMP", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return skill.sendEnvelope((ObjectNode) new ObjectMapper().readTree(event));
    }

    @Test
    void aSettingsApiThatFailsOrHangsMeansUtcWithoutDelay() throws IOException {
        for (int status : new int[] {204, 401, 429, 500, 0}) {
            try (LocalAlexaApi api = LocalAlexaApi.start()) {
                User user = new User(api);
                String path = "/v2/devices/" + user.session.deviceId() + "/settings/System.timeZone";
                if (status == 0) {
                    api.hang(path);
                } else {
                    api.answer(path, status);
                }
                user.sayAll(RIGHT_TIGHT);
                user.sayAll(STRETCH);
                user.say("AMAZON.YesIntent");
                assertEquals("2026-12-01", onlyItem(user.id()).get("testedOn").s(), "UTC's day when " + status);
                assertTrue(user.slowest.compareTo(ANSWER_LIMIT) < 0, "slowest answer " + user.slowest);
            }
        }
    }

    /** One user talking to the skill, with its own session, on the shared dynalite table. */
    private final class User {
        final LocalSession session;
        final RequestFactory requests;
        final LocalAlexaApi ownApi;
        Duration slowest = Duration.ZERO;
        private String last = "";

        User() {
            this(null, null, null);
        }

        User(LocalAlexaApi api) {
            this(null, null, api);
        }

        User(String userId, String personId) {
            this(userId, personId, null);
        }

        /**
         * A user on the shared table. One with its own scripted API is held to the real wait for the
         * time zone; the others, whose zone is Los Angeles, are given as long as a busy machine needs.
         */
        private User(String userId, String personId, LocalAlexaApi api) {
            SkillHarness skill = SkillHarness.withHistory(DYNALITE.store(), clock,
                    api != null ? SkillHarness.ZONE_WAIT : SkillHarness.PATIENT_ZONE_WAIT);
            this.session = userId == null ? skill.session() : skill.newSession(userId);
            this.requests = skill.requests();
            this.ownApi = api;
            session.asPerson(personId);
            session.alexaApi(api != null ? api.endpoint() : LOS_ANGELES.endpoint());
            if (api == null) {
                LOS_ANGELES.answer("/v2/devices/" + session.deviceId() + "/settings/System.timeZone", 200,
                        "\"America/Los_Angeles\"");
            }
        }

        String id() {
            return session.userId();
        }

        String last() {
            return last;
        }

        void say(String intent) throws IOException {
            long start = System.nanoTime();
            JsonNode response = session.send(intent.equals("launch") ? requests.launch() : requests.intent(intent,
                    Map.of()));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            last = speech(response);
            assertFalse(last.isBlank(), "every request is answered with speech: " + intent);
        }

        void sayAll(List<String> intents) throws IOException {
            for (String intent : intents) {
                say(intent);
            }
        }

        /** Takes the test, stretches the right side once, and says yes to keeping the plan. */
        void agreeAfterStretching() throws IOException {
            sayAll(RIGHT_TIGHT);
            sayAll(STRETCH);
            say("AMAZON.YesIntent");
            assertTrue(last.contains("next time we can go straight to your stretch"), last);
        }
    }

    /** The Settings API of every user who is not given one of their own: a device in Los Angeles. */
    private static final LocalAlexaApi LOS_ANGELES = LocalAlexaApi.start();

    /** Scans the whole table, past the store's own Query, for every item of {@code user}. */
    private static List<Map<String, AttributeValue>> itemsOf(String user) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        DYNALITE.client().scanPaginator(s -> s.tableName(DYNALITE.table())
                        .filterExpression("#u = :u")
                        .expressionAttributeNames(Map.of("#u", "user"))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(user))))
                .items().forEach(items::add);
        return items;
    }

    private static Map<String, AttributeValue> onlyItem(String user) {
        List<Map<String, AttributeValue>> items = itemsOf(user);
        assertEquals(1, items.size(), "one record: " + items);
        return items.get(0);
    }

    private static Set<String> sortKeys(String user) {
        Set<String> keys = new java.util.TreeSet<>();
        itemsOf(user).forEach(item -> keys.add(item.get("sk").s()));
        return keys;
    }

    private static String speech(JsonNode envelope) {
        String ssml = envelope.path("response").path("outputSpeech").path("ssml").asText("");
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}

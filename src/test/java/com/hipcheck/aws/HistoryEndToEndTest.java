package com.hipcheck.aws;

import com.hipcheck.domain.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.alexa.SkillHarness;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import com.hipcheck.local.LocalSession;
import com.hipcheck.local.RequestFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs whole conversations through the real stream handler with history kept on a real dynalite
 * server, and checks both what the user hears and what the table then holds: consent, the
 * returning welcome, straight to the stretch, comparison, forget me, resume, two devices of one
 * user, and a store that dies, hangs or refuses connections halfway through a session.
 */
@Tag(Dynalite.TAG)
class HistoryEndToEndTest {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    /** Captures the operator log, where a store that fails is reported, so nothing reaches stdout. */
    @RegisterExtension
    final SkillHarness quiet = new SkillHarness();

    /** Well inside Alexa's 8 s: one bounded store call (about 1 s) with room for a loaded machine. */
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(3);
    private static final Instant DECEMBER_FIRST = Instant.parse("2026-12-01T09:00:00Z");

    private final TestClock clock = new TestClock(DECEMBER_FIRST);

    @Test
    void aResultIsSavedWhenTheUserAgrees() throws IOException {
        User user = newUser();

        assertHears(user.finishTest(Sides.RIGHT_TIGHT), "Your right side looks tight, your left fine",
                "Shall I remember today's result, to compare next time?");
        assertHears(user.say("AMAZON.YesIntent"), "Saved", "Which stretch");

        List<TestRecord> kept = results(user);
        assertEquals(1, kept.size());
        assertEquals(Outcome.TIGHT, kept.get(0).verdict(Side.RIGHT).outcome());
        assertEquals(Outcome.NOT_TIGHT, kept.get(0).verdict(Side.LEFT).outcome());
        assertEquals(Set.of("result#"), sortKeyKinds(user.id()), "one result and no unfinished place");
    }

    @Test
    void nothingIsKeptWhenTheUserDeclines() throws IOException {
        User user = newUser();
        user.startTest();
        user.answerTheFirstQuestion();
        assertEquals(Set.of("unfinished"), sortKeyKinds(user.id()), "the place of the test under way is kept");

        assertHears(user.answerRest(Sides.RIGHT_TIGHT, 1), "Shall I remember today's result");
        assertHears(user.say("AMAZON.NoIntent"), "I won't keep it");

        assertEquals(List.of(), itemsOf(user.id()), "no result, and the place is gone with the test finished");
    }

    @Test
    void aReturningUserIsWelcomedWithTheLastResult() throws IOException {
        User user = newUser();
        user.finishTest(Sides.RIGHT_TIGHT);
        user.say("AMAZON.YesIntent");
        user.say("AMAZON.StopIntent");
        clock.pass(Duration.ofDays(1));

        JsonNode welcome = user.launch();

        assertHears(welcome, "Welcome back to Hip Check",
                "Last time, on December 1st, your right side looked tight, your left fine");
        assertHearsNot(welcome, "A quick test on your bed");
        List<TestRecord> kept = results(user);
        assertEquals(1, kept.size());
        assertEquals(LocalDate.of(2026, 12, 1), LocalDate.ofInstant(kept.get(0).takenAt(), ZoneOffset.UTC));
    }

    @Test
    void yesAtTheWelcomeBackGoesStraightToLastTimesStretch() throws IOException {
        User user = newUser();
        user.finishTest(Sides.RIGHT_TIGHT);
        user.say("AMAZON.YesIntent");
        assertHears(user.say("ChooseStretchIntent", Map.of("stretch", "half kneeling")), "half-kneeling stretch");
        user.say("AMAZON.StopIntent");
        assertEquals(Stretch.HALF_KNEELING, results(user).get(0).stretch().orElseThrow(),
                "the stretch chosen after the save reaches the saved result");
        clock.pass(Duration.ofDays(1));

        assertHears(user.launch(), "Welcome back", "Shall we go straight to your stretch?");
        JsonNode stretch = user.say("AMAZON.YesIntent");

        assertHears(stretch, "guidance, not a diagnosis", "half-kneeling stretch for your right hip");
        assertHearsNot(stretch, "Step one");
        assertEquals(1, results(user).size(), "no retest, so no new result");
        assertEquals(Set.of("result#"), sortKeyKinds(user.id()));
    }

    @Test
    void aSecondTestAMonthLaterIsComparedWithTheFirst() throws IOException {
        User user = newUser();
        assertHears(user.finishTest(Sides.BOTH_FINE), "Both sides look fine", "Shall I remember");
        assertHears(user.say("AMAZON.YesIntent"), "Saved");
        clock.pass(Duration.ofDays(30));

        assertHears(user.launch(), "Welcome back to Hip Check", "Last time, on December 1st, both sides looked fine",
                "Shall we test again?");
        assertHears(user.say("AMAZON.YesIntent"), "Step one");
        user.say("ReadyIntent");
        user.say("ReadyIntent");
        user.say("ReadyIntent");
        JsonNode result = user.answerRest(Sides.RIGHT_TIGHT, 0);

        assertHears(result, "Your right side looks tight, your left fine", "Your right side looked fine last time");
        assertHearsNot(result, "Shall I remember");
        assertHears(user.say("ProgressIntent"), "You have 2 results since December 1st",
                "Your right side went from fine to tight", "Your left side still looks fine");
        List<TestRecord> kept = results(user);
        assertEquals(2, kept.size());
        assertEquals(Outcome.TIGHT, kept.get(0).verdict(Side.RIGHT).outcome(), "newest first");
        assertEquals(Outcome.NOT_TIGHT, kept.get(1).verdict(Side.RIGHT).outcome());
    }

    @Test
    void theLastResultIsToldInANewSession() throws IOException {
        User user = newUser();
        user.finishTest(Sides.RIGHT_TIGHT);
        user.say("AMAZON.YesIntent");
        user.session.endSession();
        clock.pass(Duration.ofDays(3));

        // A one-shot: the new session opens with the question, no launch.
        assertHears(user.say("LastResultIntent"),
                "Your last result, on December 1st: your right side looked tight, your left fine");
        assertEquals(1, results(user).size());
    }

    @Test
    void forgetMeDeletesEverythingOfThatUserAndNothingElse() throws IOException {
        SkillHarness skill = SkillHarness.withHistory(DYNALITE.store(), clock);
        User other = new User(new LocalSession(skill.handler(), SkillHarness.SKILL_ID, newUserId()), skill.requests());
        other.finishTest(Sides.BOTH_FINE);
        other.say("AMAZON.YesIntent");
        List<Map<String, AttributeValue>> othersBefore = itemsOf(other.id());
        assertEquals(1, othersBefore.size());

        User user = new User(skill.session(), skill.requests());
        user.finishTest(Sides.RIGHT_TIGHT);
        user.say("AMAZON.YesIntent");
        user.say("AMAZON.StopIntent");
        clock.pass(Duration.ofDays(1));
        assertHears(user.launch(), "Welcome back", "Shall we go straight to your stretch?");
        assertHears(user.say("AMAZON.NoIntent"), "Shall we test again?");
        assertHears(user.say("AMAZON.YesIntent"), "Step one");
        user.say("ReadyIntent");
        user.say("ReadyIntent");
        user.say("ReadyIntent");
        user.say("AMAZON.NoIntent");
        assertEquals(Set.of("result#", "unfinished"), sortKeyKinds(user.id()), "a result and a test under way");

        assertHears(user.say("ForgetMeIntent"), "Delete your history?");
        assertHears(user.say("AMAZON.YesIntent"), "Done: your history is deleted");
        assertEquals(List.of(), itemsOf(user.id()), "every result and the place are gone");
        // The test goes on, and nothing is written for the user any more.
        user.answerRest(Sides.RIGHT_TIGHT, 1);
        assertHears(user.say("LastResultIntent"), "Your history is deleted");

        assertEquals(List.of(), itemsOf(user.id()), "nothing written after forget me");
        assertEquals(othersBefore, itemsOf(other.id()), "another user's result untouched");
    }

    @Test
    void aTestIsPickedUpAfterASessionEndedRequest() throws IOException {
        User user = newUser();
        user.startTest();
        user.answerTheFirstQuestion();
        user.send(user.requests.sessionEnded("USER_INITIATED"));
        assertTrue(load(user).unfinished().isPresent(), "the place outlives the session");
        clock.pass(Duration.ofMinutes(10));

        assertPicksUpAndFinishes(user);
    }

    @Test
    void aTestIsPickedUpAfterTheSessionIsJustLost() throws IOException {
        User user = newUser();
        user.startTest();
        user.answerTheFirstQuestion();
        user.session.endSession();
        clock.pass(Duration.ofMinutes(50));

        assertPicksUpAndFinishes(user);
    }

    @Test
    void aTestLeftOverAnHourAgoIsNotOffered() throws IOException {
        User user = newUser();
        user.startTest();
        user.answerTheFirstQuestion();
        user.session.endSession();
        clock.pass(UnfinishedTest.KEPT_FOR.plusMinutes(1));

        JsonNode welcome = user.launch();

        assertHears(welcome, "Welcome to Hip Check", "Shall we start the test?");
        assertHearsNot(welcome, "pick up where you left off");
        History kept = load(user);
        assertEquals(List.of(), kept.results());
        assertTrue(kept.asOf(clock.instant()).unfinished().isEmpty(), "whatever place is left has expired");
    }

    @Test
    void twoSessionsOfOneUserKeepBothResults() throws IOException {
        SkillHarness skill = SkillHarness.withHistory(DYNALITE.store(), clock);
        String id = newUserId();
        User kitchen = new User(new LocalSession(skill.handler(), SkillHarness.SKILL_ID, id), skill.requests());
        User bedroom = new User(new LocalSession(skill.handler(), SkillHarness.SKILL_ID, id), skill.requests());
        List<Step> inKitchen = new ArrayList<>(Sides.RIGHT_TIGHT.wholeTest());
        inKitchen.add(new Step("AMAZON.YesIntent", Map.of()));
        inKitchen.add(new Step("ChooseStretchIntent", Map.of("stretch", "half kneeling")));
        List<Step> inBedroom = new ArrayList<>(Sides.BOTH_FINE.wholeTest());
        inBedroom.add(new Step("AMAZON.YesIntent", Map.of()));

        JsonNode kitchenSaid = null;
        JsonNode bedroomSaid = null;
        for (int i = 0; i < Math.max(inKitchen.size(), inBedroom.size()); i++) {
            if (i < inKitchen.size()) {
                kitchenSaid = kitchen.say(inKitchen.get(i));
                if (i == inKitchen.size() - 2) {
                    assertHears(kitchenSaid, "Saved");
                }
            }
            if (i < inBedroom.size()) {
                bedroomSaid = bedroom.say(inBedroom.get(i));
            }
        }

        assertHears(kitchenSaid, "half-kneeling stretch for your right hip");
        assertHears(bedroomSaid, "Saved");
        List<TestRecord> kept = load(id).results();
        assertEquals(2, kept.size(), "both results kept");
        TestRecord tight = kept.stream().filter(r -> r.verdict(Side.RIGHT).outcome() == Outcome.TIGHT)
                .findFirst().orElseThrow();
        TestRecord fine = kept.stream().filter(r -> r.verdict(Side.RIGHT).outcome() == Outcome.NOT_TIGHT)
                .findFirst().orElseThrow();
        assertEquals(Stretch.HALF_KNEELING, tight.stretch().orElseThrow(), "the kitchen's stretch on its own result");
        assertEquals(Outcome.NOT_TIGHT, fine.verdict(Side.LEFT).outcome());
        assertTrue(fine.stretch().isEmpty(), "the bedroom's result not overwritten by the kitchen's stretch");
        assertEquals(Set.of("result#"), sortKeyKinds(id));
    }

    /** How the store fails halfway through a session. */
    enum Fault {
        /** The server is killed: the client's open connections die with it. */
        KILLED,
        /** The server is stopped (SIGSTOP): connections are accepted and never answered. */
        HUNG,
        /** The server is killed and the next requests reach a fresh client: nothing listens, connect is refused. */
        REFUSED
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aStoreThatFailsMidSessionCostsABoundedWaitAndNoAnswers(Fault fault) throws Exception {
        Switchable store = new Switchable(DYNALITE.store());
        SkillHarness skill = SkillHarness.withHistory(store, clock);
        User user = new User(skill.session(), skill.requests());
        user.startTest();
        user.answerTheFirstQuestion();
        user.say("AMAZON.NoIntent");
        assertHears(user.say("AMAZON.NoIntent"), "One side done");
        user.say("ReadyIntent");
        user.say("AMAZON.YesIntent");
        assertEquals(Set.of("unfinished"), sortKeyKinds(user.id()), "the store was working until now");

        List<Duration> took = new ArrayList<>();
        breakStore(fault, store);
        try {
            timed(took, () -> user.say("AMAZON.NoIntent"));
            JsonNode result = timed(took, () -> user.say("AMAZON.NoIntent"));
            JsonNode save = timed(took, () -> user.say("AMAZON.YesIntent"));
            JsonNode stretch = timed(took, () -> user.say("ChooseStretchIntent", Map.of("stretch", "edge of table")));

            assertHears(result, "Your right side looks tight, your left fine", "Shall I remember today's result");
            assertHears(save, "I couldn't save today's result", "Which stretch");
            assertHearsNot(save, "Saved");
            assertHears(stretch, "edge-of-table stretch for your right hip");
            for (Duration d : took) {
                assertTrue(d.compareTo(ANSWER_LIMIT) < 0, fault + ": a request took " + d + " of " + took);
            }
            assertFalse(quiet.log().contains("handler_error"), "nothing threw:\n" + quiet.log());
            assertTrue(quiet.log().contains("store_unavailable"), "the failure is in the operator log");
        } finally {
            if (fault == Fault.HUNG) {
                DYNALITE.resume();
            } else {
                DYNALITE.start();
            }
        }
        if (fault == Fault.HUNG) {
            // Writes that timed out were still queued at the stopped server and may land once it
            // goes on: the result the user heard was not saved can turn up all the same, though
            // never twice and never with the stretch chosen afterwards.
            List<TestRecord> late = results(user);
            assertTrue(late.size() <= 1, "at most the one result: " + late);
            for (TestRecord r : late) {
                assertEquals(Outcome.TIGHT, r.verdict(Side.RIGHT).outcome());
                assertTrue(r.stretch().isEmpty());
            }
        } else {
            assertEquals(List.of(), itemsOf(user.id()), "a new, empty server");
        }
    }

    private static void breakStore(Fault fault, Switchable store) throws Exception {
        switch (fault) {
            case KILLED -> DYNALITE.kill();
            case HUNG -> DYNALITE.pause();
            case REFUSED -> {
                DYNALITE.kill();
                LoopbackPort port = new LoopbackPort(DYNALITE.endpoint().getPort());
                assertThrows(ConnectException.class, port::connect, "nothing listens");
                store.to = DYNALITE.store();
            }
        }
    }

    /** A loopback port to try a plain TCP connection on. */
    private record LoopbackPort(int port) {
        void connect() throws IOException {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            }
        }
    }

    private void assertPicksUpAndFinishes(User user) throws IOException {
        JsonNode offer = user.launch();
        assertHears(offer, "Welcome back to Hip Check", "pick up where you left off, on your right side?");
        assertHearsNot(offer, "A quick test on your bed");
        assertHears(user.say("AMAZON.YesIntent"), "Back in position", "let your right leg hang", "Say ready");
        assertHears(user.say("ReadyIntent"), "Does your right leg drift out");

        assertHears(user.answerRest(Sides.RIGHT_TIGHT, 1), "Your right side looks tight, your left fine",
                "Shall I remember today's result");
        assertHears(user.say("AMAZON.YesIntent"), "Saved");

        List<TestRecord> kept = results(user);
        assertEquals(1, kept.size());
        assertEquals(Outcome.TIGHT, kept.get(0).verdict(Side.RIGHT).outcome(), "the answer before the drop was kept");
        assertEquals(Set.of("result#"), sortKeyKinds(user.id()), "the place is dropped once the test is done");
    }

    /** Answers that finish a test, right side then left, after "Shall we start?" was answered yes. */
    enum Sides {
        RIGHT_TIGHT("AMAZON.NoIntent"),
        BOTH_FINE("AMAZON.YesIntent");

        /** The answer to "does your right thigh drop?"; no means it stays up: tight. */
        private final String rightThigh;

        Sides(String rightThigh) {
            this.rightThigh = rightThigh;
        }

        /** Returns the answers from the first question on: the right thigh, drift, knee; then the left side. */
        List<Step> answers() {
            return List.of(new Step(rightThigh, Map.of()), no(), no(), new Step("ReadyIntent", Map.of()),
                    new Step("AMAZON.YesIntent", Map.of()), no(), no());
        }

        /** Returns a whole visit up to the result: launch, yes, the setup, the answers. */
        List<Step> wholeTest() {
            List<Step> steps = new ArrayList<>(List.of(new Step("launch", Map.of()),
                    new Step("AMAZON.YesIntent", Map.of()), new Step("ReadyIntent", Map.of()),
                    new Step("ReadyIntent", Map.of()), new Step("ReadyIntent", Map.of())));
            steps.addAll(answers());
            return steps;
        }

        private static Step no() {
            return new Step("AMAZON.NoIntent", Map.of());
        }
    }

    /** One request: an intent with its slots, or {@code launch}. */
    record Step(String intent, Map<String, String> slots) {}

    /** A user talking to the skill in one session at a time, as Alexa carries it. */
    private static final class User {
        final LocalSession session;
        final RequestFactory requests;

        User(LocalSession session, RequestFactory requests) {
            this.session = session;
            this.requests = requests;
        }

        String id() {
            return session.userId();
        }

        JsonNode launch() throws IOException {
            return send(requests.launch());
        }

        JsonNode say(String intent) throws IOException {
            return say(intent, Map.of());
        }

        JsonNode say(String intent, Map<String, String> slots) throws IOException {
            return send(requests.intent(intent, slots));
        }

        JsonNode say(Step step) throws IOException {
            return step.intent().equals("launch") ? launch() : say(step.intent(), step.slots());
        }

        JsonNode send(ObjectNode request) throws IOException {
            return session.send(request);
        }

        /** Launches and agrees to the test, as a first visit does. */
        void startTest() throws IOException {
            assertHears(launch(), "Welcome to Hip Check", "Shall we start the test?");
            assertHears(say("AMAZON.YesIntent"), "Step one");
        }

        /** Gets into position and answers the right thigh question: it stays up. */
        void answerTheFirstQuestion() throws IOException {
            say("ReadyIntent");
            say("ReadyIntent");
            say("ReadyIntent");
            say("AMAZON.NoIntent");
        }

        /** Takes a whole test from the launch and returns the result turn. */
        JsonNode finishTest(Sides sides) throws IOException {
            JsonNode last = null;
            for (Step step : sides.wholeTest()) {
                last = say(step);
            }
            return last;
        }

        /** Gives the answers of {@code sides} from the {@code from}th on and returns the last turn. */
        JsonNode answerRest(Sides sides, int from) throws IOException {
            JsonNode last = null;
            List<Step> answers = sides.answers();
            for (Step step : answers.subList(from, answers.size())) {
                last = say(step);
            }
            return last;
        }
    }

    /** A store whose calls can be sent to another client halfway through a test. */
    private static final class Switchable implements HistoryStore {
        volatile HistoryStore to;

        Switchable(HistoryStore to) {
            this.to = to;
        }

        @Override
        public History load(String user) throws StoreUnavailable {
            return to.load(user);
        }

        @Override
        public void saveResult(String user, TestRecord result) throws StoreUnavailable {
            to.saveResult(user, result);
        }

        @Override
        public void updateResult(String user, TestRecord result) throws StoreUnavailable {
            to.updateResult(user, result);
        }

        @Override
        public void keepPlace(String user, UnfinishedTest place) throws StoreUnavailable {
            to.keepPlace(user, place);
        }

        @Override
        public void dropPlace(String user) throws StoreUnavailable {
            to.dropPlace(user);
        }

        @Override
        public void forget(String user) throws StoreUnavailable {
            to.forget(user);
        }
    }

    /** One request whose wall time is measured. */
    private interface Request {
        JsonNode send() throws IOException;
    }

    private static JsonNode timed(List<Duration> took, Request request) throws IOException {
        long start = System.nanoTime();
        JsonNode response = request.send();
        took.add(Duration.ofNanos(System.nanoTime() - start));
        assertFalse(speech(response).isBlank(), "every request is answered with speech");
        assertHearsNot(response, "something went wrong");
        return response;
    }

    private User newUser() {
        SkillHarness skill = SkillHarness.withHistory(DYNALITE.store(), clock);
        return new User(skill.session(), skill.requests());
    }

    private static String newUserId() {
        return "amzn1.ask.account.E2E" + UUID.randomUUID().toString().replace("-", "");
    }

    private static History load(User user) {
        return load(user.id());
    }

    private static History load(String user) {
        try {
            return DYNALITE.store().load(user);
        } catch (StoreUnavailable e) {
            throw new AssertionError("the store is up", e);
        }
    }

    private static List<TestRecord> results(User user) {
        return load(user).results();
    }

    /** Scans the whole table, past the store's own Query, for every item of {@code user}. */
    private static List<Map<String, AttributeValue>> itemsOf(String user) {
        return DYNALITE.client().scanPaginator(s -> s.tableName(DYNALITE.table())
                        .filterExpression("#u = :u")
                        .expressionAttributeNames(Map.of("#u", "user"))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(user))))
                .items().stream()
                .toList();
    }

    /** Returns the kinds of item kept for {@code user}: {@code result#} and {@code unfinished}. */
    private static Set<String> sortKeyKinds(String user) {
        return itemsOf(user).stream()
                .map(item -> item.get("sk").s())
                .map(sk -> sk.startsWith("result#") ? "result#" : sk)
                .collect(Collectors.toSet());
    }

    private static String speech(JsonNode envelope) {
        String ssml = envelope.path("response").path("outputSpeech").path("ssml").asText("");
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }

    private static void assertHears(JsonNode envelope, String... fragments) {
        String said = speech(envelope);
        for (String f : fragments) {
            assertTrue(said.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)),
                    "expected '" + f + "' in: " + said);
        }
    }

    private static void assertHearsNot(JsonNode envelope, String fragment) {
        String said = speech(envelope);
        assertFalse(said.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
                "did not expect '" + fragment + "' in: " + said);
    }

    /** A clock that stands still until a test moves it on, a microsecond a reading as a real one moves. */
}

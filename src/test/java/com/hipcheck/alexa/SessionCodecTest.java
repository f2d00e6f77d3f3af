package com.hipcheck.alexa;

import static com.hipcheck.dialog.Events.FINE;
import static com.hipcheck.dialog.Events.LAUNCH;
import static com.hipcheck.dialog.Events.NO;
import static com.hipcheck.dialog.Events.READY;
import static com.hipcheck.dialog.Events.RIGHT_TIGHT;
import static com.hipcheck.dialog.Events.TO_ASK;
import static com.hipcheck.dialog.Events.UNSURE;
import static com.hipcheck.dialog.Events.YES;
import static com.hipcheck.dialog.Events.after;
import static com.hipcheck.dialog.Events.plus;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.dialog.Dialog;
import com.hipcheck.dialog.Events;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.dialog.Plan;
import com.hipcheck.dialog.ReminderAsk;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.narration.HoldNarrator;
import com.hipcheck.narration.Phrasebook;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionCodecTest {
    private static final Dialog DIALOG = new Dialog();

    private final SessionCodec codec = new SessionCodec();

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("a new conversation", after()),
                Arguments.of("welcomed, disclaimer said", after(LAUNCH)),
                Arguments.of("step one of the setup", after(LAUNCH, YES)),
                Arguments.of("step two of the setup", after(LAUNCH, YES, READY)),
                Arguments.of("step three of the setup", after(LAUNCH, YES, READY, READY)),
                Arguments.of("an aside answered during setup",
                        after(LAUNCH, YES, READY, new UserEvent.Asked(Topic.WHY_BACK))),
                Arguments.of("one answer on the right, one unsure", after(plus(TO_ASK, NO, UNSURE))),
                Arguments.of("switching to the left", after(plus(TO_ASK, NO, NO, NO))),
                Arguments.of("paused for pain while asking", after(plus(TO_ASK, YES, Events.PAIN))),
                Arguments.of("offering a stretch", after(RIGHT_TIGHT)),
                Arguments.of("offering a retest",
                        after(LAUNCH, YES, READY, READY, READY, YES, NO, UNSURE, READY, YES, NO, NO)),
                Arguments.of("kneeling stretch with a 25-second hold", after(plus(RIGHT_TIGHT,
                        new UserEvent.ChoseStretch(Optional.of(Stretch.HALF_KNEELING)),
                        new UserEvent.AskedHold(OptionalInt.of(25))))),
                Arguments.of("the next side due after a hold",
                        after(plus(TO_ASK, NO, NO, NO, READY, NO, NO, NO, YES, READY, READY, READY))),
                Arguments.of("the second round of three, after a rest",
                        after(plus(TO_ASK, NO, NO, NO, READY, NO, NO, NO, YES, READY))),
                Arguments.of("two rounds a side chosen at the set-up", after(plus(RIGHT_TIGHT, YES,
                        new UserEvent.AskedRounds(OptionalInt.of(2))))),
                Arguments.of("an extra set of two rounds", after(plus(RIGHT_TIGHT, YES, READY, READY, READY,
                        new UserEvent.AskedRounds(OptionalInt.of(2)), READY))),
                Arguments.of("after a misunderstanding and a report of pain",
                        after(plus(TO_ASK, UserEvent.Command.FALLBACK, Events.PAIN))),
                Arguments.of("confirming words read by their direction", after(plus(TO_ASK,
                        new UserEvent.Described(List.of(Description.unnamed(Observation.THIGH_STAYS_UP)), false)))),
                Arguments.of("another round offered", after(plus(RIGHT_TIGHT, YES, READY, READY, READY))),
                Arguments.of("second round", after(plus(RIGHT_TIGHT, YES, READY, READY, READY, YES))),
                // With a history store; the clock is not kept (the adapter sets it on every request).
                Arguments.of("asking how it went after a pause", unclocked(after(Events.RETURNING_PAUSED))),
                Arguments.of("welcoming back to a kept plan", unclocked(after(Events.RETURNING_TIGHT))),
                Arguments.of("welcoming back a user tested twice", unclocked(after(RETURNING_TESTED_TWICE))),
                Arguments.of("stretching on the kept plan", unclocked(after(Events.RETURNING_TIGHT, YES))),
                Arguments.of("a day practised on the kept plan", unclocked(after(Events.RETURNING_TIGHT, YES, READY))),
                Arguments.of("asking to keep the plan", unclocked(after(plus(Events.RIGHT_TIGHT_FIRST_VISIT,
                        YES, READY, READY, READY, NO)))),
                Arguments.of("confirming forget me",
                        unclocked(after(Events.RETURNING_TIGHT, UserEvent.Command.FORGET_ME))),
                Arguments.of("asking to set a reminder mid-test", after(plus(TO_ASK, new UserEvent.Remind(
                        UserEvent.Remind.Request.SET, Optional.of(java.time.LocalTime.of(19, 30)))))),
                Arguments.of("asking to move a reminder", after(LAUNCH, new UserEvent.Remind(
                        UserEvent.Remind.Request.CHANGE, Optional.of(java.time.LocalTime.of(8, 0))))),
                Arguments.of("offering a reminder once the plan is kept", unclocked(after(plus(
                        Events.RIGHT_TIGHT_FIRST_VISIT, YES, READY, NO, YES)))),
                Arguments.of("offering a movement break after a fine result", after(FINE)));
    }

    /** A returning user with two tests kept: three weeks ago and yesterday. */
    private static final UserEvent RETURNING_TESTED_TWICE = new UserEvent.Launch(UserEvent.Known.up(Events.NOW,
            Optional.of(Events.TIGHT_RIGHT_YESTERDAY.tested(Events.TODAY.minusDays(22), List.of(Side.RIGHT)))));

    /** Returns the state as it reads back: its clock is the adapter's to set, not the session's. */
    private static DialogState unclocked(DialogState s) {
        return s.at(java.time.Instant.EPOCH);
    }

    @Test
    void theRoundTripStatesCoverEveryPhase() {
        Set<Phase> phases = states().map(a -> ((DialogState) a.get()[1]).phase()).collect(Collectors.toSet());

        assertEquals(EnumSet.allOf(Phase.class), phases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void aStateReadsBackAsWritten(String what, DialogState state) {
        SessionCodec.Decoded decoded = codec.decode(codec.encode(state));

        assertTrue(decoded.found().isPresent(), decoded.problem().orElse(null));
        assertEquals(state, decoded.found().orElse(null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void aStateReadsBackAfterTheTripThroughJson(String what, DialogState state) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(codec.encode(state));
        Map<String, Object> attributes = mapper.readValue(json, new TypeReference<Map<String, Object>>() {});

        SessionCodec.Decoded decoded = codec.decode(attributes);

        assertTrue(decoded.found().isPresent(), decoded.problem().orElse(null));
        assertEquals(state, decoded.found().orElse(null));
    }

    @Test
    void theStateLivesUnderOneVersionedKey() {
        Map<String, Object> attributes = codec.encode(after(LAUNCH));

        assertEquals(List.of(SessionCodec.ATTRIBUTE), List.copyOf(attributes.keySet()));
        assertEquals(2, ((Map<?, ?>) attributes.get("hipCheck")).get("v"));
    }

    @Test
    void aReminderAskedAboutInASessionFromBeforeMovementBreaksIsAStretchReminder() {
        DialogState offered = after(FINE);
        assertEquals(ReminderAsk.Kind.MOVEMENT_BREAK, offered.reminding().orElseThrow().kind());

        DialogState read = codec.decode(tampered(offered, m -> m.remove("remindKind"))).found().orElseThrow();

        assertEquals(ReminderAsk.Kind.STRETCH, read.reminding().orElseThrow().kind());
        assertTrue(codec.decode(tampered(offered, m -> m.put("remindKind", "NAP"))).found().isEmpty(),
                "an unknown kind is a damaged session");
    }

    @Test
    void aSessionFromBeforeRoundsGoesOnAsOneRoundASide() {
        DialogState offered = after(plus(RIGHT_TIGHT, YES, READY, READY, READY));
        Map<String, Object> before = tampered(offered, m -> {
            m.remove("rounds");
            m.remove("more");
            m.put("round", 7);
        });

        DialogState read = codec.decode(before).found().orElseThrow();
        assertEquals(new Plan(offered.plan().stretch(), offered.plan().hold(), 1, 1, 0), read.plan());
        assertEquals(Phase.ANOTHER_ROUND, read.phase());
    }

    @Test
    void theLatestTestIsKeptAsBeforeAndTheEarlierOnesBesideIt() {
        Map<?, ?> kept = (Map<?, ?>) ((Map<?, ?>) codec.encode(unclocked(after(RETURNING_TESTED_TWICE)))
                .get(SessionCodec.ATTRIBUTE)).get("kept");

        assertEquals(Events.TODAY.minusDays(1).toString(), kept.get("testedOn"));
        assertEquals(List.of(Events.TODAY.minusDays(22).toString()), kept.get("testedBefore"));
        assertFalse(((Map<?, ?>) ((Map<?, ?>) codec.encode(unclocked(after(Events.RETURNING_TIGHT)))
                .get(SessionCodec.ATTRIBUTE)).get("kept")).containsKey("testedBefore"), "none before the latest");
    }

    @Test
    void aSessionFromBeforeTheEarlierTestsReadsAsTheLatestTestAlone() {
        @SuppressWarnings("unchecked")
        Map<String, Object> before = tampered(unclocked(after(RETURNING_TESTED_TWICE)),
                m -> ((Map<String, Object>) m.get("kept")).remove("testedBefore"));

        DialogState read = codec.decode(before).found().orElseThrow();
        assertEquals(List.of(Events.TODAY.minusDays(1)), read.memory().record().testedOn());
    }

    /** Returns valid attributes for {@code state} with the state map changed by {@code change}. */
    static Map<String, Object> tampered(DialogState state, Consumer<Map<String, Object>> change) {
        Map<String, Object> attributes = new SessionCodec().encode(state);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) attributes.get(SessionCodec.ATTRIBUTE);
        change.accept(m);
        return attributes;
    }

    static Map<String, Object> tampered(Consumer<Map<String, Object>> change) {
        return tampered(after(LAUNCH), change);
    }

    static Map<String, Object> only(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        return m;
    }

    static Stream<Arguments> hostileAttributes() {
        String huge = "A".repeat(1_000_000);
        return Stream.of(
                Arguments.of("null attributes", null),
                Arguments.of("an empty map", Map.of()),
                Arguments.of("no hipCheck key", Map.of("somethingElse", Map.of("v", 1))),
                Arguments.of("hipCheck is null", only("hipCheck", null)),
                Arguments.of("hipCheck is a string", Map.of("hipCheck", "OFFER_TEST")),
                Arguments.of("hipCheck is a list", Map.of("hipCheck", List.of(1, 2))),
                Arguments.of("hipCheck is an empty object", Map.of("hipCheck", Map.of())),
                Arguments.of("no version", tampered(m -> m.remove("v"))),
                Arguments.of("no phase", tampered(m -> m.remove("phase"))),
                Arguments.of("no side", tampered(m -> m.remove("side"))),
                Arguments.of("no right answers", tampered(m -> m.remove("right"))),
                Arguments.of("no left answers", tampered(m -> m.remove("left"))),
                Arguments.of("no hold", tampered(m -> m.remove("hold"))),
                Arguments.of("no round", tampered(m -> m.remove("round"))),
                Arguments.of("no disclaimed", tampered(m -> m.remove("disclaimed"))),
                Arguments.of("only a version", Map.of("hipCheck", Map.of("v", 1))),
                Arguments.of("phase as a number", tampered(m -> m.put("phase", 3))),
                Arguments.of("hold as a string", tampered(m -> m.put("hold", "30"))),
                Arguments.of("hold as a fraction", tampered(m -> m.put("hold", 30.0))),
                Arguments.of("hold beyond an int", tampered(m -> m.put("hold", 30L + (1L << 32)))),
                Arguments.of("round as a string", tampered(m -> m.put("round", "1"))),
                Arguments.of("disclaimed as yes", tampered(m -> m.put("disclaimed", "yes"))),
                Arguments.of("right answers as a string", tampered(m -> m.put("right", "NO,NO,NO"))),
                Arguments.of("version 1, before the practice record", tampered(m -> m.put("v", 1))),
                Arguments.of("version 3", tampered(m -> m.put("v", 3))),
                Arguments.of("version 0", tampered(m -> m.put("v", 0))),
                Arguments.of("version as a string", tampered(m -> m.put("v", "2"))),
                Arguments.of("a zone that is none", tampered(m -> m.put("zone", "Mars/Olympus"))),
                Arguments.of("a kept record that is not one", tampered(m -> m.put("kept", "plan"))),
                Arguments.of("a practised day that is not a day", tampered(m -> ((Map<String, Object>) m.get("kept")).put("practisedOn", List.of("monday")))),
                Arguments.of("earlier tests without a latest one", tampered(m -> ((Map<String, Object>) m.get("kept"))
                        .put("testedBefore", List.of("2026-11-10")))),
                Arguments.of("an earlier test that is not a day", tampered(after(RETURNING_TESTED_TWICE),
                        m -> ((Map<String, Object>) m.get("kept")).put("testedBefore", List.of("last week")))),
                Arguments.of("earlier tests that are not a list", tampered(after(RETURNING_TESTED_TWICE),
                        m -> ((Map<String, Object>) m.get("kept")).put("testedBefore", "2026-11-09"))),
                Arguments.of("an unknown phase", tampered(m -> m.put("phase", "DANCING"))),
                Arguments.of("a lower-case phase", tampered(m -> m.put("phase", "offer_test"))),
                Arguments.of("an unknown side", tampered(m -> m.put("side", "MIDDLE"))),
                Arguments.of("an unknown stretch", tampered(m -> m.put("stretch", "YOGA"))),
                Arguments.of("an unknown aside", tampered(m -> m.put("aside", "WEATHER"))),
                Arguments.of("an unknown resume phase", tampered(m -> m.put("resume", "NAP"))),
                Arguments.of("an unknown confirmation", tampered(after(plus(TO_ASK)), m -> m.put("confirm", "KNEE"))),
                Arguments.of("a confirmation outside a question", tampered(m -> m.put("confirm", "THIGH_DROPS"))),
                Arguments.of("a confirmation of a question answered", tampered(after(plus(TO_ASK, NO)),
                        m -> m.put("confirm", "THIGH_STAYS_UP"))),
                Arguments.of("an unknown answer", tampered(m -> m.put("right", Map.of("THIGH_DROPS", "MAYBE")))),
                Arguments.of("an answer of null", tampered(m -> m.put("right", only("THIGH_DROPS", null)))),
                Arguments.of("an oversized phase", tampered(m -> m.put("phase", huge))),
                Arguments.of("a valid phase padded out", tampered(m -> m.put("phase", "OFFER_TEST" + " ".repeat(100)))),
                Arguments.of("an oversized answer key", tampered(m -> m.put("left", Map.of(huge, "NO")))),
                Arguments.of("offering a stretch with no answers", tampered(m -> m.put("phase", "OFFER_STRETCH"))),
                Arguments.of("paused with nowhere to resume", tampered(m -> m.put("phase", "PAUSED"))),
                Arguments.of("somewhere to resume while not paused", tampered(m -> m.put("resume", "ASK"))),
                Arguments.of("round 0", tampered(m -> m.put("round", 0))),
                Arguments.of("round 21", tampered(m -> m.put("round", 21))),
                Arguments.of("round 6 of the rounds", tampered(m -> m.put("round", 6))),
                Arguments.of("rounds 0", tampered(m -> m.put("rounds", 0))),
                Arguments.of("rounds 6", tampered(m -> m.put("rounds", 6))),
                Arguments.of("rounds as a string", tampered(m -> m.put("rounds", "3"))),
                Arguments.of("an extra set of -1", tampered(m -> m.put("more", -1))),
                Arguments.of("an extra set of 6", tampered(m -> m.put("more", 6))),
                Arguments.of("rounds without the extra set", tampered(m -> m.remove("more"))),
                Arguments.of("an answer to an unknown question",
                        tampered(m -> m.put("right", Map.of("KNEE_HURTS", "YES")))),
                Arguments.of("an answer keyed by a number", tampered(m -> m.put("right", Map.of(1, "YES")))),
                Arguments.of("too many answers", tampered(m -> m.put("right", Map.of("THIGH_DROPS", "NO",
                        "LEG_DRIFTS_OUT", "NO", "BACK_ARCHES", "NO", "KNEE_HURTS", "NO")))),
                Arguments.of("hold 45", tampered(m -> m.put("hold", 45))),
                Arguments.of("hold 19", tampered(m -> m.put("hold", 19))),
                Arguments.of("hold -30", tampered(m -> m.put("hold", -30))),
                Arguments.of("asking the left before the right is done", tampered(after(plus(TO_ASK, NO)),
                        m -> m.put("side", "LEFT"))),
                Arguments.of("a stretch set up for a side that is not tight", tampered(
                        after(plus(RIGHT_TIGHT, new UserEvent.ChoseStretch(Optional.of(Stretch.EDGE_OF_TABLE)))),
                        m -> m.put("side", "LEFT"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAttributes")
    void hostileAttributesAreUnreadableAndNeverThrow(String what, Map<String, Object> attributes) {
        SessionCodec.Decoded decoded = assertDoesNotThrow(() -> codec.decode(attributes));

        assertAll(
                () -> assertFalse(decoded.found().isPresent(), "read as " + decoded.found().orElse(null)),
                () -> assertNull(decoded.found().orElse(null)),
                () -> assertNotNull(decoded.problem().orElse(null)),
                () -> assertFalse(decoded.problem().orElse(null).isBlank()));
    }

    /**
     * States no conversation can reach, which the codec reads as sound although the dialog cannot go
     * on from them: the answer it is given throws inside {@link Dialog#next}.
     */
    static Stream<Arguments> statesTheDialogCannotContinueFrom() {
        return Stream.of(
                Arguments.of("another round offered with no stretch chosen, then yes",
                        tampered(after(plus(RIGHT_TIGHT, YES, READY, READY, READY)), m -> m.remove("stretch")), YES),
                Arguments.of("the right leg set up to hang with every answer given, then ready",
                        tampered(after(plus(TO_ASK, NO, NO)), m -> {
                            m.put("phase", "SETUP_HANG");
                            m.put("right", Map.of("THIGH_DROPS", "NO", "LEG_DRIFTS_OUT", "NO", "BACK_ARCHES", "NO"));
                        }), READY),
                Arguments.of("asking the right while the left is done, then the last answer",
                        tampered(after(plus(TO_ASK, NO, NO)),
                                m -> m.put("left", Map.of("THIGH_DROPS", "NO", "LEG_DRIFTS_OUT", "NO", "BACK_ARCHES", "NO"))),
                        NO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statesTheDialogCannotContinueFrom")
    void aStateTheDialogCannotContinueFromIsUnreadable(String what, Map<String, Object> attributes, UserEvent next) {
        SessionCodec.Decoded decoded = codec.decode(attributes);

        if (decoded.found().isPresent()) {
            assertDoesNotThrow(() -> DIALOG.next(decoded.found().orElse(null), next), "read as " + decoded.found().orElse(null));
        }
        assertFalse(decoded.found().isPresent(), "read as " + decoded.found().orElse(null));
    }

    @Test
    void extraAttributesBesideOursAreLeftAlone() {
        DialogState state = after(LAUNCH, YES);
        Map<String, Object> attributes = new LinkedHashMap<>(codec.encode(state));
        attributes.put("someoneElse", "whatever");

        assertEquals(state, codec.decode(attributes).found().orElseThrow());
    }
}

package com.hipcheck.dialog;

import static com.hipcheck.dialog.Events.LAUNCH;
import static com.hipcheck.dialog.Events.NO;
import static com.hipcheck.dialog.Events.PAIN;
import static com.hipcheck.dialog.Events.READY;
import static com.hipcheck.dialog.Events.RIGHT_TIGHT;
import static com.hipcheck.dialog.Events.TO_ASK;
import static com.hipcheck.dialog.Events.UNSURE;
import static com.hipcheck.dialog.Events.YES;
import static com.hipcheck.dialog.Events.after;
import static com.hipcheck.dialog.Events.plus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.narration.HoldNarrator;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import com.hipcheck.narration.Phrasebook;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Single transitions of the dialog, asserted as whole turns or by the properties that matter. */
class DialogTest {
    private static final Dialog DIALOG = new Dialog();
    private static final SideAnswers NONE = SideAnswers.none();

    /** Events that lead from a new conversation into each phase. */
    private static final Map<Phase, List<UserEvent>> ROUTES = new EnumMap<>(Map.ofEntries(
            Map.entry(Phase.OFFER_TEST, List.of(LAUNCH)),
            Map.entry(Phase.SETUP_LIE, List.of(LAUNCH, YES)),
            Map.entry(Phase.SETUP_HUG, List.of(LAUNCH, YES, READY)),
            Map.entry(Phase.SETUP_HANG, List.of(LAUNCH, YES, READY, READY)),
            Map.entry(Phase.ASK, plus(TO_ASK, NO)),
            Map.entry(Phase.SWITCH_SIDE, plus(TO_ASK, NO, NO, NO)),
            Map.entry(Phase.OFFER_STRETCH, RIGHT_TIGHT),
            Map.entry(Phase.RETEST_OFFER, plus(TO_ASK, YES, NO, UNSURE, READY, YES, NO, NO)),
            Map.entry(Phase.STRETCH_SETUP, plus(RIGHT_TIGHT, YES)),
            Map.entry(Phase.ANOTHER_ROUND, plus(RIGHT_TIGHT, YES, READY)),
            Map.entry(Phase.PAUSED, plus(TO_ASK, PAIN))));

    static Stream<Arguments> everyPhase() {
        return ROUTES.entrySet().stream().map(e -> Arguments.of(e.getKey(), after(e.getValue())));
    }

    static Stream<Arguments> everyPhaseButPaused() {
        return everyPhase().filter(a -> a.get()[0] != Phase.PAUSED);
    }

    static Stream<Arguments> helpAndRepeatInEveryPhase() {
        return everyPhase().flatMap(a -> Stream.of(UserEvent.Command.HELP, UserEvent.Command.REPEAT)
                .map(e -> Arguments.of(a.get()[0], a.get()[1], e)));
    }

    private static List<Msg> msgs(Narration n) {
        return n.parts().stream().filter(Part.Line.class::isInstance).map(p -> ((Part.Line) p).msg()).toList();
    }

    private static DialogState state(Phase phase, Side side, SideAnswers right, SideAnswers left) {
        return new DialogState(phase, side, new TestAnswers(right, left), Plan.DEFAULT, Optional.empty(),
                Optional.empty(), true);
    }

    @Test
    void everyPhaseHasARouteThatReachesIt() {
        assertEquals(EnumSet.allOf(Phase.class), ROUTES.keySet());
        everyPhase().forEach(a -> assertEquals(a.get()[0], ((DialogState) a.get()[1]).phase()));
    }

    @Test
    void launchFromANewConversationOffersTheTestAndSaysTheDisclaimerOnce() {
        Turn turn = DIALOG.next(DialogState.initial(), LAUNCH);

        assertEquals(new Turn(state(Phase.OFFER_TEST, Side.RIGHT, NONE, NONE), new Reply(
                Narration.of(Msg.WELCOME).then(Msg.DISCLAIMER).then(Msg.OFFER_TEST),
                Narration.of(Msg.OFFER_TEST_REPROMPT), Optional.empty(), false)), turn);
        Turn yes = DIALOG.next(turn.next(), YES);
        assertFalse(msgs(yes.reply().speech()).contains(Msg.DISCLAIMER), "the disclaimer again after yes");
    }

    @Test
    void yesToTheOfferStartsTheSetupLyingDown() {
        Turn turn = DIALOG.next(after(List.of(LAUNCH)), YES);

        assertEquals(new Turn(state(Phase.SETUP_LIE, Side.RIGHT, NONE, NONE), new Reply(
                Narration.of(Msg.TEST_INTRO).then(Msg.STEP_LIE),
                Narration.of(Msg.SETUP_REPROMPT), Optional.empty(), false)), turn);
    }

    @Test
    void aTestStartedWithoutTheWelcomeStillSaysTheDisclaimerOnce() {
        Turn turn = DIALOG.next(DialogState.initial(), UserEvent.Command.START_TEST);

        assertEquals(List.of(Msg.DISCLAIMER, Msg.TEST_INTRO, Msg.STEP_LIE), msgs(turn.reply().speech()));
        assertTrue(turn.next().disclaimed());
    }

    @Test
    void answeringTheThirdQuestionOnTheRightMovesToTheLeftSide() {
        DialogState twoAnswered = after(plus(TO_ASK, NO, NO));

        Turn turn = DIALOG.next(twoAnswered, YES);

        assertEquals(new Turn(state(Phase.SWITCH_SIDE, Side.LEFT, SideAnswers.of(Answer.NO, Answer.NO, Answer.YES),
                NONE), new Reply(
                Narration.of(Msg.ACK_ANSWER).then(Msg.SIDE_DONE, Msg.SIDE_RIGHT)
                        .then(Msg.SWITCH_SIDE, Msg.SIDE_LEFT, Msg.SIDE_RIGHT),
                Narration.of(Msg.SWITCH_SIDE_REPROMPT, Msg.SIDE_LEFT), Optional.empty(), false)), turn);
    }

    @Test
    void aCompleteTestWithATightRightSideOffersAStretchAndACard() {
        List<UserEvent> route = RIGHT_TIGHT;
        DialogState lastQuestion = after(route.subList(0, route.size() - 1));

        Turn turn = DIALOG.next(lastQuestion, route.get(route.size() - 1));

        DialogState next = turn.next();
        assertEquals(Phase.OFFER_STRETCH, next.phase());
        assertEquals(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO), next.answers().right());
        assertEquals(SideAnswers.of(Answer.YES, Answer.NO, Answer.NO), next.answers().left());
        assertEquals(List.of(Side.RIGHT), next.tightSides());
        assertFalse(turn.reply().endSession());
        assertTrue(msgs(turn.reply().speech()).contains(Msg.OFFER_STRETCH));
        Narration card = turn.reply().card().orElseThrow();
        assertTrue(card.parts().containsAll(List.of(
                new Part.Line(Msg.RESULT_TIGHT, List.of(Msg.SIDE_RIGHT)),
                new Part.Line(Msg.REASON_THIGH_UP, List.of()),
                new Part.Line(Msg.RESULT_NOT_TIGHT, List.of(Msg.SIDE_LEFT)))), card.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhase")
    void stopInAnyPhaseSaysGoodbyeAndEndsTheSession(Phase phase, DialogState s) {
        assertEquals(new Turn(s, new Reply(Narration.of(Msg.GOODBYE), Narration.empty(), Optional.empty(), true)),
                DIALOG.next(s, UserEvent.Command.STOP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhaseButPaused")
    void painInAnyPhasePausesAndReadyResumesThatPhase(Phase phase, DialogState s) {
        Turn paused = DIALOG.next(s, PAIN);

        assertEquals(Phase.PAUSED, paused.next().phase());
        assertEquals(phase, paused.next().resume().orElse(null));
        assertEquals(Msg.PAIN_STOP, msgs(paused.reply().speech()).get(0));
        assertFalse(paused.reply().endSession());

        Turn resumed = DIALOG.next(paused.next(), READY);

        assertEquals(s, resumed.next());
        assertEquals(Msg.RESUMING, msgs(resumed.reply().speech()).get(0));
        assertFalse(resumed.reply().endSession());
    }

    @Test
    void painWhilePausedStaysPausedAndRemembersWhereToResume() {
        DialogState paused = after(ROUTES.get(Phase.PAUSED));

        Turn again = DIALOG.next(paused, PAIN);

        assertEquals(paused, again.next());
        assertEquals(Phase.ASK, again.next().resume().orElse(null));
        assertEquals(Msg.PAIN_STOP, msgs(again.reply().speech()).get(0));
    }

    @ParameterizedTest(name = "{2} in {0}")
    @MethodSource("helpAndRepeatInEveryPhase")
    void helpAndRepeatKeepThePhase(Phase phase, DialogState s, UserEvent event) {
        Turn turn = DIALOG.next(s, event);

        assertEquals(s, turn.next());
        assertFalse(turn.reply().endSession());
        assertFalse(turn.reply().reprompt().isEmpty());
    }
}

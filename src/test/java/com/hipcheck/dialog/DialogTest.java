package com.hipcheck.dialog;

import com.hipcheck.domain.BodyPart;

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

import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    /** A test whose thigh stays up on both sides: ends at OFFER_STRETCH with both sides tight. */
    private static final List<UserEvent> BOTH_TIGHT = plus(TO_ASK, NO, NO, NO, READY, NO, NO, NO);
    private static final UserEvent RED_FLAG = new UserEvent.Hurt(Optional.empty(), true);

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
            Map.entry(Phase.NEXT_SIDE, plus(BOTH_TIGHT, YES, READY, READY, READY)),
            Map.entry(Phase.ANOTHER_ROUND, plus(RIGHT_TIGHT, YES, READY, READY, READY)),
            Map.entry(Phase.PAUSED, plus(TO_ASK, PAIN)),
            Map.entry(Phase.WELCOME_BACK, List.of(Events.RETURNING_TIGHT)),
            Map.entry(Phase.CHECK_IN, List.of(Events.RETURNING_PAUSED)),
            Map.entry(Phase.OFFER_SAVE, plus(Events.RIGHT_TIGHT_FIRST_VISIT, YES, READY, READY, READY, NO)),
            Map.entry(Phase.CONFIRM_FORGET, List.of(Events.RETURNING_TIGHT, UserEvent.Command.FORGET_ME)),
            Map.entry(Phase.CONFIRM_REMINDER, List.of(LAUNCH, new UserEvent.Remind(UserEvent.Remind.Request.SET,
                    Optional.of(java.time.LocalTime.of(19, 0)))))));

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
                Optional.empty(), true, Talk.FRESH, Memory.NONE, Optional.empty(), Optional.empty());
    }

    /** Returns where a state is, leaving out how the talk has gone (turns, misses, what was said last). */
    private static DialogState where(DialogState s) {
        return s.withTalk(new Talk(0, s.talk().misheard(), s.talk().painReports(), 0));
    }

    /** Returns the turn with its next state reduced to where it is. */
    private static Turn settled(Turn turn) {
        return new Turn(where(turn.next()), turn.reply(), turn.effects(), turn.ifFailed());
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
                Narration.of(Msg.OFFER_TEST_REPROMPT), Optional.empty(), false)), settled(turn));
        Turn yes = DIALOG.next(turn.next(), YES);
        assertFalse(msgs(yes.reply().speech()).contains(Msg.DISCLAIMER), "the disclaimer again after yes");
    }

    @Test
    void yesToTheOfferStartsTheSetupLyingDown() {
        Turn turn = DIALOG.next(after(List.of(LAUNCH)), YES);

        assertEquals(new Turn(state(Phase.SETUP_LIE, Side.RIGHT, NONE, NONE), new Reply(
                Narration.of(Msg.TEST_INTRO).then(Msg.STEP_LIE),
                Narration.of(Msg.SETUP_REPROMPT), Optional.empty(), false)), settled(turn));
    }

    @Test
    void aTestStartedWithoutTheWelcomeSaysTheDisclaimerInPlaceOfTheOverview() {
        Turn turn = DIALOG.next(DialogState.initial(), UserEvent.Command.START_TEST);

        assertEquals(List.of(Msg.DISCLAIMER, Msg.STEP_LIE), msgs(turn.reply().speech()));
        assertTrue(turn.next().disclaimed());
    }

    @Test
    void answeringTheThirdQuestionOnTheRightSaysItBackAndMovesToTheLeftSide() {
        DialogState twoAnswered = after(plus(TO_ASK, NO, NO));

        Turn turn = DIALOG.next(twoAnswered, YES);

        assertEquals(where(state(Phase.SWITCH_SIDE, Side.LEFT, SideAnswers.of(Answer.NO, Answer.NO, Answer.YES),
                NONE)), where(turn.next()));
        List<Msg> said = msgs(turn.reply().speech());
        assertEquals(List.of(Msg.SIDE_DONE, Msg.SWITCH_SIDE), said.subList(1, 3));
        Part.Line ack = (Part.Line) turn.reply().speech().parts().get(0);
        assertEquals(List.of(Msg.HEARD_ARCHES), ack.args(), "the answer is said back: " + ack);
        assertEquals(Narration.of(Msg.SWITCH_SIDE_REPROMPT, Msg.SIDE_LEFT), turn.reply().reprompt());
    }

    @Test
    void sayingBackVariesFromOneAnswerToTheNext() {
        Turn first = DIALOG.next(after(TO_ASK), NO);
        Turn second = DIALOG.next(first.next(), NO);

        Msg frameOne = ((Part.Line) first.reply().speech().parts().get(0)).msg();
        Msg frameTwo = ((Part.Line) second.reply().speech().parts().get(0)).msg();
        assertFalse(frameOne == frameTwo, frameOne + " twice");
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

    @Test
    void bothSidesTightWithTheSameSignSayTheSignOnceAndWhyNamesIt() {
        Turn result = DIALOG.next(after(BOTH_TIGHT.subList(0, BOTH_TIGHT.size() - 1)), NO);

        List<Msg> said = msgs(result.reply().speech());
        assertTrue(said.containsAll(List.of(Msg.RESULT_BOTH_TIGHT, Msg.SIGNS_EACH_1, Msg.OFFER_STRETCH)), said.toString());
        assertFalse(said.contains(Msg.SIGNS_SIDE_1), "a sign both sides share is said once: " + said);

        Turn why = DIALOG.next(result.next(), UserEvent.Command.EXPLAIN);
        assertEquals(List.of(Msg.SIGNS_EACH_1, Msg.SIGNS_MEANING, Msg.SIMPLE_OFFER_STRETCH), msgs(why.reply().speech()));
        assertEquals(Phase.OFFER_STRETCH, why.next().phase());
    }

    @Test
    void afterAHoldWithAnotherSideToGoTheNextSideWaitsForReady() {
        Turn hold = DIALOG.next(after(plus(BOTH_TIGHT, YES, READY, READY)), READY);

        assertEquals(Phase.NEXT_SIDE, hold.next().phase());
        List<Msg> said = msgs(hold.reply().speech());
        assertEquals(List.of(Msg.WELL_DONE, Msg.NEXT_SIDE), said.subList(said.size() - 2, said.size()));
        assertFalse(said.contains(Msg.STRETCH_INTRO), "the next side's steps wait for their own turn");
        assertTrue(hold.reply().speech().parts().stream().anyMatch(Part.Timed.class::isInstance), "the hold is data");

        Turn next = DIALOG.next(hold.next(), READY);
        assertEquals(Phase.STRETCH_SETUP, next.next().phase());
        assertEquals(Side.RIGHT, next.next().side());
        assertFalse(msgs(next.reply().speech()).contains(Msg.INTERRUPT_ANYTIME), "said before the first hold only");
    }

    @Test
    void theFirstStretchSaysThatStopAndThatHurtsWorkDuringTheHold() {
        Turn stretch = DIALOG.next(after(RIGHT_TIGHT), YES);

        List<Msg> said = msgs(stretch.reply().speech());
        assertEquals(List.of(Msg.INTERRUPT_ANYTIME, Msg.STRETCH_READY), said.subList(said.size() - 2, said.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhase")
    void stopInAnyPhaseSaysGoodbyeAndEndsTheSession(Phase phase, DialogState s) {
        Turn stop = DIALOG.next(s, UserEvent.Command.STOP);
        assertEquals(new Turn(where(s), new Reply(Narration.of(Msg.GOODBYE), Narration.empty(), Optional.empty(), true)),
                settled(stop));
    }

    /** A confirmation is dropped by a pause: after pain, what it interrupted comes back. */
    static Stream<Arguments> everyPhaseButInterruptions() {
        return everyPhaseButPaused().filter(a -> a.get()[0] != Phase.CONFIRM_FORGET && a.get()[0] != Phase.CONFIRM_REMINDER);
    }

    /** The phases where nothing has started yet: pain said there is the pain the user came with. */
    private static final Set<Phase> BEFORE_ANYTHING = EnumSet.of(Phase.OFFER_TEST, Phase.WELCOME_BACK);

    /** Pain said when asked whether the last pain is better: it is not (see aRedFlagPausesTheDay...). */
    static Stream<Arguments> everyPhaseWhereSomethingIsUnderWay() {
        return everyPhaseButInterruptions().filter(a -> !BEFORE_ANYTHING.contains((Phase) a.get()[0])
                && a.get()[0] != Phase.CHECK_IN);
    }

    static Stream<Arguments> everyPhaseBeforeAnything() {
        return everyPhase().filter(a -> BEFORE_ANYTHING.contains((Phase) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhaseBeforeAnything")
    void painTheUserCameWithIsAcknowledgedAndCountsAsNoStrike(Phase phase, DialogState s) {
        Turn kind = DIALOG.next(s, new UserEvent.Hurt(Optional.of(BodyPart.BACK), false));

        assertEquals(where(s), where(kind.next()));
        assertEquals(0, kind.next().talk().painReports());
        assertEquals(Msg.CAME_WITH_PAIN, msgs(kind.reply().speech()).get(0));
        assertFalse(kind.reply().endSession());
        assertTrue(DIALOG.next(s, new UserEvent.Hurt(Optional.empty(), true)).reply().endSession(),
                "a red flag ends the session even before anything started");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhaseWhereSomethingIsUnderWay")
    void painInAnyPhasePausesAndReadyResumesThatPhase(Phase phase, DialogState s) {
        Turn paused = DIALOG.next(s, PAIN);

        assertEquals(Phase.PAUSED, paused.next().phase());
        assertEquals(phase, paused.next().resume().orElse(null));
        Msg first = msgs(paused.reply().speech()).get(0);
        assertTrue(List.of(Msg.PAIN_EASE_TEST, Msg.PAIN_EASE_STRETCH, Msg.PAIN_EASE).contains(first), first.toString());
        assertFalse(paused.reply().endSession());

        Turn resumed = DIALOG.next(paused.next(), READY);

        assertEquals(where(s).withTalk(new Talk(0, 0, 1, 0)), where(resumed.next()));
        assertEquals(Msg.RESUMING, msgs(resumed.reply().speech()).get(0));
        assertFalse(resumed.reply().endSession());
    }

    @Test
    void painFitsWhereItHappened() {
        UserEvent knee = new UserEvent.Hurt(Optional.of(com.hipcheck.domain.BodyPart.KNEE), false);

        assertEquals(List.of(Msg.PAIN_EASE_TEST, Msg.PAIN_KNEE_TEST, Msg.PAUSED),
                msgs(DIALOG.next(after(plus(TO_ASK)), knee).reply().speech()));
        assertEquals(List.of(Msg.PAIN_EASE_STRETCH, Msg.PAIN_KNEE_STRETCH, Msg.PAUSED),
                msgs(DIALOG.next(after(plus(RIGHT_TIGHT, YES)), knee).reply().speech()));
    }

    @Test
    void aSecondReportOfPainEndsTheStretchingForTodayEvenWhilePaused() {
        DialogState paused = after(ROUTES.get(Phase.PAUSED));

        Turn again = DIALOG.next(paused, PAIN);

        assertEquals(new Reply(Narration.of(Msg.PAIN_AGAIN), Narration.empty(), Optional.empty(), true), again.reply());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPhase")
    void aRedFlagEndsAtOnceWithAdviceToGetItChecked(Phase phase, DialogState s) {
        assertEquals(new Reply(Narration.of(Msg.RED_FLAG), Narration.empty(), Optional.empty(), true),
                DIALOG.next(s, RED_FLAG).reply());
    }

    @Test
    void afterPainTheClosingRecommendsNoMoreStretching() {
        DialogState another = after(plus(RIGHT_TIGHT, YES, READY, READY, READY, PAIN, READY));
        assertEquals(Phase.ANOTHER_ROUND, another.phase());

        assertEquals(List.of(Msg.CLOSING_GENTLE), msgs(DIALOG.next(another, NO).reply().speech()));
        assertEquals(List.of(Msg.CLOSING_WARM),
                msgs(DIALOG.next(after(plus(RIGHT_TIGHT, YES, READY, READY, READY)), NO).reply().speech()));
    }

    @Test
    void fallbacksEscalateAndNoTwoResponsesInARowAreTheSame() {
        DialogState s = after(TO_ASK);
        List<Msg> firsts = new java.util.ArrayList<>();
        Narration previous = Narration.empty();
        for (int i = 0; i < 4; i++) {
            Turn turn = DIALOG.next(s, UserEvent.Command.FALLBACK);
            firsts.add(msgs(turn.reply().speech()).get(0));
            assertFalse(turn.reply().speech().equals(previous), "said twice in a row: " + previous);
            previous = turn.reply().speech();
            s = turn.next();
        }
        assertEquals(List.of(Msg.FALLBACK_SORRY, Msg.FALLBACK_AGAIN, Msg.FALLBACK_HELP_OR_STOP, Msg.ONCE_MORE), firsts);

        Turn understood = DIALOG.next(s, NO);
        assertEquals(0, understood.next().talk().misheard(), "an understood answer starts the count again");
    }

    @Test
    void aNewHoldLengthSendsTheCardAgainWithIt() {
        Turn set = DIALOG.next(after(plus(RIGHT_TIGHT, YES)), new UserEvent.AskedHold(java.util.OptionalInt.of(25)));

        Narration card = set.reply().card().orElseThrow();
        assertTrue(card.parts().stream().anyMatch(p -> p instanceof Part.Line l && l.msg() == Msg.CARD_STRETCH
                && l.args().contains(25)), card.toString());
    }

    @ParameterizedTest(name = "{2} in {0}")
    @MethodSource("helpAndRepeatInEveryPhase")
    void helpAndRepeatKeepThePhase(Phase phase, DialogState s, UserEvent event) {
        Turn turn = DIALOG.next(s, event);

        assertEquals(where(s), where(turn.next()));
        assertFalse(turn.reply().endSession());
        assertFalse(turn.reply().reprompt().isEmpty());
    }

    private static UserEvent corrected(Optional<com.hipcheck.domain.Region> part, Observation... words) {
        List<com.hipcheck.domain.Description> said = new java.util.ArrayList<>();
        for (Observation o : words) {
            said.add(com.hipcheck.domain.Description.unnamed(o));
        }
        return new UserEvent.Corrected(said, part, Optional.empty());
    }

    @Test
    void noItDropsChangesTheAnswerJustGivenAndSaysSo() {
        DialogState thighUp = after(plus(TO_ASK, NO));

        Turn fixed = DIALOG.next(thighUp, corrected(Optional.empty(), Observation.THIGH_DROPS));

        assertEquals(Optional.of(Answer.YES), fixed.next().answers().right().get(com.hipcheck.domain.Question.THIGH_DROPS));
        assertEquals(new Part.Line(Msg.CHANGED, List.of(Msg.HEARD_THIGH_DROPS)), fixed.reply().speech().parts().get(0));
        assertEquals(Phase.ASK, fixed.next().phase());
    }

    @Test
    void aCorrectionAfterTheResultChangesTheVerdict() {
        DialogState result = after(RIGHT_TIGHT);
        // The left side's last answer was "no, the back stays flat"; the user says it arches after all.
        Turn fixed = DIALOG.next(result, new UserEvent.Corrected(List.of(new com.hipcheck.domain.Description(
                Observation.BACK_ARCHES, Optional.of(com.hipcheck.domain.Region.BACK))), Optional.empty(),
                Optional.empty()));

        assertEquals(List.of(Side.RIGHT, Side.LEFT), fixed.next().tightSides());
        assertTrue(msgs(fixed.reply().speech()).contains(Msg.RESULT_BOTH_TIGHT), fixed.reply().speech().toString());
        assertTrue(fixed.reply().card().isPresent(), "the card carries the new result");
    }

    @Test
    void thatsWrongTakesTheLastAnswerBackAndAsksItAgain() {
        DialogState twoAnswered = after(plus(TO_ASK, NO, NO));

        Turn fixed = DIALOG.next(twoAnswered, new UserEvent.Corrected(List.of(), Optional.empty(), Optional.empty()));

        assertEquals(Msg.CORRECT_LEAD, msgs(fixed.reply().speech()).get(0));
        assertEquals(Optional.of(com.hipcheck.domain.Question.LEG_DRIFTS_OUT),
                fixed.next().answers().right().nextQuestion());
    }

    @Test
    void changingAnAnswerForAPartAsksThatQuestionAgain() {
        DialogState atBack = after(plus(TO_ASK, NO, NO));

        Turn fixed = DIALOG.next(atBack, corrected(Optional.of(com.hipcheck.domain.Region.THIGH)));

        assertEquals(Optional.of(com.hipcheck.domain.Question.THIGH_DROPS), fixed.next().answers().right().nextQuestion());
        assertTrue(msgs(fixed.reply().speech()).contains(Msg.ASK_THIGH));
    }

    @Test
    void answersDoNotChangeInTheMiddleOfAStretch() {
        DialogState stretching = after(plus(RIGHT_TIGHT, YES));

        Turn refused = DIALOG.next(stretching, corrected(Optional.empty(), Observation.THIGH_DROPS));

        assertEquals(where(stretching), where(refused.next()));
        assertEquals(Msg.CORRECT_LATER, msgs(refused.reply().speech()).get(0));
    }

    // ---- What a turn keeps ---------------------------------------------------------------------

    @Test
    void withoutAStoreNoTurnKeepsAnything() {
        DialogState s = DialogState.initial();
        for (UserEvent e : plus(RIGHT_TIGHT, YES, READY, READY, READY)) {
            Turn turn = DIALOG.next(s, e);
            assertEquals(List.of(), turn.effects(), "after " + e);
            s = turn.next();
        }
    }

    @Test
    void nothingIsKeptBeforeTheYesWhichComesAfterTheStretch() {
        List<UserEvent> route = plus(Events.RIGHT_TIGHT_FIRST_VISIT, YES, READY, READY, READY, NO);
        DialogState s = DialogState.initial();
        for (UserEvent e : route) {
            Turn turn = DIALOG.next(s, e);
            assertEquals(List.of(), turn.effects(), "after " + e);
            s = turn.next();
        }
        assertEquals(Phase.OFFER_SAVE, s.phase());
        assertEquals(List.of(), DIALOG.next(s, NO).effects());
        assertEquals(List.of(), DIALOG.next(s, Word.READY).effects());

        Turn kept = DIALOG.next(s, YES);
        PracticeRecord record = ((Effect.Keep) kept.effects().get(0)).record();
        assertEquals(List.of(new Effect.Keep(record, true)), kept.effects());
        assertEquals(List.of(Side.RIGHT), record.sides());
        assertEquals(Optional.of(Stretch.EDGE_OF_TABLE), record.stretch());
        assertEquals(List.of(Events.TODAY), record.testedOn());
        assertEquals(List.of(Events.TODAY), record.practisedOn());
        assertEquals(Msg.SAVE_FAILED, msgs(kept.ifFailed().orElseThrow().reply().speech()).get(0));
    }

    @Test
    void aKeptPlanIsUpdatedAsTheUserStretches() {
        DialogState welcomed = after(Events.RETURNING_TIGHT);
        assertEquals(Phase.WELCOME_BACK, welcomed.phase());
        Turn setUp = DIALOG.next(welcomed, YES);
        assertEquals(List.of(), setUp.effects(), "the plan's own stretch changes nothing");
        Turn held = DIALOG.next(setUp.next(), READY);
        PracticeRecord record = ((Effect.Keep) held.effects().get(0)).record();
        assertEquals(List.of(Events.TODAY.minusDays(1), Events.TODAY), record.practisedOn());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), record.updatedAt(), "written today, kept to the day");
    }

    /** A user retests every few weeks: the record keeps each test's day, and the progress screen rings them all. */
    @Test
    void aRetestKeepsTheEarlierTestsDayAndTheProgressScreenRingsBoth() {
        LocalDate threeWeeksAgo = Events.TODAY.minusDays(21);
        PracticeRecord kept = new PracticeRecord(List.of(Side.RIGHT), Optional.of(Stretch.HALF_KNEELING), Hold.DEFAULT,
                1, List.of(threeWeeksAgo), List.of(Events.TODAY.minusDays(2)), Optional.empty(), Events.NOW);
        DialogState retested = after(plus(List.of(new UserEvent.Launch(UserEvent.Known.up(Events.NOW,
                Optional.of(kept)))), YES, READY, READY, READY, NO, NO, NO, READY, YES, NO, NO));
        assertEquals(Phase.OFFER_STRETCH, retested.phase());
        assertEquals(List.of(threeWeeksAgo, Events.TODAY), retested.memory().record().testedOn());

        Turn asked = Dialog.withScreens().next(retested, UserEvent.Command.PROGRESS);

        Screen.Progress progress = (Screen.Progress) ((Effect.Show) asked.effects().get(0)).screen();
        List<LocalDate> ringed = progress.days().stream().filter(Screen.Day::tested).map(Screen.Day::date).toList();
        assertEquals(List.of(threeWeeksAgo, Events.TODAY), ringed);
        assertEquals(List.of(Events.TODAY.minusDays(2)),
                progress.days().stream().filter(Screen.Day::practised).map(Screen.Day::date).toList());
    }

    /** DynamoDB deletes an expired item only eventually; until it does, the skill acts as if it were gone. */
    @Test
    void aRecordPastItsYearIsNotThere() {
        PracticeRecord old = Events.TIGHT_RIGHT_LAST_MONTH;
        DialogState justInTime = after(new UserEvent.Launch(
                UserEvent.Known.up(old.expiresAt().minusSeconds(1), Optional.of(old))));
        assertTrue(justInTime.memory().returning() && justInTime.memory().consented());
        DialogState expired = after(new UserEvent.Launch(UserEvent.Known.up(old.expiresAt(), Optional.of(old))));
        assertFalse(expired.memory().returning(), "a new user's welcome");
        assertFalse(expired.memory().consented(), "an expired yes is no yes");
    }

    @Test
    void aRedFlagPausesTheDayAndTheNextVisitAsksHowItWent() {
        Turn red = DIALOG.next(DIALOG.next(after(Events.RETURNING_TIGHT), YES).next(),
                new UserEvent.Hurt(Optional.empty(), true));
        PracticeRecord record = ((Effect.Keep) red.effects().get(0)).record();
        assertEquals(Optional.of(Events.TODAY), record.pausedOn());

        Turn today = DIALOG.next(DialogState.initial(), Events.RETURNING_PAUSED_TODAY);
        assertTrue(today.reply().endSession());
        assertTrue(msgs(today.reply().speech()).contains(Msg.PAUSED_TODAY));

        DialogState checking = after(Events.RETURNING_PAUSED);
        assertEquals(Phase.CHECK_IN, checking.phase());
        Turn better = DIALOG.next(checking, READY);
        assertEquals(Phase.WELCOME_BACK, better.next().phase());
        assertEquals(Optional.empty(), ((Effect.Keep) better.effects().get(0)).record().pausedOn());
        Turn worse = DIALOG.next(checking, NO);
        assertTrue(worse.reply().endSession());
        assertEquals(Optional.of(Events.TODAY), ((Effect.Keep) worse.effects().get(0)).record().pausedOn());
        Turn sore = DIALOG.next(checking, PAIN);
        assertEquals(List.of(Msg.CHECK_IN_NOT_BETTER), msgs(sore.reply().speech()));
        assertEquals(List.of(Msg.CHECK_IN_NOT_BETTER), msgs(DIALOG.next(checking, Word.DONE).reply().speech()));
        assertEquals(Phase.CHECK_IN, DIALOG.next(checking, Word.OKAY).next().phase(), "okay says nothing of it");
    }

    @Test
    void whicheverTakesTheEdgeOfTableStretchAndSaysSo() {
        Turn turn = DIALOG.next(after(RIGHT_TIGHT), UserEvent.ChoseStretch.whichever());

        assertEquals(Phase.STRETCH_SETUP, turn.next().phase());
        assertEquals(Optional.of(Stretch.EDGE_OF_TABLE), turn.next().plan().stretch());
        assertEquals(Msg.PICKED_FOR_YOU, msgs(turn.reply().speech()).get(0));
    }

    @Test
    void forgetMeAsksFirstThenDeletesAndKeepsNothingMore() {
        DialogState asking = after(plus(List.of(Events.RETURNING_TIGHT), UserEvent.Command.START_TEST,
                READY, READY, READY));
        assertEquals(Phase.ASK, asking.phase());
        Turn confirm = DIALOG.next(asking, UserEvent.Command.FORGET_ME);
        assertEquals(Phase.CONFIRM_FORGET, confirm.next().phase());
        assertEquals(List.of(), confirm.effects());

        Turn forgot = DIALOG.next(confirm.next(), YES);
        assertEquals(List.of(new Effect.Forget()), forgot.effects());
        assertEquals(Phase.ASK, forgot.next().phase());
        assertEquals(List.of(), DIALOG.next(forgot.next(), NO).effects(), "no place kept after forget me");
        Turn again = DIALOG.next(forgot.next(), UserEvent.Command.FORGET_ME);
        assertEquals(Msg.NOTHING_KEPT_YET, msgs(again.reply().speech()).get(0), "deleted already");
    }

    /** A user the store knows nothing about hears so at once, rather than confirming a deletion of nothing. */
    @Test
    void forgetMeWithNothingKeptSaysSo() {
        DialogState asking = after(plus(List.of(Events.FIRST_VISIT), YES, READY, READY, READY));
        Turn turn = DIALOG.next(asking, UserEvent.Command.FORGET_ME);
        assertEquals(Phase.ASK, turn.next().phase());
        assertEquals(List.of(), turn.effects());
        assertEquals(Msg.NOTHING_KEPT_YET, msgs(turn.reply().speech()).get(0));
    }

    // ---- "My stretch": the kept plan without the test (issue 20) ------------------------------

    private static final UserEvent RETEST_DUE = new UserEvent.Launch(
            UserEvent.Known.up(Events.NOW, Optional.of(Events.TIGHT_RIGHT_LAST_MONTH)));

    @Test
    void myStretchGoesStraightToTheKeptPlanFromTheWelcomeOrARetestOffer() {
        for (UserEvent launch : List.of(Events.RETURNING_TIGHT, RETEST_DUE)) {
            Turn turn = DIALOG.next(after(launch), UserEvent.Command.MY_STRETCH);
            assertEquals(Phase.STRETCH_SETUP, turn.next().phase(), launch.toString());
            assertEquals(Side.RIGHT, turn.next().side());
        }
        assertEquals(List.of(), DIALOG.next(after(Events.RETURNING_TIGHT), UserEvent.Command.MY_STRETCH).effects(),
                "nothing changed is written before the hold");
        Turn half = DIALOG.next(after(Events.RETURNING_TIGHT), UserEvent.Command.MY_STRETCH);
        assertEquals(Optional.of(Stretch.HALF_KNEELING), half.next().plan().stretch(), "the plan's own stretch");
    }

    @Test
    void myStretchInTheMiddleOfATestSetsItAsideForThePlanOrElseFinishesTheTest() {
        DialogState testing = after(plus(List.of(Events.RETURNING_TIGHT), UserEvent.Command.START_TEST, READY, READY,
                READY));
        assertEquals(Phase.ASK, testing.phase());
        Turn skipped = DIALOG.next(testing, UserEvent.Command.MY_STRETCH);
        assertEquals(Phase.STRETCH_SETUP, skipped.next().phase());
        assertTrue(skipped.next().answers().isEmpty(), "the test's answers go with it");

        DialogState firstTest = after(plus(List.of(Events.FIRST_VISIT), YES, READY, READY, READY));
        Turn notYet = DIALOG.next(firstTest, UserEvent.Command.MY_STRETCH);
        assertEquals(firstTest, notYet.next().withTalk(firstTest.talk()), "the question is still open");
        assertEquals(Msg.TEST_FIRST, msgs(notYet.reply().speech()).get(0));

        Turn noPlan = DIALOG.next(after(Events.FIRST_VISIT), UserEvent.Command.MY_STRETCH);
        assertEquals(Phase.OFFER_TEST, noPlan.next().phase());
        assertEquals(Msg.NO_PLAN_YET, msgs(noPlan.reply().speech()).get(0));
    }

    /** Consent, deletion and "is it better?" are answered only by their own words. */
    @Test
    void myStretchAnswersNoQuestionOfConsentDeletionOrPain() {
        DialogState checking = after(Events.RETURNING_PAUSED);
        assertEquals(Phase.CHECK_IN, checking.phase());
        Turn check = DIALOG.next(checking, UserEvent.Command.MY_STRETCH);
        assertEquals(Phase.CHECK_IN, check.next().phase());
        assertEquals(List.of(), check.effects(), "the pause stays");

        DialogState saving = after(plus(Events.RIGHT_TIGHT_FIRST_VISIT, UserEvent.ChoseStretch.whichever(), READY, READY, READY, NO));
        assertEquals(Phase.OFFER_SAVE, saving.phase());
        Turn save = DIALOG.next(saving, UserEvent.Command.MY_STRETCH);
        assertEquals(Phase.OFFER_SAVE, save.next().phase());
        assertEquals(List.of(), save.effects(), "no consent");

        Turn today = DIALOG.next(DialogState.initial(), Events.RETURNING_PAUSED_TODAY);
        assertTrue(today.reply().endSession(), "paused today: no stretch");
    }

    @Test
    void noToARetestIsTheStretchButNoToBothEndsTheVisit() {
        Turn later = DIALOG.next(after(RETEST_DUE), NO);
        assertEquals(Phase.STRETCH_SETUP, later.next().phase());
        assertEquals(Msg.RETEST_LATER, msgs(later.reply().speech()).get(0));

        DialogState testInstead = DIALOG.next(after(Events.RETURNING_TIGHT), NO).next();
        assertEquals(Phase.OFFER_TEST, testInstead.phase());
        assertTrue(DIALOG.next(testInstead, NO).reply().endSession(), "no stretch and no test: goodbye");
    }
}

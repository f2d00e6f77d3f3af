package com.hipcheck.dialog;

import static com.hipcheck.dialog.ReminderAsk.Kind.MOVEMENT_BREAK;
import static com.hipcheck.dialog.ReminderAsk.Kind.STRETCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.dialog.UserEvent.PermissionAnswered.Answer;
import com.hipcheck.dialog.UserEvent.Reminded.Result;
import com.hipcheck.dialog.UserEvent.Remind.Request;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The daily reminder as turns, asserted whole: the time and the repetition said in the question, set
 * only on a plain yes, the permission asked for by voice when the API says there is none, the card
 * for every answer but yes, and every outcome told before going back to what was pending.
 */
class ReminderTurnsTest {
    private static final Dialog DIALOG = new Dialog();
    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);

    private static DialogState welcome() {
        return DIALOG.next(DialogState.initial(), new UserEvent.Launch(UserEvent.Known.NOTHING)).next();
    }

    private static DialogState asked(Request request, LocalTime at) {
        return DIALOG.next(welcome(), new UserEvent.Remind(request, Optional.ofNullable(at))).next();
    }

    private static List<Msg> said(Narration n) {
        return n.parts().stream().filter(p -> p instanceof Part.Line).map(p -> ((Part.Line) p).msg()).toList();
    }

    @Test
    void aReminderAskedForIsSaidBackWithItsTimeAndRepetition() {
        Turn turn = DIALOG.next(welcome(), new UserEvent.Remind(Request.SET, Optional.of(SEVEN_PM)));

        assertEquals(Phase.CONFIRM_REMINDER, turn.next().phase());
        assertEquals(Optional.of(Phase.OFFER_TEST), turn.next().resume());
        assertEquals(Narration.of(Msg.REMINDER_CONFIRM, SEVEN_PM), turn.reply().speech());
        assertTrue(turn.effects().isEmpty(), "nothing is set before the yes");
    }

    @Test
    void noTimeSaidIsTheEveningSaidInTheQuestion() {
        assertEquals(Optional.of(new ReminderAsk(Reading.EVENING, false)),
                asked(Request.SET, null).reminding());
    }

    @Test
    void onlyAPlainYesSetsIt() {
        DialogState asking = asked(Request.SET, SEVEN_PM);
        for (UserEvent notYes : List.of(UserEvent.Word.OKAY, UserEvent.Word.READY, UserEvent.Word.KEEP,
                UserEvent.Word.UNSURE)) {
            Turn turn = DIALOG.next(asking, notYes);
            assertTrue(turn.effects().isEmpty(), notYes + " set a reminder");
            assertEquals(Phase.CONFIRM_REMINDER, turn.next().phase(), notYes.toString());
        }
        Turn yes = DIALOG.next(asking, UserEvent.Word.YES);
        assertEquals(List.of(new Effect.SetReminder(SEVEN_PM, STRETCH)), yes.effects());
    }

    @Test
    void noSetsNothingAndGoesBackToWhatWasPending() {
        Turn no = DIALOG.next(asked(Request.SET, SEVEN_PM), UserEvent.Word.NO);

        assertTrue(no.effects().isEmpty());
        assertEquals(Phase.OFFER_TEST, no.next().phase());
        assertEquals(Msg.REMINDER_NOT_SET, said(no.reply().speech()).get(0));
    }

    @Test
    void aChangeIsSaidBackAndMovesTheReminderOnYes() {
        DialogState asking = asked(Request.CHANGE, LocalTime.of(20, 0));

        assertEquals(Optional.of(new ReminderAsk(LocalTime.of(20, 0), true)), asking.reminding());
        assertEquals(List.of(new Effect.ChangeReminder(LocalTime.of(20, 0))),
                DIALOG.next(asking, UserEvent.Word.YES).effects());
    }

    @Test
    void listingAndStoppingCallTheApiAtOnce() {
        assertEquals(List.of(new Effect.ListReminders()),
                DIALOG.next(welcome(), new UserEvent.Remind(Request.LIST, Optional.empty())).effects());
        assertEquals(List.of(new Effect.CancelReminder()),
                DIALOG.next(welcome(), new UserEvent.Remind(Request.CANCEL, Optional.empty())).effects());
    }

    @Test
    void noPermissionAsksForItByVoice() {
        DialogState asking = asked(Request.SET, SEVEN_PM);
        Turn turn = DIALOG.next(asking, new UserEvent.Reminded(new Effect.SetReminder(SEVEN_PM, STRETCH),
                Result.NO_PERMISSION, List.of()));

        assertEquals(List.of(new Effect.AskPermission(SEVEN_PM, STRETCH)), turn.effects());
        assertEquals(Narration.of(Msg.REMINDER_PERMISSION_LEAD), turn.reply().speech());
    }

    @Test
    void acceptedSetsTheReminderItWasAskedFor() {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(Answer.ACCEPTED, Optional.of(SEVEN_PM),
                STRETCH));

        assertEquals(List.of(new Effect.SetReminder(SEVEN_PM, STRETCH)), turn.effects());
    }

    @ParameterizedTest
    @EnumSource(value = Answer.class, names = {"DENIED", "NOT_ANSWERED", "UNSUPPORTED"})
    void everyOtherAnswerSendsTheCardAndSetsNothing(Answer answer) {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(answer, Optional.of(SEVEN_PM), STRETCH));

        assertEquals(List.of(new Effect.PermissionCard()), turn.effects());
        assertFalse(turn.reply().endSession());
        assertEquals(Phase.OFFER_TEST, turn.next().phase());
    }

    @Test
    void acceptedWithoutATimeAsksForTheTimeAgainRatherThanGuess() {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(Answer.ACCEPTED, Optional.empty(),
                STRETCH));

        assertTrue(turn.effects().isEmpty());
        assertEquals(Msg.REMINDER_SAY_TIME, said(turn.reply().speech()).get(0));
    }

    @ParameterizedTest
    @EnumSource(Result.class)
    void everyOutcomeIsToldInOneSentenceAndTheSessionGoesOn(Result result) {
        DialogState asking = asked(Request.SET, SEVEN_PM);
        Turn turn = DIALOG.next(asking, new UserEvent.Reminded(new Effect.SetReminder(SEVEN_PM, STRETCH), result,
                List.of()));

        assertFalse(turn.reply().endSession(), result.toString());
        assertTrue(turn.effects().stream().noneMatch(e -> e instanceof Effect.ReminderCall), result.toString());
        Msg first = said(turn.reply().speech()).get(0);
        assertEquals(switch (result) {
            case DONE -> Msg.REMINDER_SET;
            case NONE -> Msg.REMINDER_NONE;
            case NO_PERMISSION -> Msg.REMINDER_PERMISSION_LEAD;
            case FAILED -> Msg.REMINDER_FAILED;
        }, first);
    }

    @Test
    void aReminderWaitsWhileSomethingHurts() {
        DialogState paused = DIALOG.next(DIALOG.next(welcome(), UserEvent.Word.YES).next(),
                new UserEvent.Hurt(Optional.empty(), false)).next();
        Turn turn = DIALOG.next(paused, new UserEvent.Remind(Request.SET, Optional.of(SEVEN_PM)));

        assertEquals(Phase.PAUSED, turn.next().phase());
        assertEquals(Msg.REMINDER_LATER, said(turn.reply().speech()).get(0));
    }

    /** Takes a new user (nothing kept) through a test with nothing tight: each thigh rests, no drift, no arch. */
    private static Turn fineResult() {
        List<UserEvent> events = Events.FINE.subList(1, Events.FINE.size());
        DialogState s = welcome();
        for (UserEvent event : events.subList(0, events.size() - 1)) {
            s = DIALOG.next(s, event).next();
        }
        return DIALOG.next(s, events.get(events.size() - 1));
    }

    private static final LocalTime THREE_PM = LocalTime.of(15, 0);

    @Test
    void aResultWithNothingTightOffersADailyMovementBreakInItsQuestion() {
        Turn result = fineResult();

        assertEquals(Phase.CONFIRM_REMINDER, result.next().phase());
        assertEquals(Optional.of(new ReminderAsk(THREE_PM, false, true, MOVEMENT_BREAK)), result.next().reminding());
        List<Msg> words = said(result.reply().speech());
        assertEquals(List.of(Msg.MOVEMENT_HELPS_MORE, Msg.REMINDER_OFFER_MOVEMENT), words.subList(words.size() - 2,
                words.size()));
        assertTrue(result.effects().isEmpty(), "nothing is set before the yes");
        assertTrue(result.reply().card().isPresent(), "the result is on a card");
    }

    @Test
    void aYesSetsAMovementBreakAndTheRestOfTheAdviceEndsTheSession() {
        Turn yes = DIALOG.next(fineResult().next(), UserEvent.Word.YES);
        assertEquals(List.of(new Effect.SetReminder(THREE_PM, MOVEMENT_BREAK)), yes.effects());

        Turn done = DIALOG.next(yes.next(), new UserEvent.Reminded(new Effect.SetReminder(THREE_PM, MOVEMENT_BREAK),
                UserEvent.Reminded.Result.DONE, List.of()));

        assertEquals(List.of(Msg.REMINDER_SET_MOVEMENT, Msg.CLOSING_MOVEMENT), said(done.reply().speech()));
        assertTrue(done.reply().endSession());
    }

    @Test
    void noEndsWithTheRestOfTheAdvice() {
        Turn no = DIALOG.next(fineResult().next(), UserEvent.Word.NO);

        assertTrue(no.effects().isEmpty());
        assertEquals(List.of(Msg.REMINDER_NOT_SET, Msg.CLOSING_MOVEMENT), said(no.reply().speech()));
        assertTrue(no.reply().endSession());
    }

    @Test
    void anotherTimeSaidKeepsItAMovementBreak() {
        Turn later = DIALOG.next(fineResult().next(),
                new UserEvent.Remind(Request.SET, Optional.of(LocalTime.of(16, 0))));

        assertEquals(Optional.of(new ReminderAsk(LocalTime.of(16, 0), false, true, MOVEMENT_BREAK)),
                later.next().reminding());
        assertEquals(Narration.of(Msg.REMINDER_OFFER_MOVEMENT, LocalTime.of(16, 0)), later.reply().speech());
        assertEquals(List.of(new Effect.SetReminder(LocalTime.of(16, 0), MOVEMENT_BREAK)),
                DIALOG.next(later.next(), UserEvent.Word.YES).effects());
    }

    @Test
    void thePermissionAskedForAMovementBreakBringsItBack() {
        Turn yes = DIALOG.next(fineResult().next(), UserEvent.Word.YES);
        Turn asked = DIALOG.next(yes.next(), new UserEvent.Reminded(new Effect.SetReminder(THREE_PM, MOVEMENT_BREAK),
                UserEvent.Reminded.Result.NO_PERMISSION, List.of()));
        assertEquals(List.of(new Effect.AskPermission(THREE_PM, MOVEMENT_BREAK)), asked.effects());

        Turn granted = DIALOG.next(asked.next(),
                new UserEvent.PermissionAnswered(Answer.ACCEPTED, Optional.of(THREE_PM), MOVEMENT_BREAK));

        assertEquals(List.of(new Effect.SetReminder(THREE_PM, MOVEMENT_BREAK)), granted.effects());
    }

    /** "Make it 8" at a reminder's question: Alexa may hear a hold's seconds, but nothing is held here. */
    @ParameterizedTest(name = "{1} said at {0}")
    @CsvSource({"19:00, 8, 20:00", "19:00, 6, 18:00", "19:00, 12, 12:00", "08:00, 7, 07:00", "08:00, 12, 12:00",
            "19:00, 21, 21:00", "08:00, 18, 18:00"})
    void aNumberAtAReminderQuestionIsItsHourAskedAgain(String asked, int said, String hour) {
        DialogState asking = asked(Request.SET, LocalTime.parse(asked));

        Turn turn = DIALOG.next(asking, new UserEvent.AskedHold(OptionalInt.of(said)));

        assertEquals(Optional.of(new ReminderAsk(LocalTime.parse(hour), false)), turn.next().reminding());
        assertEquals(Narration.of(Msg.REMINDER_CONFIRM, LocalTime.parse(hour)), turn.reply().speech());
        assertTrue(turn.effects().isEmpty(), "nothing is set before the yes");
    }

    @Test
    void aNumberAtAMovementBreakQuestionKeepsItAMovementBreak() {
        Turn turn = DIALOG.next(fineResult().next(), new UserEvent.AskedHold(OptionalInt.of(4)));

        assertEquals(Optional.of(new ReminderAsk(LocalTime.of(16, 0), false, true, MOVEMENT_BREAK)),
                turn.next().reminding());
    }

    @Test
    void aNumberThatIsNoHourAsksForTheTimeInWords() {
        DialogState asking = asked(Request.SET, SEVEN_PM);
        for (OptionalInt said : List.of(OptionalInt.of(30), OptionalInt.of(0), OptionalInt.empty())) {
            Turn turn = DIALOG.next(asking, new UserEvent.AskedHold(said));

            assertEquals(asking.reminding(), turn.next().reminding(), said.toString());
            assertEquals(Msg.REMINDER_WHICH_TIME, said(turn.reply().speech()).get(0), said.toString());
        }
    }
}

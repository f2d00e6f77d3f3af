package com.hipcheck.dialog;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        assertEquals(List.of(new Effect.SetReminder(SEVEN_PM)), yes.effects());
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
        Turn turn = DIALOG.next(asking, new UserEvent.Reminded(new Effect.SetReminder(SEVEN_PM),
                Result.NO_PERMISSION, List.of()));

        assertEquals(List.of(new Effect.AskPermission(SEVEN_PM)), turn.effects());
        assertEquals(Narration.of(Msg.REMINDER_PERMISSION_LEAD), turn.reply().speech());
    }

    @Test
    void acceptedSetsTheReminderItWasAskedFor() {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(Answer.ACCEPTED, Optional.of(SEVEN_PM)));

        assertEquals(List.of(new Effect.SetReminder(SEVEN_PM)), turn.effects());
    }

    @ParameterizedTest
    @EnumSource(value = Answer.class, names = {"DENIED", "NOT_ANSWERED", "UNSUPPORTED"})
    void everyOtherAnswerSendsTheCardAndSetsNothing(Answer answer) {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(answer, Optional.of(SEVEN_PM)));

        assertEquals(List.of(new Effect.PermissionCard()), turn.effects());
        assertFalse(turn.reply().endSession());
        assertEquals(Phase.OFFER_TEST, turn.next().phase());
    }

    @Test
    void acceptedWithoutATimeAsksForTheTimeAgainRatherThanGuess() {
        Turn turn = DIALOG.next(welcome(), new UserEvent.PermissionAnswered(Answer.ACCEPTED, Optional.empty()));

        assertTrue(turn.effects().isEmpty());
        assertEquals(Msg.REMINDER_SAY_TIME, said(turn.reply().speech()).get(0));
    }

    @ParameterizedTest
    @EnumSource(Result.class)
    void everyOutcomeIsToldInOneSentenceAndTheSessionGoesOn(Result result) {
        DialogState asking = asked(Request.SET, SEVEN_PM);
        Turn turn = DIALOG.next(asking, new UserEvent.Reminded(new Effect.SetReminder(SEVEN_PM), result, List.of()));

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
}

package com.hipcheck.dialog;

import static com.hipcheck.dialog.Events.NOW;
import static com.hipcheck.dialog.Events.READY;
import static com.hipcheck.dialog.Events.RIGHT_TIGHT;
import static com.hipcheck.dialog.Events.TODAY;
import static com.hipcheck.dialog.Events.YES;
import static com.hipcheck.dialog.Events.after;
import static com.hipcheck.dialog.Events.plus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The stretch's turns: rounds with a rest between them, the short set-up, the steps on request, a switch for today. */
class StretchTurnsTest {
    private static final Dialog DIALOG = new Dialog();
    private static final UserEvent STEPS = UserEvent.Command.STEPS;

    /** A plan practised on the three days before today: half kneeling on the right, three rounds. */
    private static final PracticeRecord DAILY = new PracticeRecord(List.of(Side.RIGHT),
            Optional.of(Stretch.HALF_KNEELING), Hold.DEFAULT, 3, List.of(TODAY.minusDays(6)),
            List.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)), Optional.empty(),
            NOW.minus(Duration.ofDays(1)));
    private static final UserEvent DAILY_USER = new UserEvent.Launch(UserEvent.Known.up(NOW, Optional.of(DAILY)));

    private static List<Msg> msgs(Narration n) {
        return n.parts().stream().filter(Part.Line.class::isInstance).map(p -> ((Part.Line) p).msg()).toList();
    }

    private static UserEvent rounds(int count) {
        return new UserEvent.AskedRounds(OptionalInt.of(count));
    }

    /** On an Echo Show the rest between two rounds is counted down too; after the side's last round there is none. */
    @Test
    void theCountdownScreenCountsTheRestBetweenRounds() {
        DialogState first = after(plus(RIGHT_TIGHT, YES));
        Turn held = Dialog.withScreens().next(first, READY);
        Screen.Countdown round = (Screen.Countdown) ((Effect.Show) held.effects().get(0)).screen();
        assertEquals(StretchTurns.REST_SECONDS, round.restSeconds());

        Turn last = Dialog.withScreens().next(after(plus(RIGHT_TIGHT, YES, READY, READY)), READY);
        Screen.Countdown lastRound = (Screen.Countdown) ((Effect.Show) last.effects().get(0)).screen();
        assertEquals(Phase.ANOTHER_ROUND, last.next().phase());
        assertEquals(0, lastRound.restSeconds());
    }

    @Test
    void threeRoundsASideByDefaultWithARestAndWhichRoundBetween() {
        Turn first = DIALOG.next(after(plus(RIGHT_TIGHT, YES)), READY);

        assertEquals(Phase.STRETCH_SETUP, first.next().phase());
        assertEquals(2, first.next().plan().round());
        assertEquals(Optional.of(new Part.Timed(Hold.DEFAULT, StretchTurns.REST_SECONDS)),
                first.reply().speech().timed());
        assertEquals(List.of(Msg.ROUND_OF, Msg.ROUND_AGAIN), msgs(first.reply().speech()));
        assertTrue(first.reply().speech().parts().contains(new Part.Line(Msg.ROUND_OF, List.of(2, 3))));

        Turn second = DIALOG.next(first.next(), READY);
        assertTrue(second.reply().speech().parts().contains(new Part.Line(Msg.ROUND_OF, List.of(3, 3))));

        Turn last = DIALOG.next(second.next(), READY);
        assertEquals(Phase.ANOTHER_ROUND, last.next().phase());
        assertEquals(Optional.of(new Part.Timed(Hold.DEFAULT)), last.reply().speech().timed(),
                "no rest after the last");
        assertEquals(List.of(Msg.WELL_DONE, Msg.ANOTHER_ROUND), msgs(last.reply().speech()));
    }

    @Test
    void theFirstSetUpSaysHowManyRoundsAndEachSideEndsWithItsLast() {
        Turn setUp = DIALOG.next(after(RIGHT_TIGHT), YES);
        assertTrue(setUp.reply().speech().parts().contains(new Part.Line(Msg.ROUNDS_PLANNED, List.of(3))));

        Turn two = DIALOG.next(setUp.next(), rounds(2));
        assertEquals(2, two.next().plan().rounds());
        assertEquals(List.of(Msg.ROUNDS_SET, Msg.STRETCH_READY_REPROMPT), msgs(two.reply().speech()));
        DialogState s = two.next();
        s = DIALOG.next(s, READY).next();
        assertEquals(Phase.STRETCH_SETUP, s.phase());
        assertEquals(Phase.ANOTHER_ROUND, DIALOG.next(s, READY).next().phase());
    }

    @Test
    void fewerRoundsThanAlreadyDoneMakeThisRoundTheLast() {
        DialogState third = after(plus(RIGHT_TIGHT, YES, READY, READY));
        Turn one = DIALOG.next(third, rounds(1));

        assertEquals(List.of(Msg.ROUNDS_SET_ONE, Msg.STRETCH_READY_REPROMPT), msgs(one.reply().speech()));
        assertEquals(List.of(Msg.ROUND_LAST, Msg.ROUND_AGAIN), msgs(Prompts.of(one.next()).prompt()));
        assertEquals(Phase.ANOTHER_ROUND, DIALOG.next(one.next(), READY).next().phase());
    }

    @Test
    void roundsOutOfRangeSayWhatHipCheckLeadsAndChangeNothing() {
        DialogState setUp = after(plus(RIGHT_TIGHT, YES));
        for (UserEvent e : List.of(rounds(6), rounds(0), new UserEvent.AskedRounds(OptionalInt.empty()))) {
            Turn turn = DIALOG.next(setUp, e);
            assertEquals(Msg.ROUNDS_RANGE, msgs(turn.reply().speech()).get(0));
            assertEquals(setUp.plan(), turn.next().plan());
        }
    }

    @Test
    void anotherRoundIsOneMoreASideSetUpInShort() {
        DialogState offered = after(plus(RIGHT_TIGHT, YES, READY, READY, READY));
        Turn again = DIALOG.next(offered, YES);

        assertEquals(Phase.STRETCH_SETUP, again.next().phase());
        List<Msg> said = msgs(again.reply().speech());
        assertEquals(List.of(Msg.SHORT_SETUP_ONE, Msg.SAFETY_LINE, Msg.SHORT_READY), said);
        assertFalse(said.contains(Msg.STRETCH_INTRO), "the steps are not read again");
        assertEquals(Phase.ANOTHER_ROUND, DIALOG.next(again.next(), READY).next().phase());
    }

    @Test
    void roundsNamedAtAnotherRoundAreThatManyMore() {
        DialogState offered = after(plus(RIGHT_TIGHT, YES, READY, READY, READY));
        Turn two = DIALOG.next(offered, rounds(2));

        assertEquals(List.of(Msg.SHORT_SETUP_ROUNDS, Msg.SAFETY_LINE, Msg.SHORT_READY), msgs(two.reply().speech()));
        assertEquals(3, two.next().plan().rounds(), "more now is not the choice for next time");
        Turn rest = DIALOG.next(two.next(), READY);
        assertTrue(rest.reply().speech().parts().contains(new Part.Line(Msg.ROUND_OF, List.of(2, 2))));
        assertEquals(Phase.ANOTHER_ROUND, DIALOG.next(rest.next(), READY).next().phase());
    }

    @Test
    void aDailyUserHearsTheSetUpInShortWithTheSafetyLineAndNoDisclaimer() {
        DialogState welcomed = after(DAILY_USER);
        assertEquals(Phase.WELCOME_BACK, welcomed.phase());
        Turn setUp = DIALOG.next(welcomed, YES);

        List<Msg> said = msgs(setUp.reply().speech());
        assertEquals(List.of(Msg.SHORT_SETUP_ROUNDS, Msg.SAFETY_LINE, Msg.SHORT_READY), said);
        assertFalse(setUp.next().disclaimed(), "a health answer later still brings the note");

        Turn steps = DIALOG.next(setUp.next(), STEPS);
        assertEquals(Phase.STRETCH_SETUP, steps.next().phase());
        assertTrue(msgs(steps.reply().speech()).containsAll(List.of(Msg.STRETCH_INTRO, Msg.KNEEL_STEP_KNEEL,
                Msg.STRETCH_READY)));
    }

    @Test
    void theMyStretchOneShotOfADailyUserIsShortToo() {
        Turn oneShot = DIALOG.next(DIALOG.start(((UserEvent.Launch) DAILY_USER).known()), UserEvent.Command.MY_STRETCH);
        assertEquals(Msg.SHORT_SETUP_ROUNDS, msgs(oneShot.reply().speech()).get(0));
    }

    @Test
    void aNewerUserHearsTheStepsInFullWithTheDisclaimer() {
        Turn setUp = DIALOG.next(after(Events.RETURNING_TIGHT), YES);
        List<Msg> said = msgs(setUp.reply().speech());
        assertEquals(Msg.DISCLAIMER, said.get(0));
        assertTrue(said.contains(Msg.STRETCH_INTRO));
    }

    @Test
    void walkMeThroughItAtTheWelcomeBackStartsWithTheStepsInFull() {
        Turn setUp = DIALOG.next(after(DAILY_USER), STEPS);
        assertEquals(Phase.STRETCH_SETUP, setUp.next().phase());
        assertTrue(msgs(setUp.reply().speech()).contains(Msg.STRETCH_INTRO));
    }

    @Test
    void theOtherStretchIsForTodayOnlyAndSetUpInFull() {
        Turn other = DIALOG.next(after(DAILY_USER), UserEvent.ChoseStretch.theOther());

        assertEquals(Phase.STRETCH_SETUP, other.next().phase());
        assertEquals(Optional.of(Stretch.EDGE_OF_TABLE), other.next().plan().stretch());
        assertTrue(msgs(other.reply().speech()).contains(Msg.STRETCH_INTRO), "a stretch not practised: every step");
        Turn held = DIALOG.next(other.next(), READY);
        PracticeRecord kept = ((Effect.Keep) held.effects().get(0)).record();
        assertEquals(Optional.of(Stretch.HALF_KNEELING), kept.stretch(), "the plan keeps its own stretch");
        assertEquals(TODAY, kept.practisedOn().get(kept.practisedOn().size() - 1));
    }

    @Test
    void aStretchNamedAtTheSetUpSwitchesAndStartsItsRoundsAgain() {
        DialogState second = after(plus(RIGHT_TIGHT, YES, READY));
        Turn kneel = DIALOG.next(second, new UserEvent.ChoseStretch(Optional.of(Stretch.HALF_KNEELING)));

        assertEquals(Optional.of(Stretch.HALF_KNEELING), kneel.next().plan().stretch());
        assertEquals(1, kneel.next().plan().round());
        assertTrue(msgs(kneel.reply().speech()).contains(Msg.KNEEL_STEP_KNEEL));
    }

    @Test
    void roundsNamedAtTheWelcomeBackStartTheStretchAndAreKept() {
        Turn two = DIALOG.next(after(DAILY_USER), rounds(2));

        assertEquals(Phase.STRETCH_SETUP, two.next().phase());
        assertEquals(Msg.ROUNDS_SET, msgs(two.reply().speech()).get(0));
        Turn held = DIALOG.next(two.next(), READY);
        assertEquals(2, ((Effect.Keep) held.effects().get(0)).record().rounds());
    }

    @Test
    void roundsAreNoAnswerToTheConsentQuestion() {
        DialogState asking = after(plus(Events.RIGHT_TIGHT_FIRST_VISIT, YES, READY, READY, READY, Events.NO));
        assertEquals(Phase.OFFER_SAVE, asking.phase());
        Turn turn = DIALOG.next(asking, rounds(2));
        assertEquals(Phase.OFFER_SAVE, turn.next().phase());
        assertEquals(List.of(), turn.effects());
    }

    @Test
    void theRoundsChosenAreKeptWithTheYes() {
        DialogState asking = after(plus(Events.RIGHT_TIGHT_FIRST_VISIT, YES, rounds(2), READY, READY, Events.NO));
        Turn kept = DIALOG.next(asking, YES);
        assertEquals(2, ((Effect.Keep) kept.effects().get(0)).record().rounds());
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The user events tests play, the routes they make, and the states those routes reach. */
public final class Events {
    public static final UserEvent LAUNCH = new UserEvent.Launch(UserEvent.Known.NOTHING);
    public static final UserEvent YES = UserEvent.Word.YES;
    public static final UserEvent NO = UserEvent.Word.NO;
    public static final UserEvent READY = UserEvent.Word.READY;
    public static final UserEvent UNSURE = UserEvent.Word.UNSURE;
    public static final UserEvent PAIN = new UserEvent.Hurt(Optional.empty(), false);

    /** From a new conversation to the first question of the test. */
    public static final List<UserEvent> TO_ASK = List.of(LAUNCH, YES, READY, READY, READY);
    /** A test whose right thigh stays up (tight) and whose left side is fine: ends at OFFER_STRETCH. */
    /** A test with nothing tight, without a store: ends offering a daily movement break. */
    public static final List<UserEvent> FINE =
            List.of(LAUNCH, YES, READY, READY, READY, YES, NO, NO, READY, YES, NO, NO);
    public static final List<UserEvent> RIGHT_TIGHT =
            List.of(LAUNCH, YES, READY, READY, READY, NO, NO, NO, READY, YES, NO, NO);

    /** The time the tests' conversations happen: 1 December 2026, mid-morning. */
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** The user's day of {@link #NOW}, in UTC. */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** A kept plan from a test on 2 November: the right side to stretch, no stretch chosen. */
    public static final PracticeRecord TIGHT_RIGHT_LAST_MONTH = new PracticeRecord(List.of(Side.RIGHT),
            Optional.empty(), Hold.DEFAULT, 1, List.of(LocalDate.of(2026, 11, 2)), List.of(), Optional.empty(),
            Instant.parse("2026-11-02T09:00:00Z"));
    /** A kept plan from a test yesterday: the right side, half kneeling, 25-second holds, practised yesterday. */
    public static final PracticeRecord TIGHT_RIGHT_YESTERDAY = new PracticeRecord(List.of(Side.RIGHT),
            Optional.of(Stretch.HALF_KNEELING), new Hold(25), 1, List.of(TODAY.minusDays(1)),
            List.of(TODAY.minusDays(1)), Optional.empty(), NOW.minus(Duration.ofDays(1)));
    /** A first visit where a store answered with nothing. */
    public static final UserEvent FIRST_VISIT = new UserEvent.Launch(UserEvent.Known.up(NOW, Optional.empty()));
    /** A returning user whose plan is to stretch the right side, tested yesterday. */
    public static final UserEvent RETURNING_TIGHT = new UserEvent.Launch(
            UserEvent.Known.up(NOW, Optional.of(TIGHT_RIGHT_YESTERDAY)));
    /** A returning user who stopped for pain yesterday. */
    public static final UserEvent RETURNING_PAUSED = new UserEvent.Launch(
            UserEvent.Known.up(NOW, Optional.of(TIGHT_RIGHT_YESTERDAY.paused(TODAY.minusDays(1)))));
    /** A returning user who stopped for pain earlier today. */
    public static final UserEvent RETURNING_PAUSED_TODAY = new UserEvent.Launch(
            UserEvent.Known.up(NOW, Optional.of(TIGHT_RIGHT_YESTERDAY.paused(TODAY))));
    /** {@link #RIGHT_TIGHT} on a first visit with a store: ends at OFFER_STRETCH; consent comes after stretching. */
    public static final List<UserEvent> RIGHT_TIGHT_FIRST_VISIT =
            List.of(FIRST_VISIT, YES, READY, READY, READY, NO, NO, NO, READY, YES, NO, NO);

    private static final Dialog DIALOG = new Dialog();

    private Events() {}

    /** Returns the route {@code first}, then {@code more}. */
    public static List<UserEvent> plus(List<UserEvent> first, UserEvent... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }

    /** Returns the state reached by playing {@code events} from a new conversation. */
    public static DialogState after(List<UserEvent> events) {
        DialogState s = DialogState.initial();
        for (UserEvent e : events) {
            s = DIALOG.next(s, e).next();
        }
        return s;
    }

    /** Returns the state reached by playing {@code events} from a new conversation. */
    public static DialogState after(UserEvent... events) {
        return after(List.of(events));
    }
}

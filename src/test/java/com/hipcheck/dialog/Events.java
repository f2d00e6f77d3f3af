package com.hipcheck.dialog;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.time.Duration;
import java.time.Instant;
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
    public static final List<UserEvent> RIGHT_TIGHT =
            List.of(LAUNCH, YES, READY, READY, READY, NO, NO, NO, READY, YES, NO, NO);

    /** The time the tests' conversations happen: 1 December 2026, mid-morning. */
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** A result from 2 November whose right side was tight (the thigh stayed up) and left fine. */
    public static final TestRecord TIGHT_RIGHT_LAST_MONTH = new TestRecord(Instant.parse("2026-11-02T09:00:00Z"),
            new TestAnswers(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO), SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)),
            Optional.empty(), Hold.DEFAULT);
    /** The same result, from yesterday. */
    public static final TestRecord TIGHT_RIGHT_YESTERDAY = new TestRecord(NOW.minus(Duration.ofDays(1)),
            TIGHT_RIGHT_LAST_MONTH.answers(), Optional.of(Stretch.HALF_KNEELING), new Hold(25));
    /** A first visit where a history store answered with nothing. */
    public static final UserEvent FIRST_VISIT = new UserEvent.Launch(
            new UserEvent.Known(NOW, Memory.Storage.UP, History.none()));
    /** A returning user whose right side was tight yesterday. */
    public static final UserEvent RETURNING_TIGHT = new UserEvent.Launch(
            new UserEvent.Known(NOW, Memory.Storage.UP, new History(List.of(TIGHT_RIGHT_YESTERDAY), Optional.empty())));
    /** A returning user who stopped a test ten minutes ago, with the right thigh answered. */
    public static final UserEvent RETURNING_MIDTEST = new UserEvent.Launch(new UserEvent.Known(NOW,
            Memory.Storage.UP, new History(List.of(), Optional.of(new UnfinishedTest(NOW.minus(Duration.ofMinutes(10)),
                    new TestAnswers(SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO), SideAnswers.none()))))));
    /** {@link #RIGHT_TIGHT} on a first visit with a store: ends at OFFER_SAVE. */
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

package com.hipcheck.dialog;

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

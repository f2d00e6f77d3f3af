package com.hipcheck.dialog;

import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static com.hipcheck.dialog.Turns.enter;
import static com.hipcheck.dialog.Turns.stay;

/**
 * The daily stretch reminder, as turns: asked for, said back and agreed to (Amazon's rules: the
 * time and the repetition said in the question, set only on an explicit yes), the permission asked
 * for by voice with the card as the fallback, and what Alexa's Reminders API did, said in one
 * sentence before going back to what was pending. Asking about a reminder interrupts whatever was
 * going on ({@link Phase#CONFIRM_REMINDER}), and the conversation goes back to it afterwards.
 *
 * <p>A turn that calls the Reminders API ({@link Effect.ReminderCall}) says nothing the user hears:
 * the adapter carries the call out and tells the dialog how it went ({@link UserEvent.Reminded}),
 * and the turn for that speaks.
 */
final class ReminderTurns {
    private ReminderTurns() {}

    /** Returns the turn for a request about the reminder, made in state {@code s}. */
    static Turn asked(DialogState s, UserEvent.Remind remind) {
        if (s.phase() == Phase.PAUSED || s.phase() == Phase.CONFIRM_FORGET) {
            // Something hurt, or a deletion is pending: that is settled first.
            return stay(s, Narration.of(Msg.REMINDER_LATER).then(Prompts.of(s).simple()));
        }
        if (s.phase() == Phase.CONFIRM_REMINDER && remind.at().isPresent()
                && (remind.request() == UserEvent.Remind.Request.SET || remind.request() == UserEvent.Remind.Request.CHANGE)) {
            // Another time said while one is asked about ("make it 8 pm"): the same question, with that time.
            return enter(s.askingAbout(s.reminding().orElseThrow().at(remind.at().get())), Narration.empty());
        }
        return switch (remind.request()) {
            // No time said: the evening, said in the question, so the user hears it before agreeing.
            case SET -> enter(s.askingAbout(new ReminderAsk(remind.at().orElse(Reading.EVENING), false)),
                    Narration.empty());
            case CHANGE -> remind.at().isEmpty()
                    ? stay(s, Narration.of(Msg.REMINDER_WHICH_TIME).then(Dialog.backToIt(s)))
                    : enter(s.askingAbout(new ReminderAsk(remind.at().get(), true)), Narration.empty());
            case LIST -> calling(s, new Effect.ListReminders());
            case CANCEL -> calling(s, new Effect.CancelReminder());
        };
    }

    /**
     * Returns the turn for a bare number said at a reminder's question ("make it 8", which Alexa
     * may hear as a hold's seconds): the hour, in the same half of the day as the time asked
     * about (12 is noon), asked about again so the user hears it before agreeing; 13 to 23 is that
     * hour. Any other number asks for the time in words.
     */
    static Turn hourSaid(DialogState s, OptionalInt number) {
        ReminderAsk asking = s.reminding().orElseThrow();
        if (number.isEmpty() || number.getAsInt() < 1 || number.getAsInt() > 23) {
            return stay(s, Narration.of(Msg.REMINDER_WHICH_TIME).then(Prompts.of(s).simple()));
        }
        int hour = number.getAsInt();
        if (hour < 12 && asking.at().getHour() >= 12) {
            hour += 12;
        }
        return enter(s.askingAbout(asking.at(LocalTime.of(hour, 0))), Narration.empty());
    }

    /**
     * Returns the turn that offers a daily stretch reminder once the plan is kept, after {@code lead}:
     * the evening, said in the question; once settled, the session ends.
     */
    static Turn offer(DialogState s, Narration lead) {
        return enter(s.askingAbout(new ReminderAsk(Reading.EVENING, false, true, ReminderAsk.Kind.STRETCH)), lead);
    }

    /**
     * Returns the turn that ends a result with nothing to stretch, after {@code lead}: the article's
     * advice is movement breaks, so a daily one is offered, mid-afternoon, said in the question; once
     * settled, the session ends with the rest of the advice (posture, a physical therapist).
     */
    static Turn offerMovementBreaks(DialogState s, Narration lead) {
        return enter(s.askingAbout(new ReminderAsk(ReminderAsk.MOVEMENT_BREAK_TIME, false, true,
                ReminderAsk.Kind.MOVEMENT_BREAK)), lead.then(Msg.MOVEMENT_HELPS_MORE));
    }

    /** Returns the turn for a plain yes to the reminder offered: it is set (or moved) as said. */
    static Turn agreed(DialogState s) {
        ReminderAsk ask = s.reminding().orElseThrow();
        return calling(s, ask.change() ? new Effect.ChangeReminder(ask.at())
                : new Effect.SetReminder(ask.at(), ask.kind()));
    }

    /** Returns the turn for no to the reminder offered: nothing set, and back to what was pending. */
    static Turn declined(DialogState s) {
        return settled(s, Narration.of(Msg.REMINDER_NOT_SET));
    }

    /** Returns the turn for "okay" or "ready" to the reminder offered: only a plain yes sets it. */
    static Turn onlyWithYes(DialogState s) {
        return stay(s, Narration.of(Msg.REMINDER_ONLY_WITH_YES).then(Prompts.of(s).simple()));
    }

    /**
     * Returns the turn for Alexa's answer to the voice permission: granted sets the reminder it was
     * asked for; refused or not answered says so in one sentence and sends the permission card, as
     * does a device that cannot ask by voice.
     */
    static Turn permission(DialogState s, UserEvent.PermissionAnswered answer) {
        Msg said = switch (answer.answer()) {
            case ACCEPTED -> null;
            case DENIED -> Msg.REMINDER_DENIED;
            case NOT_ANSWERED -> Msg.REMINDER_NOT_ANSWERED;
            case UNSUPPORTED -> Msg.REMINDER_CARD;
        };
        if (said != null) {
            return withCard(settled(s, Narration.of(said)));
        }
        if (answer.at().isEmpty()) {
            // Granted, but the time asked for did not come back: asked for again, never guessed.
            return settled(s, Narration.of(Msg.REMINDER_SAY_TIME));
        }
        // The reminder asked about stays pending until the call's outcome is told.
        return calling(s, new Effect.SetReminder(answer.at().get(), answer.reminder()));
    }

    /** Returns the turn that says how a reminder call went, then goes back to what was pending. */
    static Turn reminded(DialogState s, UserEvent.Reminded reminded) {
        DialogState back = s.phase() == Phase.CONFIRM_REMINDER ? s.resumed() : s;
        Effect.ReminderCall call = reminded.call();
        return switch (reminded.result()) {
            case DONE -> settled(s, done(call, reminded.times()));
            case NONE -> call instanceof Effect.ChangeReminder change
                    // Nothing to move: a new one is offered instead, its time said again.
                    ? enter(back.askingAbout(new ReminderAsk(change.at(), false)), Narration.of(Msg.REMINDER_NONE))
                    : settled(s, Narration.of(Msg.REMINDER_NONE));
            // Alexa asks, and her answer comes back to the reminder still pending here.
            case NO_PERMISSION -> call instanceof Effect.SetReminder set
                    ? new Turn(s, Reply.ask(Narration.of(Msg.REMINDER_PERMISSION_LEAD), Prompts.of(s).reprompt()),
                            List.of(new Effect.AskPermission(set.at(), set.kind())), Optional.empty())
                    : withCard(settled(s, Narration.of(Msg.REMINDER_NEEDS_PERMISSION)));
            case FAILED -> settled(s, Narration.of(call instanceof Effect.ListReminders ? Msg.REMINDER_LIST_FAILED
                    : Msg.REMINDER_FAILED));
        };
    }

    /**
     * Returns the turn that says {@code said} once the reminder is settled, and goes back to what
     * was pending, in short; a reminder offered at the end of a session ends it, with its closing words.
     */
    private static Turn settled(DialogState s, Narration said) {
        DialogState back = s.phase() == Phase.CONFIRM_REMINDER ? s.resumed() : s;
        if (s.reminding().isPresent() && s.reminding().get().offered()) {
            // A movement break was offered in place of the closing advice: the rest of it closes.
            boolean moving = s.reminding().get().kind() == ReminderAsk.Kind.MOVEMENT_BREAK;
            return new Turn(back, Reply.end(said.then(moving ? Narration.of(Msg.CLOSING_MOVEMENT)
                    : Dialog.closing(back))));
        }
        return stay(back, said.then(Dialog.backToIt(back)));
    }

    /** Returns what a call that went as asked says. */
    private static Narration done(Effect.ReminderCall call, List<LocalTime> times) {
        if (call instanceof Effect.SetReminder set) {
            return Narration.of(set.kind() == ReminderAsk.Kind.MOVEMENT_BREAK ? Msg.REMINDER_SET_MOVEMENT
                    : Msg.REMINDER_SET, set.at());
        }
        if (call instanceof Effect.ChangeReminder change) {
            return Narration.of(Msg.REMINDER_CHANGED, change.at());
        }
        if (call instanceof Effect.CancelReminder) {
            return Narration.of(Msg.REMINDER_CANCELLED);
        }
        return switch (Math.min(times.size(), 2)) {
            case 0 -> Narration.of(Msg.REMINDER_NONE);
            case 1 -> Narration.of(Msg.REMINDER_LIST_ONE, times.get(0));
            default -> Narration.of(Msg.REMINDER_LIST_MANY, times.size(), times.get(0));
        };
    }

    /** Returns whether {@code turn} calls the Reminders API, so its words wait for the call's outcome. */
    static boolean calls(Turn turn) {
        for (Effect effect : turn.effects()) {
            if (effect instanceof Effect.ReminderCall) {
                return true;
            }
        }
        return false;
    }

    /** A turn that only calls the API: what it says is said only if no outcome ever comes. */
    private static Turn calling(DialogState s, Effect.ReminderCall call) {
        return new Turn(s, Reply.ask(Narration.of(Msg.REMINDER_FAILED).then(Dialog.backToIt(s)),
                Prompts.of(s).reprompt()), List.of(call), Optional.empty());
    }

    private static Turn withCard(Turn turn) {
        return turn.alsoDoing(List.of(new Effect.PermissionCard()));
    }
}

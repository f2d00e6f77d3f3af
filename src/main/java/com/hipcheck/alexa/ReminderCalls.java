package com.hipcheck.alexa;

import com.amazon.ask.model.RequestEnvelope;
import com.hipcheck.dialog.Effect;
import com.hipcheck.dialog.ReminderAsk;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.dialog.UserEvent.Reminded.Result;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out the dialog's reminder calls for one request with {@link AlexaApiClient}, and says how
 * each went as the dialog's {@link UserEvent.Reminded}. The reminder is made in the device's time
 * zone, in the request's locale, in Hip Check's own words; setting one where there is one already,
 * and a change, move the reminder there is (one daily reminder, to stretch or to take a movement
 * break, never two; a change keeps its words, a new one brings its own), and stopping
 * deletes every one Hip Check made (Alexa lists only the skill's own). Each call waits
 * a bounded time, so a hung API costs the user one short sentence, never the turn.
 */
final class ReminderCalls {
    /** How long one call may take before it counts as failed: the client's own timeout, and a little more. */
    static final Duration CALL_BUDGET = AlexaApiClient.REMINDER_TIMEOUT.plusMillis(200);
    /** How long the device's time zone may take, when the session does not know it yet. */
    static final Duration ZONE_BUDGET = Duration.ofMillis(400);
    private static final String DEFAULT_LOCALE = "en-US";

    /** Calls for a request that carries no way to reach Alexa's APIs: every call fails. */
    static final ReminderCalls NONE = new ReminderCalls(null, null, "none");

    private final RequestEnvelope envelope;
    private final String locale;
    private final String requestId;

    ReminderCalls(RequestEnvelope envelope, String locale, String requestId) {
        this.envelope = envelope;
        this.locale = locale == null || locale.isBlank() ? DEFAULT_LOCALE : locale;
        this.requestId = requestId;
    }

    /**
     * Carries out {@code call} at {@code now}, for a device in {@code zone} as far as the session
     * knows (UTC when it does not, and then the Settings API is asked), with the reminder's words
     * from {@code phrasebook}.
     */
    UserEvent.Reminded carryOut(Effect.ReminderCall call, Instant now, ZoneId zone, Phrasebook phrasebook) {
        if (envelope == null || !reachesAlexa(envelope)) {
            // No way to reach Alexa's APIs (priming, the console without --zone): nothing to log for the operator.
            return new UserEvent.Reminded(call, Result.FAILED, List.of());
        }
        ReminderOutcome listed = AlexaApiClient.outcomeWithin(AlexaApiClient.listReminders(envelope), CALL_BUDGET);
        if (!(listed instanceof ReminderOutcome.Listed list)) {
            return result(call, listed, List.of());
        }
        List<ReminderOutcome.Reminder> on = new ArrayList<>();
        for (ReminderOutcome.Reminder r : list.reminders()) {
            if (r.isOn()) {
                on.add(r);
            }
        }
        if (call instanceof Effect.SetReminder set) {
            // One daily reminder: one already there is moved to the new time and takes the new words, never doubled.
            DailyReminder reminder = daily(set.at(), zone, phrasebook.text(set.kind() == ReminderAsk.Kind.MOVEMENT_BREAK
                    ? Msg.REMINDER_TEXT_MOVEMENT : Msg.REMINDER_TEXT));
            ReminderOutcome made = AlexaApiClient.outcomeWithin(on.isEmpty()
                    ? AlexaApiClient.createDaily(envelope, reminder, now)
                    : AlexaApiClient.updateDaily(envelope, on.get(0).alertToken(), reminder, now), CALL_BUDGET);
            return result(call, made instanceof ReminderOutcome.Gone ? new ReminderOutcome.Failed("gone while set")
                    : made, List.of());
        }
        if (call instanceof Effect.ListReminders) {
            List<LocalTime> times = new ArrayList<>();
            for (ReminderOutcome.Reminder r : on) {
                r.at().ifPresent(times::add);
            }
            return new UserEvent.Reminded(call, Result.DONE, times);
        }
        if (on.isEmpty()) {
            return new UserEvent.Reminded(call, Result.NONE, List.of());
        }
        if (call instanceof Effect.ChangeReminder change) {
            // A new time, the same words: a movement break stays one.
            ReminderOutcome.Reminder moving = on.get(0);
            String words = moving.text().orElseGet(() -> phrasebook.text(Msg.REMINDER_TEXT));
            ReminderOutcome moved = AlexaApiClient.outcomeWithin(AlexaApiClient.updateDaily(envelope,
                    moving.alertToken(), daily(change.at(), zone, words), now), CALL_BUDGET);
            return result(call, moved, List.of());
        }
        ReminderOutcome last = new ReminderOutcome.Done();
        for (ReminderOutcome.Reminder r : on) {
            ReminderOutcome deleted = AlexaApiClient.outcomeWithin(
                    AlexaApiClient.deleteReminder(envelope, r.alertToken()), CALL_BUDGET);
            // One already gone is as good as deleted; anything else stops here and is told.
            if (!(deleted instanceof ReminderOutcome.Done) && !(deleted instanceof ReminderOutcome.Gone)) {
                return result(call, deleted, List.of());
            }
            last = deleted;
        }
        return result(call, last instanceof ReminderOutcome.Gone ? new ReminderOutcome.Done() : last, List.of());
    }

    private static boolean reachesAlexa(RequestEnvelope envelope) {
        return envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getApiEndpoint() != null
                && envelope.getContext().getSystem().getApiAccessToken() != null;
    }

    private DailyReminder daily(LocalTime at, ZoneId known, String words) {
        return new DailyReminder(at, zoneFor(known), words, locale);
    }

    /** Returns the device's zone: as the session knows it, or else as the Settings API answers now, or UTC. */
    private ZoneId zoneFor(ZoneId known) {
        if (!known.equals(ZoneOffset.UTC)) {
            return known;
        }
        Optional<ZoneId> asked = AlexaApiClient.within(AlexaApiClient.timeZoneOf(envelope), ZONE_BUDGET);
        return asked.orElse(ZoneOffset.UTC);
    }

    private UserEvent.Reminded result(Effect.ReminderCall call, ReminderOutcome outcome, List<LocalTime> times) {
        Result result;
        if (outcome instanceof ReminderOutcome.Created || outcome instanceof ReminderOutcome.Done
                || outcome instanceof ReminderOutcome.Listed) {
            result = Result.DONE;
        } else if (outcome instanceof ReminderOutcome.Gone) {
            result = Result.NONE;
        } else if (outcome instanceof ReminderOutcome.NoPermission) {
            result = Result.NO_PERMISSION;
        } else {
            String why = outcome instanceof ReminderOutcome.Failed failed ? failed.reason() : "throttled (429)";
            OpsLog.problem("reminders_unavailable", requestId, null, call.getClass().getSimpleName(), why);
            result = Result.FAILED;
        }
        return new UserEvent.Reminded(call, result, times);
    }
}

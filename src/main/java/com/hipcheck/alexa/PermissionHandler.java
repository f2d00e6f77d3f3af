package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.hipcheck.dialog.ReminderAsk;
import com.hipcheck.dialog.UserEvent;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Takes Alexa's answer to the reminders permission Hip Check asked for by voice: a
 * {@code Connections.Response} named {@code AskFor}, whose payload says what the user answered and
 * whose token brings back the reminder it was asked for (its time, and its kind). Anything else of
 * that type (a purchase's answer, another permission) is left to the catch-all.
 */
final class PermissionHandler implements RequestHandler {
    /** The permission Hip Check asks for, as the manifest declares it. */
    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /**
     * What the directive's token starts with; the time of day follows ("hipcheck.reminder.19:00"),
     * after "move." for a movement break ("hipcheck.reminder.move.15:00").
     */
    static final String TOKEN_PREFIX = "hipcheck.reminder.";
    private static final String MOVEMENT = "move.";
    private static final String NAME = "AskFor";

    private final Conversation conversation;

    PermissionHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof ConnectionsResponse answer
                && NAME.equals(answer.getName())
                && (answer.getPayload() == null || !answer.getPayload().containsKey("permissionScope")
                        || SCOPE.equals(answer.getPayload().get("permissionScope")));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse answer = (ConnectionsResponse) input.getRequestEnvelope().getRequest();
        String token = answer.getToken();
        return conversation.respond(input, new UserEvent.PermissionAnswered(answerOf(answer), timeIn(token),
                kindIn(token)));
    }

    /** Returns the token that brings a reminder of {@code kind} at {@code at} back with Alexa's answer. */
    static String token(LocalTime at, ReminderAsk.Kind kind) {
        return TOKEN_PREFIX + (kind == ReminderAsk.Kind.MOVEMENT_BREAK ? MOVEMENT : "") + at;
    }

    /** Returns what the user answered; an error status from Alexa means the device cannot ask by voice. */
    static UserEvent.PermissionAnswered.Answer answerOf(ConnectionsResponse answer) {
        String code = answer.getStatus() == null ? null : answer.getStatus().getCode();
        Map<String, Object> payload = answer.getPayload();
        Object status = payload == null ? null : payload.get("status");
        if (!"200".equals(code) || status == null) {
            return UserEvent.PermissionAnswered.Answer.UNSUPPORTED;
        }
        return switch (status.toString()) {
            case "ACCEPTED" -> UserEvent.PermissionAnswered.Answer.ACCEPTED;
            case "DENIED" -> UserEvent.PermissionAnswered.Answer.DENIED;
            // NOT_ANSWERED, and whatever Alexa may add: nothing was granted.
            default -> UserEvent.PermissionAnswered.Answer.NOT_ANSWERED;
        };
    }

    /** Returns the time of day Hip Check's token carries; empty for a token that is not Hip Check's. */
    static Optional<LocalTime> timeIn(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String time = token.substring(TOKEN_PREFIX.length() + (kindIn(token) == ReminderAsk.Kind.MOVEMENT_BREAK
                ? MOVEMENT.length() : 0));
        if (time.length() != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(time));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Returns the kind of reminder Hip Check's token carries: a stretch unless it says a movement break. */
    static ReminderAsk.Kind kindIn(String token) {
        return token != null && token.startsWith(TOKEN_PREFIX + MOVEMENT) ? ReminderAsk.Kind.MOVEMENT_BREAK
                : ReminderAsk.Kind.STRETCH;
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.response.ResponseBuilder;
import com.hipcheck.dialog.Dialog;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Reply;
import com.hipcheck.dialog.Turn;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.narration.HoldNarrator;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One turn through the core: read the session, let the dialog decide, write the session, render
 * the reply. Every handler ends here, so they stay translators.
 */
final class Conversation {
    private final SessionCodec codec = new SessionCodec();
    private final Map<String, Dialog> dialogs = new ConcurrentHashMap<>();

    /** What one turn produced: the reply, the session attributes to keep, and the phrasebook to say it with. */
    record Exchange(Reply reply, Map<String, Object> attributes, Phrasebook phrasebook) {}

    /** Runs one turn for a request the SDK has parsed, and returns the Alexa response. */
    Optional<Response> respond(HandlerInput input, UserEvent event) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Session session = envelope.getSession();
        boolean newSession = session == null || Boolean.TRUE.equals(session.getNew());
        Map<String, Object> attributes = session == null ? null : input.getAttributesManager().getSessionAttributes();
        Exchange exchange = take(attributes, newSession, envelope.getRequest().getLocale(),
                envelope.getRequest().getRequestId(), nameOf(envelope.getRequest()), event);
        if (session != null) {
            input.getAttributesManager().setSessionAttributes(exchange.attributes());
        }
        return render(input.getResponseBuilder(), exchange);
    }

    /**
     * Runs one turn on plain values: the session attributes as received, and what the user did;
     * {@code requestName} (the intent, or the request type) names the request in log lines.
     */
    Exchange take(Map<String, Object> attributes, boolean newSession, String locale, String requestId,
            String requestName, UserEvent event) {
        Phrasebook phrasebook = Phrasebook.forLocale(locale);
        Dialog dialog = dialogs.get(phrasebook.name());
        if (dialog == null) {
            dialog = new Dialog(new HoldNarrator(phrasebook));
            dialogs.putIfAbsent(phrasebook.name(), dialog);
        }
        Turn turn;
        if (newSession) {
            turn = dialog.next(DialogState.initial(), event);
        } else {
            SessionCodec.Decoded decoded = codec.decode(attributes);
            if (decoded.isOk()) {
                turn = dialog.next(decoded.state(), event);
            } else {
                OpsLog.problem("session_unreadable", requestId, null, requestName, decoded.problem());
                turn = dialog.restart(event);
            }
        }
        return new Exchange(turn.reply(), codec.encode(turn.next()), phrasebook);
    }

    /** Returns what a log line calls a request: the intent's name, or else the request type. */
    static String nameOf(Request request) {
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            return intentRequest.getIntent().getName();
        }
        return request.getType();
    }

    /** Fills {@code builder} with the exchange's reply: speech, reprompt, card, and whether the session ends. */
    static Optional<Response> render(ResponseBuilder builder, Exchange exchange) {
        Reply reply = exchange.reply();
        Phrasebook phrasebook = exchange.phrasebook();
        builder.withSpeech(SpeechRenderer.ssml(reply.speech(), phrasebook))
                .withShouldEndSession(reply.endSession());
        if (!reply.endSession()) {
            builder.withReprompt(SpeechRenderer.ssml(reply.reprompt(), phrasebook));
        }
        reply.card().ifPresent(card -> builder.withSimpleCard(phrasebook.text(Msg.CARD_TITLE),
                SpeechRenderer.plainText(card, phrasebook)));
        return builder.build();
    }
}

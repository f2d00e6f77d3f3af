package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.response.ResponseBuilder;
import com.hipcheck.dialog.Dialog;
import com.hipcheck.dialog.Reply;
import com.hipcheck.dialog.Turn;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Phrasebook;
import java.util.Map;
import java.util.Optional;

/**
 * The one place responses are built: a turn of the dialog, an error, and the few answers that
 * say nothing. A turn reads the session once, lets the dialog decide, writes the session and
 * renders the reply; every handler ends here, so they stay translators.
 */
final class Conversation {
    /** The request attribute that keeps the decoded session for the rest of the request. */
    private static final String DECODED = "hipCheck.decoded";

    private final SessionCodec codec = new SessionCodec();
    private final Dialog dialog = new Dialog();

    /** What one turn produced: the response, and the session attributes to keep. */
    record Exchange(Response response, Map<String, Object> attributes) {}

    /** Runs one turn for a request the SDK has parsed, and returns the Alexa response. */
    Optional<Response> respond(HandlerInput input, UserEvent event) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Session session = envelope.getSession();
        Request request = envelope.getRequest();
        boolean newSession = session == null || Boolean.TRUE.equals(session.getNew());
        Exchange exchange = take(newSession, newSession ? new SessionCodec.Empty() : decoded(input), request.getLocale(), request.getRequestId(),
                nameOf(request), event);
        if (session != null) {
            input.getAttributesManager().setSessionAttributes(exchange.attributes());
        }
        return Optional.of(exchange.response());
    }

    /**
     * Runs one turn on plain values: whether the session is new, its decoded state, and what the
     * user did; {@code requestName} (the intent, or the request type) names the request in log lines.
     */
    Exchange take(boolean newSession, SessionCodec.Decoded decoded, String locale, String requestId,
            String requestName, UserEvent event) {
        Turn turn;
        if (newSession) {
            turn = dialog.next(dialog.start(UserEvent.Known.NOTHING), event);
        } else if (decoded instanceof SessionCodec.Found found) {
            turn = dialog.next(found.state(), event);
        } else {
            OpsLog.problem("session_unreadable", requestId, null, requestName, decoded.problem().orElseThrow());
            turn = dialog.restart(event);
        }
        // A turn's effects are carried out here once there are any; today every turn only talks.
        return new Exchange(render(turn.reply(), Phrasebook.forLocale(locale)), codec.encode(turn.next()));
    }

    /**
     * Returns the request's session state, decoded once per request and kept in the request's
     * attributes, so the log line of a later problem in the same request can name the phase.
     */
    SessionCodec.Decoded decoded(HandlerInput input) {
        Map<String, Object> perRequest = input.getAttributesManager().getRequestAttributes();
        if (perRequest.get(DECODED) instanceof SessionCodec.Decoded kept) {
            return kept;
        }
        SessionCodec.Decoded decoded = input.getRequestEnvelope().getSession() == null ? new SessionCodec.Empty()
                : codec.decode(input.getAttributesManager().getSessionAttributes());
        perRequest.put(DECODED, decoded);
        return decoded;
    }

    /** Returns the phase the request's session was in, for log lines, or null when it has none to read. */
    String phaseOf(HandlerInput input) {
        SessionCodec.Decoded decoded = decoded(input);
        return decoded instanceof SessionCodec.Found found ? found.state().phase().name() : null;
    }

    /**
     * Returns the answer to a request whose handling failed: sorry, say it again. In a session the
     * question stays open and the session attributes go back unchanged, so no progress is lost.
     */
    Response error(String locale, boolean inSession) {
        Narration sorry = Narration.of(Msg.ERROR_SORRY);
        return build(Phrasebook.forLocale(locale), sorry, inSession ? sorry : Narration.empty(), Optional.empty(),
                !inSession);
    }

    /** Returns a response that says nothing and leaves the session as it is: for requests that may not speak. */
    Response silent() {
        return new ResponseBuilder().build().orElseThrow();
    }

    /** Returns a response that says nothing and ends the session: for a request meant for another skill. */
    Response refused() {
        return new ResponseBuilder().withShouldEndSession(true).build().orElseThrow();
    }

    /** Returns the answer to a name-free interaction request: Hip Check takes no part in it. */
    Response declineNameFree() {
        return new ResponseBuilder()
                .withCanFulfillIntent(CanFulfillIntent.builder().withCanFulfill(CanFulfillIntentValues.NO).build())
                .build().orElseThrow();
    }

    /** Returns what a log line calls a request: the intent's name, or else the request type. */
    static String nameOf(Request request) {
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            return intentRequest.getIntent().getName();
        }
        return request.getType();
    }

    private static Response render(Reply reply, Phrasebook phrasebook) {
        return build(phrasebook, reply.speech(), reply.reprompt(), reply.card(), reply.endSession());
    }

    /** Builds a spoken response: speech, a reprompt unless the session ends, and a card if there is one. */
    private static Response build(Phrasebook phrasebook, Narration speech, Narration reprompt, Optional<Narration> card,
            boolean endSession) {
        ResponseBuilder builder = new ResponseBuilder()
                .withSpeech(SpeechRenderer.ssml(speech, phrasebook))
                .withShouldEndSession(endSession);
        if (!endSession) {
            builder.withReprompt(SpeechRenderer.ssml(reprompt, phrasebook));
        }
        if (card.isPresent()) {
            builder.withSimpleCard(phrasebook.text(Msg.CARD_TITLE), SpeechRenderer.plainText(card.get(), phrasebook));
        }
        return builder.build().orElseThrow();
    }
}

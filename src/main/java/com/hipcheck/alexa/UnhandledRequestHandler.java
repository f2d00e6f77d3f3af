package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.hipcheck.dialog.UserEvent;
import java.util.List;
import java.util.Optional;

/**
 * The last handler, so no request goes unanswered: an intent the skill does not know, or a request
 * type it never asked for. Where Alexa lets a response speak, the user hears the current question
 * again; where it does not (audio player events, system errors), the response is empty.
 */
final class UnhandledRequestHandler implements RequestHandler {
    /** Request types whose responses may not carry speech. */
    private static final List<String> SPEECHLESS = List.of(
            "AudioPlayer.", "PlaybackController.", "System.", "Messaging.", "SessionEndedRequest",
            // A screen reporting that a document failed: logged, and the voice goes on as it was.
            "Alexa.Presentation.APL.RuntimeError");

    private final Conversation conversation;

    UnhandledRequestHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    /** Returns whether a response to a request of {@code type} may not speak. */
    static boolean mayNotSpeak(String type) {
        for (String prefix : SPEECHLESS) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        String type = request.getType();
        boolean speechless = mayNotSpeak(type);
        if (request instanceof IntentRequest intent) {
            OpsLog.problem("unknown_intent", request.getRequestId(), conversation.phaseOf(input),
                    intent.getIntent().getName(), type);
        } else {
            OpsLog.problem("unexpected_request", request.getRequestId(), conversation.phaseOf(input), null, type);
        }
        if (speechless || input.getRequestEnvelope().getSession() == null) {
            return Optional.of(conversation.silent());
        }
        return conversation.respond(input, UserEvent.Command.FALLBACK);
    }
}

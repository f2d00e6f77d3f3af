package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import java.util.Optional;

/** Alexa closed the session (the user went quiet, left, or an error happened): log it; nothing may be said. */
final class SessionEndedHandler implements RequestHandler {
    private final Conversation conversation;

    SessionEndedHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest request = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        if (request.getReason() == SessionEndedReason.ERROR) {
            String detail = request.getError() == null ? "no detail"
                    : request.getError().getType() + ": " + request.getError().getMessage();
            OpsLog.problem("session_ended_error", request.getRequestId(), null, null, detail);
        }
        return Optional.of(conversation.silent());
    }
}

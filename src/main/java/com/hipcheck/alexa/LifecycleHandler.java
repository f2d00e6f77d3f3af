package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedReason;
import com.amazon.ask.model.SessionEndedRequest;
import com.hipcheck.dialog.UserEvent;
import java.util.Optional;

/**
 * The two requests that open and close a conversation: "Alexa, open Hip Check" gets the welcome;
 * Alexa closing the session (the user went quiet, left, or an error happened) is logged when it
 * was an error, and nothing may be said.
 */
final class LifecycleHandler implements RequestHandler {
    private final Conversation conversation;

    LifecycleHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        return request instanceof LaunchRequest || request instanceof SessionEndedRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        if (request instanceof SessionEndedRequest ended) {
            if (ended.getReason() == SessionEndedReason.ERROR) {
                String detail = ended.getError() == null ? "no detail"
                        : ended.getError().getType() + ": " + ended.getError().getMessage();
                OpsLog.problem("session_ended_error", ended.getRequestId(), null, null, detail);
            }
            return Optional.of(conversation.silent());
        }
        return conversation.respond(input, new UserEvent.Launch(UserEvent.Known.NOTHING));
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.hipcheck.dialog.UserEvent;
import java.util.Optional;

/** "Alexa, open Hip Check": the welcome. */
final class LaunchHandler implements RequestHandler {
    private final Conversation conversation;

    LaunchHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(Predicates.requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return conversation.respond(input, new UserEvent.Launch(UserEvent.Known.NOTHING));
    }
}

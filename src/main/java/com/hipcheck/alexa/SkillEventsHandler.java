package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import java.util.Optional;

/**
 * The skill event Hip Check subscribes to: the user disabled the skill. Alexa gives a user who
 * enables it again a new user id, so "forget me" could never reach what was kept before; so
 * everything kept for the account, its people's records too, is deleted now. Nothing is said:
 * an event has no one listening.
 */
final class SkillEventsHandler implements RequestHandler {
    private final Conversation conversation;

    SkillEventsHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof SkillDisabledRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        conversation.forgetAccount(input.getRequestEnvelope().getRequest().getRequestId(),
                Conversation.userOf(input.getRequestEnvelope()));
        return Optional.of(conversation.silent());
    }
}

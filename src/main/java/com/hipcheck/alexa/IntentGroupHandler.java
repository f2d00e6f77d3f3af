package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.hipcheck.dialog.UserEvent;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Handles one group of related intents: translates each into a {@link UserEvent} with
 * {@link IntentEvents} and hands it to the conversation. The groups are wired in {@link HipCheckSkill}.
 *
 * <p>{@code canHandle} looks the intent up in a set rather than chaining the SDK's
 * {@code Predicates}: each predicate is a lambda, and spinning a few dozen of them up costs
 * measurable time on a cold start.
 */
final class IntentGroupHandler implements RequestHandler {
    private final Conversation conversation;
    private final Set<IntentName> intents;

    IntentGroupHandler(Conversation conversation, Set<IntentName> intents) {
        this.conversation = conversation;
        this.intents = EnumSet.copyOf(intents);
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        IntentName name = nameOf(input.getRequestEnvelope().getRequest());
        return name != null && intents.contains(name);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        Intent intent = ((IntentRequest) request).getIntent();
        return conversation.respond(input, IntentEvents.translate(nameOf(request), intent));
    }

    /** Returns the intent's name if the request is an intent the skill knows, else null. */
    private static IntentName nameOf(Request request) {
        if (request instanceof IntentRequest r && r.getIntent() != null && r.getIntent().getName() != null) {
            return IntentName.fromModelName(r.getIntent().getName()).orElse(null);
        }
        return null;
    }
}

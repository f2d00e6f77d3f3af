package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import com.hipcheck.dialog.UserEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Handles one group of related intents: translates each into a {@link UserEvent} and hands it to
 * the conversation. The groups are wired in {@link HipCheckSkill}.
 */
final class IntentGroupHandler implements RequestHandler {
    private final Conversation conversation;
    private final Map<IntentName, Function<Intent, UserEvent>> translations;
    private final Predicate<HandlerInput> matches;

    IntentGroupHandler(Conversation conversation, Map<IntentName, Function<Intent, UserEvent>> translations) {
        this.conversation = conversation;
        this.translations = new EnumMap<>(translations);
        Predicate<HandlerInput> any = input -> false;
        for (IntentName name : this.translations.keySet()) {
            any = any.or(Predicates.intentName(name.modelName()));
        }
        this.matches = any;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return matches.test(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent();
        IntentName name = IntentName.fromModelName(intent.getName()).orElseThrow();
        return conversation.respond(input, translations.get(name).apply(intent));
    }
}

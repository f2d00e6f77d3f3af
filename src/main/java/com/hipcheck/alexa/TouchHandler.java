package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.hipcheck.dialog.UserEvent.Command;
import java.util.Optional;

/**
 * A button touched on one of Hip Check's screens ({@code Alexa.Presentation.APL.UserEvent}): it
 * goes to the dialog as the event its words mean when spoken (see {@link Touches}). Arguments no
 * screen of ours sends are logged and answered as words not understood.
 */
final class TouchHandler implements RequestHandler {
    private final Conversation conversation;

    TouchHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof UserEvent;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        UserEvent touch = (UserEvent) input.getRequestEnvelope().getRequest();
        Optional<com.hipcheck.dialog.UserEvent.Touched> touched = Touches.read(touch.getArguments());
        if (touched.isPresent()) {
            return conversation.respond(input, touched.get());
        }
        OpsLog.problem("touch_unreadable", touch.getRequestId(), conversation.phaseOf(input), null,
                "arguments " + touch.getArguments());
        return conversation.respond(input, Command.FALLBACK);
    }
}

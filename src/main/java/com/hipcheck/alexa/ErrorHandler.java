package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import java.util.Optional;

/**
 * Catches anything a handler threw: logs one line for operators and asks the user to say it
 * again. The session attributes go back unchanged, so no progress is lost.
 */
final class ErrorHandler implements ExceptionHandler {
    private final Conversation conversation;

    ErrorHandler(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        Request request = input.getRequestEnvelope().getRequest();
        OpsLog.problem("handler_error", request.getRequestId(), conversation.phaseOf(input),
                Conversation.nameOf(request), describe(throwable));
        return Optional.of(conversation.error(request.getLocale(), input.getRequestEnvelope().getSession() != null));
    }
    /** Returns the exception's type and the first frame of our own code, which is what an operator needs first. */
    private static String describe(Throwable throwable) {
        for (StackTraceElement frame : throwable.getStackTrace()) {
            if (frame.getClassName().startsWith("com.hipcheck.")) {
                return throwable.getClass().getSimpleName() + " at " + frame.getClassName() + "."
                        + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return throwable.getClass().getSimpleName();
    }
}

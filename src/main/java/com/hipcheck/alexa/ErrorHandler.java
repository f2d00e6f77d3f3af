package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.Response;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Phrasebook;
import java.util.Optional;

/**
 * Catches anything a handler threw: logs one line for operators and asks the user to say it
 * again. The session attributes go back unchanged, so no progress is lost.
 */
final class ErrorHandler implements ExceptionHandler {
    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        Request request = input.getRequestEnvelope().getRequest();
        OpsLog.problem("handler_error", request.getRequestId(), SessionCodec.phaseOf(input),
                Conversation.nameOf(request), describe(throwable));
        Phrasebook phrasebook = Phrasebook.forLocale(request.getLocale());
        String sorry = SpeechRenderer.ssml(Narration.of(Msg.ERROR_SORRY), phrasebook);
        boolean inSession = input.getRequestEnvelope().getSession() != null;
        return inSession
                ? input.getResponseBuilder().withSpeech(sorry).withReprompt(sorry).withShouldEndSession(false).build()
                : input.getResponseBuilder().withSpeech(sorry).withShouldEndSession(true).build();
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

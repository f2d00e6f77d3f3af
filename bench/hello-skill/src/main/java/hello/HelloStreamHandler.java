package hello;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.request.Predicates;
import java.util.Optional;

/** The SDK's hello-world sample, reduced to its handlers: the yardstick for Hip Check's benchmark. */
public class HelloStreamHandler extends SkillStreamHandler {
    public HelloStreamHandler() {
        super(new CustomSkillBuilder()
                .addRequestHandlers(new Launch(), new Hello(), new Help(), new StopOrCancel(), new Ended(),
                        new Fallback())
                .build());
    }

    static final class Launch implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        public Optional<Response> handle(HandlerInput input) {
            String speech = "Welcome to the Alexa Skills Kit, you can say hello";
            return input.getResponseBuilder().withSpeech(speech).withSimpleCard("HelloWorld", speech)
                    .withReprompt(speech).build();
        }
    }

    static final class Hello implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("HelloWorldIntent"));
        }

        public Optional<Response> handle(HandlerInput input) {
            String speech = "Hello world";
            return input.getResponseBuilder().withSpeech(speech).withSimpleCard("HelloWorld", speech)
                    .withReprompt("Say hello again").withShouldEndSession(false).build();
        }
    }

    static final class Help implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("AMAZON.HelpIntent"));
        }

        public Optional<Response> handle(HandlerInput input) {
            String speech = "You can say hello to me!";
            return input.getResponseBuilder().withSpeech(speech).withReprompt(speech).build();
        }
    }

    static final class StopOrCancel implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.intentName("AMAZON.StopIntent")
                    .or(Predicates.intentName("AMAZON.CancelIntent")));
        }

        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("Goodbye").withShouldEndSession(true).build();
        }
    }

    static final class Ended implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(SessionEndedRequest.class));
        }

        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().build();
        }
    }

    static final class Fallback implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return true;
        }

        public Optional<Response> handle(HandlerInput input) {
            String speech = "Sorry, I don't know that. You can say hello.";
            return input.getResponseBuilder().withSpeech(speech).withReprompt(speech).build();
        }
    }
}

package hello;

import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.request.Predicates;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The hello world with one DynamoDB read at launch: the client is built at class initialisation
 * as Hip Check builds its own (HISTORY_TABLE, HISTORY_ENDPOINT, AWS_REGION, default credentials,
 * url-connection client, 450 ms attempts, 1 s calls, two attempts), and each LaunchRequest reads
 * the user's item with sort key "unfinished".
 */
public class HelloStoreStreamHandler extends SkillStreamHandler {
    private static final String TABLE = System.getenv("HISTORY_TABLE");
    private static final DynamoDbClient CLIENT = client();

    public HelloStoreStreamHandler() {
        super(new CustomSkillBuilder()
                .addRequestHandlers(new Launch(), new HelloStreamHandler.Hello(), new HelloStreamHandler.Help(),
                        new HelloStreamHandler.StopOrCancel(), new HelloStreamHandler.Ended(),
                        new HelloStreamHandler.Fallback())
                .build());
    }

    private static DynamoDbClient client() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(System.getenv("AWS_REGION")))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(450))
                        .socketTimeout(Duration.ofMillis(450))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2).build())
                        .apiCallAttemptTimeout(Duration.ofMillis(450))
                        .apiCallTimeout(Duration.ofSeconds(1))
                        .build());
        String endpoint = System.getenv("HISTORY_ENDPOINT");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    static final class Launch implements RequestHandler {
        public boolean canHandle(HandlerInput input) {
            return input.matches(Predicates.requestType(LaunchRequest.class));
        }

        public Optional<Response> handle(HandlerInput input) {
            String user = input.getRequestEnvelope().getSession().getUser().getUserId();
            GetItemResponse item = CLIENT.getItem(g -> g.tableName(TABLE)
                    .key(Map.of("user", AttributeValue.fromS(user), "sk", AttributeValue.fromS("unfinished"))));
            String speech = item.hasItem() && !item.item().isEmpty()
                    ? "Welcome back, you can say hello"
                    : "Welcome to the Alexa Skills Kit, you can say hello";
            return input.getResponseBuilder().withSpeech(speech).withSimpleCard("HelloWorld", speech)
                    .withReprompt(speech).build();
        }
    }
}

package com.hipcheck.aws;

import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Keeps history in one DynamoDB table, through the SDK's low-level client on the JDK's
 * HttpURLConnection, with every call bounded: two attempts at most, {@value #ATTEMPT_MS} ms each,
 * {@value #CALL_MS} ms in all.
 *
 * <p>Item design. Partition key {@code user} (S, the Alexa user id), sort key {@code sk} (S):
 * <ul>
 *   <li>one item per result, {@code sk = result#<takenAt>}, the instant in UTC always with nine
 *       fraction digits so that sort keys order as instants do; written with
 *       {@code attribute_not_exists(sk)}, so no write replaces another (two devices, or a
 *       retried write, never overwrite a record). Attributes: {@code right}, {@code left} (one
 *       letter per question in asking order: Y, N or U), {@code rightOutcome},
 *       {@code leftOutcome} (the verdicts, for whoever reads the table; a load recomputes them
 *       from the answers), {@code stretch} (absent until chosen), {@code hold} (N, seconds);
 *   <li>one item for the unfinished test, {@code sk = unfinished}, with {@code savedAt} (S, the
 *       same fixed-width instant) and the answers so far ({@code -} for a question not yet
 *       answered); written only if absent or not newer ({@code savedAt <= :savedAt});
 *   <li>on every item {@code v} (N, the item format, 1) and {@code expiresAt} (N, epoch seconds,
 *       the table's TTL attribute): a year after a result, an hour after a place.
 * </ul>
 * {@code unfinished} sorts after every {@code result#...}, so {@link #load} is one Query of the
 * partition in descending order, limited to {@code RESULTS_LOADED + 1} items: the place, if
 * any, then the newest results. An item that cannot be read is skipped.
 *
 * <p>Every SDK failure (down, timed out, throttled, refused, a table that is not there) is
 * thrown as {@link StoreUnavailable} with a short message. Two condition failures are expected
 * and silent: a place older than the one kept, and a stretch for a record already forgotten.
 */
public final class DynamoDbHistoryStore implements HistoryStore {
    static final long ATTEMPT_MS = 450;
    static final long CALL_MS = 1_000;
    static final long CONNECT_MS = 450;
    static final long SOCKET_MS = 450;
    /** BatchWriteItem takes at most 25 requests. */
    private static final int BATCH = 25;
    /** Rounds of BatchWriteItem for items DynamoDB left unprocessed before giving up. */
    private static final int BATCH_ROUNDS = 4;
    private static final String NOT_EXISTS = "attribute_not_exists(#sk)";

    private final DynamoDbClient client;
    private final String table;

    private DynamoDbHistoryStore(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Returns the store {@link HistoryStores#fromEnvironment} builds, with the SDK's default credentials. */
    static DynamoDbHistoryStore fromEnvironment(String table, Map<String, String> env) {
        return fromEnvironment(table, env, DefaultCredentialsProvider.builder().build());
    }

    /** Returns the store for {@code env} with the given credentials, for tests that watch lookups. */
    static DynamoDbHistoryStore fromEnvironment(String table, Map<String, String> env,
            AwsCredentialsProvider credentials) {
        Optional<URI> endpoint = Optional.ofNullable(env.get(HistoryStores.ENDPOINT))
                .filter(e -> !e.isBlank())
                .map(e -> endpoint(e.strip()));
        String region = env.get(HistoryStores.REGION);
        if (region == null || region.isBlank()) {
            if (endpoint.isEmpty()) {
                throw new IllegalArgumentException(HistoryStores.TABLE + " is set but " + HistoryStores.REGION + " is not");
            }
            region = "us-east-1";
        }
        return new DynamoDbHistoryStore(client(Region.of(region.strip()), endpoint, credentials), table);
    }

    /** Returns a store at {@code endpoint} with dummy credentials, as {@link HistoryStores#atEndpoint}. */
    static DynamoDbHistoryStore atEndpoint(URI endpoint, String table) {
        return new DynamoDbHistoryStore(client(Region.US_EAST_1, Optional.of(endpoint),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))), table);
    }

    private static URI endpoint(String text) {
        URI uri = URI.create(text);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException(HistoryStores.ENDPOINT + " must be an http(s) URI: " + text);
        }
        return uri;
    }

    private static DynamoDbClient client(Region region, Optional<URI> endpoint, AwsCredentialsProvider credentials) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(new PrimableCredentials(credentials))
                .httpClient(new PrimableHttpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(CONNECT_MS))
                        .socketTimeout(Duration.ofMillis(SOCKET_MS))
                        .build()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(2).build())
                        .apiCallAttemptTimeout(Duration.ofMillis(ATTEMPT_MS))
                        .apiCallTimeout(Duration.ofMillis(CALL_MS))
                        .build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public History load(String user) throws StoreUnavailable {
        try {
            QueryResponse response = client.query(q -> q.tableName(table)
                    .keyConditionExpression("#u = :u")
                    .expressionAttributeNames(Map.of("#u", Items.USER))
                    .expressionAttributeValues(Map.of(":u", Items.s(user)))
                    .scanIndexForward(false)
                    .limit(RESULTS_LOADED + 1)
                    .consistentRead(true));
            return Items.history(response.items());
        } catch (SdkException e) {
            throw unavailable("Query", e);
        }
    }

    @Override
    public void saveResult(String user, TestRecord result) throws StoreUnavailable {
        try {
            putResult(user, result, NOT_EXISTS);
        } catch (ConditionalCheckFailedException e) {
            // The same record already kept is this write's own earlier attempt (or a repeat): done.
            if (!kept(user, result, e).equals(Optional.of(result))) {
                throw new StoreUnavailable("a different result taken at " + result.takenAt() + " is already kept", e);
            }
        } catch (SdkException e) {
            throw unavailable("PutItem", e);
        }
    }

    /**
     * Writes a result's item if {@code condition} (on {@code #sk}) holds; a failed condition
     * throws, with the item that is kept where the service returns it.
     */
    private void putResult(String user, TestRecord result, String condition) {
        client.putItem(p -> p.tableName(table)
                .item(Items.result(user, result))
                .conditionExpression(condition)
                .expressionAttributeNames(Map.of("#sk", Items.SK))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
    }

    /**
     * Returns the record that made a save's condition fail: from the failure itself where the
     * service returns it (DynamoDB does), else read with GetItem (dynalite returns none).
     */
    private Optional<TestRecord> kept(String user, TestRecord result, ConditionalCheckFailedException e)
            throws StoreUnavailable {
        if (e.hasItem() && !e.item().isEmpty()) {
            return Items.readResult(e.item());
        }
        try {
            GetItemResponse response = client.getItem(g -> g.tableName(table)
                    .key(Items.key(user, Items.resultKey(result.takenAt())))
                    .consistentRead(true));
            return response.hasItem() ? Items.readResult(response.item()) : Optional.empty();
        } catch (SdkException failed) {
            throw unavailable("GetItem", failed);
        }
    }

    @Override
    public void updateResult(String user, TestRecord result) throws StoreUnavailable {
        try {
            putResult(user, result, "attribute_exists(#sk)");
        } catch (ConditionalCheckFailedException gone) {
            // The record was forgotten meanwhile: it stays gone.
        } catch (SdkException e) {
            throw unavailable("PutItem", e);
        }
    }

    @Override
    public void keepPlace(String user, UnfinishedTest place) throws StoreUnavailable {
        try {
            client.putItem(p -> p.tableName(table)
                    .item(Items.place(user, place))
                    .conditionExpression(NOT_EXISTS + " OR #sa <= :sa")
                    .expressionAttributeNames(Map.of("#sk", Items.SK, "#sa", Items.SAVED_AT))
                    .expressionAttributeValues(Map.of(":sa", Items.s(Items.instant(place.savedAt())))));
        } catch (ConditionalCheckFailedException newer) {
            // Another device kept a newer place: that one stands.
        } catch (SdkException e) {
            throw unavailable("PutItem", e);
        }
    }

    @Override
    public void dropPlace(String user) throws StoreUnavailable {
        try {
            client.deleteItem(d -> d.tableName(table).key(Items.key(user, Items.PLACE_KEY)));
        } catch (SdkException e) {
            throw unavailable("DeleteItem", e);
        }
    }

    @Override
    public void forget(String user) throws StoreUnavailable {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page;
            try {
                page = client.query(q -> q.tableName(table)
                        .keyConditionExpression("#u = :u")
                        .projectionExpression("#u, #sk")
                        .expressionAttributeNames(Map.of("#u", Items.USER, "#sk", Items.SK))
                        .expressionAttributeValues(Map.of(":u", Items.s(user)))
                        .consistentRead(true)
                        .exclusiveStartKey(from));
            } catch (SdkException e) {
                throw unavailable("Query", e);
            }
            keys.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        for (int i = 0; i < keys.size(); i += BATCH) {
            deleteAll(keys.subList(i, Math.min(keys.size(), i + BATCH)));
        }
    }

    private void deleteAll(List<Map<String, AttributeValue>> keys) throws StoreUnavailable {
        List<WriteRequest> pending = keys.stream()
                .map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build())
                .toList();
        for (int round = 0; round < BATCH_ROUNDS && !pending.isEmpty(); round++) {
            List<WriteRequest> requests = pending;
            BatchWriteItemResponse response;
            try {
                response = client.batchWriteItem(b -> b.requestItems(Map.of(table, requests)));
            } catch (SdkException e) {
                throw unavailable("BatchWriteItem", e);
            }
            pending = response.hasUnprocessedItems() ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
        }
        if (!pending.isEmpty()) {
            throw new StoreUnavailable("BatchWriteItem left " + pending.size() + " items unprocessed after "
                    + BATCH_ROUNDS + " rounds");
        }
    }

    private static StoreUnavailable unavailable(String operation, SdkException e) {
        return new StoreUnavailable("DynamoDB " + operation + " failed: " + reason(e), e);
    }

    /** Returns why a call failed in a few words: a service error code, a time-out, or the client's exception. */
    static String reason(SdkException e) {
        if (e instanceof ApiCallTimeoutException) {
            return "timed out after " + CALL_MS + " ms";
        }
        if (e instanceof ApiCallAttemptTimeoutException) {
            return "attempt timed out after " + ATTEMPT_MS + " ms";
        }
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode() + " (HTTP " + service.statusCode() + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}

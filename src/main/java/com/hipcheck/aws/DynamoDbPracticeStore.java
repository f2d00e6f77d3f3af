package com.hipcheck.aws;

import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.StoreUnavailable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Keeps practice records in one DynamoDB table, through the SDK's low-level client on the JDK's
 * HttpURLConnection, with every call bounded: two attempts at most, {@value #ATTEMPT_MS} ms each,
 * {@value #CALL_MS} ms in all.
 *
 * <p>Item design. Partition key {@code user} (S, the Alexa user id), sort key {@code sk} (S):
 * {@code plan} for the account's own record, {@code plan#<personId>} for a person Alexa
 * recognised. One item per record, with {@code v} (N, the item format, 2), {@code sides} (L of S,
 * RIGHT/LEFT), {@code stretch} (S, absent until chosen), {@code holdSeconds} and {@code rounds}
 * (N), {@code testedOn} (S, yyyy-mm-dd, the latest test, absent when none), {@code testedBefore}
 * (L of S, the days of the tests before it, absent when none, as in items written before it),
 * {@code pausedOn} (S, yyyy-mm-dd, absent when none), {@code practisedOn} (L of S, days),
 * {@code updatedAt} (S, instant) and {@code expiresAt} (N, epoch seconds, the table's TTL
 * attribute: a year after {@code updatedAt}). {@link Items#ATTRIBUTES} is the list.
 *
 * <p>The layout before it (version 1: {@code result#<instant>} items with each side's answers and
 * verdict, and an {@code unfinished} item with the answers so far) is deleted, not converted,
 * when a load meets it: those items hold test answers and verdicts, which Hip Check no longer
 * keeps, and the user's yes was to keeping results, not to a plan drawn from them.
 *
 * <p>{@link #load} is one Query of the user's partition (their records and any old items); it
 * picks the owner's record and deletes old items it saw. Every SDK failure (down, timed out,
 * throttled, refused, a table that is not there) is thrown as {@link StoreUnavailable} with a
 * short message. One condition failure is expected and silent: a later keep of a record that was
 * forgotten meanwhile, which stays forgotten.
 */
public final class DynamoDbPracticeStore implements PracticeStore {
    /**
     * Every attribute an item of this store may carry, and nothing else: the privacy policy
     * ({@code docs/privacy.md}) names each one, and PrivacyPolicyTest holds the two together.
     */
    public static final Set<String> ATTRIBUTES = Items.ATTRIBUTES;
    static final long ATTEMPT_MS = 450;
    static final long CALL_MS = 1_000;
    static final long CONNECT_MS = 450;
    static final long SOCKET_MS = 450;
    /** BatchWriteItem takes at most 25 requests. */
    private static final int BATCH = 25;
    /** Rounds of BatchWriteItem for items DynamoDB left unprocessed before giving up. */
    private static final int BATCH_ROUNDS = 4;

    private final DynamoDbClient client;
    private final String table;

    private DynamoDbPracticeStore(DynamoDbClient client, String table) {
        this.client = Objects.requireNonNull(client, "client");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Returns the store {@link HistoryStores#fromEnvironment} builds, with the SDK's default credentials. */
    static DynamoDbPracticeStore fromEnvironment(String table, Map<String, String> env) {
        return fromEnvironment(table, env, DefaultCredentialsProvider.builder().build());
    }

    /** Returns the store for {@code env} with the given credentials, for tests that watch lookups. */
    static DynamoDbPracticeStore fromEnvironment(String table, Map<String, String> env,
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
        return new DynamoDbPracticeStore(client(Region.of(region.strip()), endpoint, credentials), table);
    }

    /** Returns a store at {@code endpoint} with dummy credentials, as {@link HistoryStores#atEndpoint}. */
    static DynamoDbPracticeStore atEndpoint(URI endpoint, String table) {
        return new DynamoDbPracticeStore(client(Region.US_EAST_1, Optional.of(endpoint),
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

    /** The most items one load reads: the user's records, and old items to delete. */
    static final int LOADED = 25;

    @Override
    public Optional<PracticeRecord> load(Owner who) throws StoreUnavailable {
        QueryResponse response;
        try {
            response = client.query(q -> q.tableName(table)
                    .keyConditionExpression("#u = :u")
                    .expressionAttributeNames(Map.of("#u", Items.USER))
                    .expressionAttributeValues(Map.of(":u", Items.s(who.userId())))
                    .limit(LOADED)
                    .consistentRead(true));
        } catch (SdkException e) {
            throw unavailable("Query", e);
        }
        String mine = Items.sortKey(who);
        Optional<PracticeRecord> found = Optional.empty();
        List<Map<String, AttributeValue>> old = new ArrayList<>(0);
        for (Map<String, AttributeValue> item : response.items()) {
            AttributeValue sk = item.get(Items.SK);
            if (sk == null || sk.s() == null) {
                continue;
            }
            if (sk.s().equals(mine)) {
                found = Items.read(item);
            } else if (!Items.isPlan(sk.s())) {
                old.add(Items.key(who.userId(), sk.s()));
            }
        }
        if (!old.isEmpty()) {
            // Best effort: what is left is deleted at the next load, and expires in any case.
            try {
                deleteAll(old);
            } catch (StoreUnavailable later) {
                // The record itself was read; the clean-up waits for the next visit.
            }
        }
        return found;
    }

    @Override
    public void keep(Owner who, PracticeRecord record, boolean first) throws StoreUnavailable {
        try {
            client.putItem(p -> {
                p.tableName(table).item(Items.item(who, record));
                if (!first) {
                    p.conditionExpression("attribute_exists(#sk)").expressionAttributeNames(Map.of("#sk", Items.SK));
                }
            });
        } catch (ConditionalCheckFailedException gone) {
            // Forgotten meanwhile: it stays gone.
        } catch (SdkException e) {
            throw unavailable("PutItem", e);
        }
    }

    @Override
    public void forget(Owner who) throws StoreUnavailable {
        try {
            client.deleteItem(d -> d.tableName(table).key(Items.key(who)));
        } catch (SdkException e) {
            throw unavailable("DeleteItem", e);
        }
    }

    @Override
    public void forgetAccount(String user) throws StoreUnavailable {
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

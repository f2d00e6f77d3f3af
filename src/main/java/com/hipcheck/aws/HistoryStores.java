package com.hipcheck.aws;

import com.hipcheck.domain.PracticeStore;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Builds the practice store the environment asks for, and primes it for a SnapStart snapshot.
 *
 * <p>This class names no AWS SDK type, so a function deployed without a table (no
 * {@value #TABLE}) loads none of the SDK: {@link #fromEnvironment} answers empty before any SDK
 * class is touched, and {@link #primed} only flips a switch. Call {@code fromEnvironment} once,
 * at class initialisation, so the client is built once and captured by the snapshot.
 */
public final class HistoryStores {
    /** The environment variable naming the DynamoDB table; unset or blank means no history. */
    public static final String TABLE = "HISTORY_TABLE";
    /**
     * The environment variable overriding the DynamoDB endpoint (such as
     * {@code http://127.0.0.1:PORT} for dynalite); unset on Lambda.
     */
    public static final String ENDPOINT = "HISTORY_ENDPOINT";
    /** The environment variable Lambda sets to the function's region. */
    public static final String REGION = "AWS_REGION";

    private HistoryStores() {}

    /**
     * Returns the DynamoDB store for the table named by {@value #TABLE} in {@code env}, or empty
     * when it is unset or blank. The region comes from {@value #REGION} (us-east-1 when an
     * {@value #ENDPOINT} override is given without one), credentials from the SDK's default chain,
     * looked up on the first real call, not here.
     *
     * @throws IllegalArgumentException if a table is named but the region is not, or the endpoint
     *     override is not an http(s) URI
     */
    public static Optional<PracticeStore> fromEnvironment(Map<String, String> env) {
        if (!named(env)) {
            return Optional.empty();
        }
        return Optional.of(DynamoDbPracticeStore.fromEnvironment(env.get(TABLE).strip(), env));
    }

    /** Returns whether {@code env} names a table, without touching the SDK. */
    public static boolean named(Map<String, String> env) {
        String table = env.get(TABLE);
        return table != null && !table.isBlank();
    }

    /**
     * Returns a DynamoDB store for {@code table} at {@code endpoint} (dynalite in tests and the
     * bench), in us-east-1 with fixed dummy credentials, bounded as the deployed one is.
     */
    public static PracticeStore atEndpoint(URI endpoint, String table) {
        return DynamoDbPracticeStore.atEndpoint(endpoint, table);
    }

    /**
     * Runs {@code action} with every DynamoDB store of this package answered in memory: each
     * request is marshalled and signed (with static dummy credentials, never the default chain)
     * and its canned response parsed as the SDK would, but no socket is opened and no table read
     * or written. A load answers a returning user: a record with the right side to stretch
     * with the edge-of-table stretch, tested on 2025-11-29 and 2025-12-20 and practised on
     * 2025-12-31; every write succeeds. Meant for the SnapStart priming conversation; concurrent
     * real calls on other threads are answered canned too while it runs. Calls after it returns go
     * to the real table.
     *
     * @return what {@code action} returns
     * @throws Exception what {@code action} throws
     */
    public static <T> T primed(Callable<T> action) throws Exception {
        PrimingSwitch.enter();
        try {
            return action.call();
        } finally {
            PrimingSwitch.exit();
        }
    }
}

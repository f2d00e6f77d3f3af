package com.hipcheck.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Sends requests through the real HTTP client, except while priming runs: then each DynamoDB
 * request is answered from a canned response in memory, so the SDK marshals, signs and parses as
 * it would for real without opening a socket.
 */
final class PrimableHttpClient implements SdkHttpClient {
    private static final String TARGET = "X-Amz-Target";
    private static final String PREFIX = "DynamoDB_20120810.";

    /** A returning user's partition, as {@link HistoryStores#primed} describes: one practice record. */
    static final String QUERY = """
            {"Count":1,"ScannedCount":1,"Items":[\
            {"user":{"S":"amzn1.ask.account.priming"},"sk":{"S":"plan"},"v":{"N":"2"},\
            "sides":{"L":[{"S":"RIGHT"}]},"stretch":{"S":"EDGE_OF_TABLE"},"holdSeconds":{"N":"30"},\
            "rounds":{"N":"1"},"testedOn":{"S":"2025-12-20"},"testedBefore":{"L":[{"S":"2025-11-29"}]},\
            "practisedOn":{"L":[{"S":"2025-12-31"}]},\
            "updatedAt":{"S":"2025-12-31T08:00:00Z"},"expiresAt":{"N":"1798704000"}}]}""";

    private final SdkHttpClient real;

    PrimableHttpClient(SdkHttpClient real) {
        this.real = Objects.requireNonNull(real, "real");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return PrimingSwitch.on() ? new Canned(request) : real.prepareRequest(request);
    }

    @Override
    public String clientName() {
        return real.clientName();
    }

    @Override
    public void close() {
        real.close();
    }

    /** Returns the canned response body for one DynamoDB operation. */
    static String body(String operation) {
        return switch (operation) {
            case "Query" -> QUERY;
            case "BatchWriteItem" -> "{\"UnprocessedItems\":{}}";
            default -> "{}";
        };
    }

    /** One request answered from memory. */
    private static final class Canned implements ExecutableHttpRequest {
        private final HttpExecuteRequest request;

        Canned(HttpExecuteRequest request) {
            this.request = request;
        }

        @Override
        public HttpExecuteResponse call() throws IOException {
            // Read the body as a real client would send it, so its writing is primed too.
            if (request.contentStreamProvider().isPresent()) {
                try (InputStream body = request.contentStreamProvider().get().newStream()) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            String target = request.httpRequest().firstMatchingHeader(TARGET).orElse("");
            String operation = target.startsWith(PREFIX) ? target.substring(PREFIX.length()) : target;
            byte[] body = body(operation).getBytes(StandardCharsets.UTF_8);
            PrimingSwitch.answeredCanned();
            return HttpExecuteResponse.builder()
                    .response(SdkHttpResponse.builder()
                            .statusCode(200)
                            .putHeader("Content-Type", "application/x-amz-json-1.0")
                            .putHeader("Content-Length", Integer.toString(body.length))
                            .putHeader("x-amzn-RequestId", "priming")
                            .build())
                    .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                    .build();
        }

        @Override
        public void abort() {
            // Nothing in flight: the answer is already in memory.
        }
    }
}

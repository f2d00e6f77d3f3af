package com.hipcheck.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * A dynalite server (a DynamoDB look-alike on Node.js, installed by bin/test into
 * tools/dynalite) for tests: started on a free loopback port before a test class, with the
 * history table created from template.yaml's own KeySchema and AttributeDefinitions, and stopped
 * after it. Data lives in memory only.
 *
 * <p>Use it as {@code @RegisterExtension static final Dynalite DYNALITE = new Dynalite();} on a
 * class tagged {@code @Tag(Dynalite.TAG)}. Tests
 * are skipped, with one line on standard error, when Node.js or the installed package is missing
 * (and silently when bin/test already said so with {@code -Dhipcheck.dynalite=skip}). For fault
 * tests: {@link #kill} (connections refused from then on), {@link #pause} and {@link #resume}
 * (SIGSTOP/SIGCONT: connections accepted but never answered), {@link #restart} (a new, empty
 * server on the same port).
 */
public final class Dynalite implements BeforeAllCallback, AfterAllCallback, ExecutionCondition, AutoCloseable {
    /**
     * The tag of every test class that uses this fixture: bin/test leaves those classes out when
     * Node.js is missing, instead of reporting each test as skipped.
     */
    public static final String TAG = "dynalite";
    /** The table name the tests use; the template lets CloudFormation name the real one. */
    public static final String TABLE = "hip-check-history";
    private static final String SKIP_PROPERTY = "hipcheck.dynalite";
    private static final AtomicBoolean SAID_WHY = new AtomicBoolean();
    private static final Duration START_LIMIT = Duration.ofSeconds(20);

    private final Path root;
    private Process process;
    private int port;
    /** http, or https when serve.js was given a key and certificate. */
    private String scheme = "http";
    private DynamoDbClient client;
    private ExtensionContext owner;

    /** Returns a fixture for the project in the working directory, as Maven runs tests. */
    public Dynalite() {
        this(Path.of("").toAbsolutePath());
    }

    /** Returns a fixture for the project at {@code root}. */
    public Dynalite(Path root) {
        this.root = root;
    }

    /** Returns why dynalite cannot run here, or empty when it can. */
    public static Optional<String> unavailable(Path root) {
        if (findNode().isEmpty()) {
            return Optional.of("Node.js (node) is not on the PATH");
        }
        if (!Files.isRegularFile(root.resolve("tools/dynalite/node_modules/dynalite/package.json"))) {
            return Optional.of("dynalite is not installed (bin/test installs it: npm ci in tools/dynalite)");
        }
        return Optional.empty();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("skip".equals(System.getProperty(SKIP_PROPERTY))) {
            return ConditionEvaluationResult.disabled("dynalite tests skipped by -D" + SKIP_PROPERTY + "=skip");
        }
        Optional<String> why = unavailable(root);
        if (why.isEmpty()) {
            return ConditionEvaluationResult.enabled("dynalite can run");
        }
        if (SAID_WHY.compareAndSet(false, true)) {
            System.err.println("Skipping the tests against dynalite: " + why.get());
        }
        return ConditionEvaluationResult.disabled(why.get());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // Nested classes see the outer class's extension: the outermost one owns the server.
        if (owner == null) {
            owner = context;
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context == owner) {
            owner = null;
            close();
        }
    }

    /**
     * Starts the server (on a free port the first time, on the same port after {@link #kill})
     * and creates the history table.
     */
    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        Path dir = root.resolve("tools/dynalite");
        Path log = root.resolve("target/dynalite.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(findNode().orElseThrow().toString(), "serve.js")
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (port != 0) {
            builder.environment().put("DYNALITE_PORT", Integer.toString(port));
        }
        // Standard input stays a pipe held by this JVM: serve.js exits when it closes, so a test
        // run that dies takes its server with it.
        process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String line;
        try {
            line = first.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("dynalite did not start within " + START_LIMIT + "; see " + log, e);
        }
        if (line == null || !line.startsWith("listening ")) {
            process.destroyForcibly();
            throw new IOException("dynalite did not start (" + line + "); see " + log);
        }
        String[] listening = line.substring("listening ".length()).strip().split(" ");
        port = Integer.parseInt(listening[0]);
        scheme = listening.length > 1 ? listening[1] : "http";
        if (client == null) {
            client = DynamoDbClient.builder()
                    .region(Region.US_EAST_1)
                    .endpointOverride(endpoint())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
        }
        createTable();
    }

    /**
     * Returns the server's endpoint, {@code http://127.0.0.1:PORT}, or {@code https://} when this
     * JVM's environment gives serve.js a key and certificate (DYNALITE_TLS_KEY and DYNALITE_TLS_CERT;
     * the JVM must then trust that certificate).
     */
    public URI endpoint() {
        return URI.create(scheme + "://127.0.0.1:" + port);
    }

    /** Returns the name of the history table. */
    public String table() {
        return TABLE;
    }

    /** Returns the environment {@link HistoryStores#fromEnvironment} needs to use this server. */
    public Map<String, String> environment() {
        return Map.of(HistoryStores.TABLE, TABLE, HistoryStores.ENDPOINT, endpoint().toString(),
                HistoryStores.REGION, "us-east-1");
    }

    /** Returns a store on this server's table, bounded as the deployed one is. */
    public com.hipcheck.domain.PracticeStore store() {
        return HistoryStores.atEndpoint(endpoint(), TABLE);
    }

    /** Returns a plain client of this server (no time limits), to seed or scan the table. */
    public DynamoDbClient client() {
        return client;
    }

    /** Kills the server (SIGKILL): connections are refused until {@link #start} or {@link #restart}. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops the server with SIGSTOP: connections are accepted but nothing is answered. */
    public void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a paused server go on (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    /** Kills the server and starts a new, empty one on the same port, with the table created again. */
    public void restart() throws IOException, InterruptedException {
        kill();
        start();
    }

    /** Stops the server and closes the client. */
    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                resume();
            } catch (IOException | InterruptedException e) {
                // Killed below all the same.
            }
            process.destroyForcibly();
            process = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill " + signal + " " + process.pid() + " failed");
        }
    }

    private void createTable() throws IOException {
        JsonNode properties = templateTable();
        List<KeySchemaElement> keys = new ArrayList<>();
        for (JsonNode key : properties.path("KeySchema")) {
            keys.add(KeySchemaElement.builder()
                    .attributeName(key.path("AttributeName").asText())
                    .keyType(key.path("KeyType").asText())
                    .build());
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (JsonNode attribute : properties.path("AttributeDefinitions")) {
            attributes.add(AttributeDefinition.builder()
                    .attributeName(attribute.path("AttributeName").asText())
                    .attributeType(attribute.path("AttributeType").asText())
                    .build());
        }
        client.createTable(t -> t.tableName(TABLE)
                .keySchema(keys)
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.fromValue(properties.path("BillingMode").asText())));
        client.waiter().waitUntilTableExists(r -> r.tableName(TABLE));
    }

    /** Returns the Properties of the one DynamoDB table in the template.yaml at {@code at}. */
    static JsonNode readTable(Path at) throws IOException {
        JsonNode template = new YAMLMapper().readTree(at.resolve("template.yaml").toFile());
        for (JsonNode resource : template.path("Resources")) {
            if (resource.path("Type").asText().equals("AWS::DynamoDB::Table")) {
                return resource.path("Properties");
            }
        }
        throw new IOException("template.yaml defines no AWS::DynamoDB::Table");
    }

    private JsonNode templateTable() throws IOException {
        return readTable(root);
    }

    private static Optional<Path> findNode() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path node = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(node)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }
}

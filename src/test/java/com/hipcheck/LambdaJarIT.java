package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the built Lambda jar (so it runs after {@code package}, under failsafe) and checks that it
 * holds what Lambda runs and none of the local tools, which are built into hip-check-local.jar.
 */
class LambdaJarIT {
    private static final Path JAR = Path.of("target", "hip-check.jar");
    private static final String LOCAL = "com/hipcheck/local/";

    private static List<String> entries;

    @BeforeAll
    static void readTheJar() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is not built");
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
        System.out.printf("%s: %d KiB, %d entries%n", JAR, Files.size(JAR) / 1024, entries.size());
    }

    @Test
    void holdsTheLambdaHandler() {
        assertTrue(entries.contains("com/hipcheck/alexa/HipCheckStreamHandler.class"));
    }

    @Test
    void holdsTheDynamoDbStoreAndTheSdkItRunsOn() {
        assertTrue(entries.contains("com/hipcheck/aws/DynamoDbPracticeStore.class"));
        assertTrue(entries.contains("com/hipcheck/aws/HistoryStores.class"));
        assertTrue(entries.contains("software/amazon/awssdk/services/dynamodb/DynamoDbClient.class"));
        assertTrue(entries.contains("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class"));
    }

    /** The SDK's other HTTP clients are excluded in pom.xml: they would cost a cold start for nothing. */
    @Test
    void holdsNoOtherSdkHttpClient() {
        assertEquals(List.of(), entries.stream()
                .filter(e -> e.startsWith("software/amazon/awssdk/http/nio/") || e.startsWith("software/amazon/awssdk/http/apache")
                        || e.startsWith("io/netty/") || e.startsWith("org/apache/http/") || e.startsWith("org/apache/hc/"))
                .toList());
    }

    @Test
    void holdsNoLocalClass() {
        assertEquals(List.of(), entries.stream().filter(e -> e.startsWith(LOCAL)).toList());
    }

    /**
     * An import is not the only way to name a local class (a fully qualified name, a class name in
     * a string), and such a reference would fail on Lambda only when its line runs: read the class
     * files themselves.
     */
    @Test
    void noClassInTheJarRefersToALocalClass() throws IOException {
        List<String> referring = new ArrayList<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : jar.stream().filter(LambdaJarIT::isOurClass).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    // Names sit in the constant pool as (modified) UTF-8, plain ASCII here: a class
                    // reference with slashes, a name for Class.forName with dots.
                    String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (constants.contains(LOCAL) || constants.contains(LOCAL.replace('/', '.'))) {
                        referring.add(entry.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), referring);
    }

    private static boolean isOurClass(ZipEntry entry) {
        return entry.getName().startsWith("com/hipcheck/") && entry.getName().endsWith(".class");
    }
}

package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps dependencies pointing inward, read from the import lines of the main sources. */
class ArchitectureTest {
    static final Path ROOT = Path.of("src", "main", "java", "com", "hipcheck");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;");

    /** One import line of one main source file. */
    record Import(String pkg, Path file, String name) {
        @Override
        public String toString() {
            return ROOT.relativize(file) + ": " + name;
        }
    }

    /** Returns the imports of every source file in {@code pkg} (a folder under com/hipcheck). */
    static List<Import> importsOf(String pkg) {
        List<Import> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    Matcher m = IMPORT.matcher(line);
                    if (m.find()) {
                        imports.add(new Import(pkg, file, m.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "narration", "dialog", "alexa", "local", "aws"})
    void everyPackageHasSourcesToCheck(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(pkg))) {
            assertFalse(files.noneMatch(f -> f.toString().endsWith(".java")), pkg + " has no sources");
        }
    }

    @ParameterizedTest(name = "{0} imports only {1}")
    @CsvSource({
            "domain,    java.",
            "narration, java. com.hipcheck.domain. com.hipcheck.narration.",
            "dialog,    java. com.hipcheck.domain. com.hipcheck.narration. com.hipcheck.dialog.",
            "aws,       java. com.hipcheck.domain. com.hipcheck.aws. software.amazon.awssdk.",
    })
    void theCoreImportsOnlyTheJdkAndPackagesFurtherIn(String pkg, String allowed) {
        List<String> prefixes = Arrays.asList(allowed.split(" "));

        List<Import> stray = importsOf(pkg).stream()
                .filter(i -> prefixes.stream().noneMatch(i.name()::startsWith))
                .toList();

        assertEquals(List.of(), stray);
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "narration", "dialog"})
    void nothingInTheCoreImportsTheAdapters(String pkg) {
        List<Import> stray = importsOf(pkg).stream()
                .filter(i -> i.name().startsWith("com.hipcheck.alexa.") || i.name().startsWith("com.hipcheck.local.")
                        || i.name().startsWith("com.hipcheck.aws."))
                .toList();

        assertEquals(List.of(), stray);
    }

    /** Calls to Alexa's APIs are effects the adapter carries out; the core only decides. */
    @ParameterizedTest
    @ValueSource(strings = {"domain", "narration", "dialog"})
    void nothingInTheCoreImportsTheHttpClient(String pkg) {
        List<Import> stray = importsOf(pkg).stream()
                .filter(i -> i.name().startsWith("java.net.http."))
                .toList();

        assertEquals(List.of(), stray);
    }

    /** The Lambda jar leaves the local tools out (LambdaJarIT), so the adapter must not need them. */
    @Test
    void theAlexaAdapterDoesNotImportTheLocalTools() {
        List<Import> stray = importsOf("alexa").stream()
                .filter(i -> i.name().startsWith("com.hipcheck.local."))
                .toList();

        assertEquals(List.of(), stray);
    }

    @ParameterizedTest
    @ValueSource(strings = {"domain", "narration", "dialog"})
    void onlyTheAlexaAdapterAndLocalToolsImportAmazonCode(String pkg) {
        List<Import> stray = importsOf(pkg).stream()
                .filter(i -> i.name().startsWith("com.amazon.") || i.name().startsWith("com.amazonaws."))
                .toList();

        assertEquals(List.of(), stray);
    }

    @Test
    void everyPackageThatImportsAmazonCodeIsAlexaOrLocal() throws IOException {
        List<String> packages;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        List<Import> stray = packages.stream()
                .filter(p -> !p.equals("alexa") && !p.equals("local"))
                .flatMap(p -> importsOf(p).stream())
                .filter(i -> i.name().startsWith("com.amazon.") || i.name().startsWith("com.amazonaws."))
                .toList();

        assertEquals(List.of(), stray);
    }

    /** The SDK stays behind the store port: only the aws adapter may name it. */
    @Test
    void onlyTheAwsAdapterImportsTheAwsSdk() throws IOException {
        List<String> packages;
        try (Stream<Path> dirs = Files.list(ROOT)) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        List<Import> stray = packages.stream()
                .filter(p -> !p.equals("aws"))
                .flatMap(p -> importsOf(p).stream())
                .filter(i -> i.name().startsWith("software.amazon.awssdk."))
                .toList();

        assertEquals(List.of(), stray);
    }
}

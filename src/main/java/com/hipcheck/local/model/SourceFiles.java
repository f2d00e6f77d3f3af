package com.hipcheck.local.model;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code models/source} from disk: which locales to generate ({@code locales.txt}), and each
 * locale's source, the shared files of its language ({@code en/}) followed by its own overlay
 * ({@code en-GB/}), which may be missing.
 */
final class SourceFiles {
    static final String LOCALES = "locales.txt";
    static final String SKELETON = "skeleton.json";
    static final String SETS = "sets.txt";
    static final String INVOCATION = "invocation.txt";

    /** Catches a key written twice in the skeleton, which a lenient reader would quietly resolve. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SourceFiles() {}

    /** Returns the locales listed in {@code root/locales.txt}, one a line. */
    static List<String> locales(Path root) throws IOException {
        List<String> locales = new ArrayList<>();
        for (SourceLine line : lines(root, LOCALES)) {
            String locale = line.text().strip();
            if (!locale.matches("[a-z]{2}-[A-Z]{2}")) {
                throw new IOException(line.quoted() + ": a locale is written like en-US");
            }
            locales.add(locale);
        }
        return locales;
    }

    /** Returns the source of {@code locale}: its language's shared files, then its own overlay. */
    static ModelSource read(Path root, String locale) throws IOException {
        String language = locale.substring(0, 2);
        String skeletonFile = language + "/" + SKELETON;
        Path skeletonPath = root.resolve(skeletonFile);
        if (!Files.isRegularFile(skeletonPath)) {
            throw new IOException(root.resolve(language) + " has no " + SKELETON + ": every language needs one");
        }
        JsonNode skeleton;
        try {
            skeleton = STRICT.readTree(Files.readAllBytes(skeletonPath));
        } catch (IOException e) {
            throw new IOException(skeletonFile + " is not valid JSON: " + e.getMessage(), e);
        }
        List<SourceLine> sets = new ArrayList<>(lines(root, language + "/" + SETS));
        sets.addAll(lines(root, locale + "/" + SETS));
        Map<String, List<SourceLine>> intents = folder(root, language + "/intents");
        merge(intents, folder(root, locale + "/intents"));
        Map<String, List<SourceLine>> types = folder(root, language + "/types");
        merge(types, folder(root, locale + "/types"));
        Optional<SourceLine> invocation = lines(root, locale + "/" + INVOCATION).stream()
                .filter(line -> !line.isBlank())
                .findFirst();
        return new ModelSource(locale, skeleton, skeletonFile, invocation, sets, intents, types);
    }

    /** Returns each .txt file of {@code folder} by name (without .txt), in name order; none if it is missing. */
    private static Map<String, List<SourceLine>> folder(Path root, String folder) throws IOException {
        Map<String, List<SourceLine>> files = new LinkedHashMap<>();
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(dir)) {
            paths = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path path : paths) {
            String name = path.getFileName().toString();
            files.put(name.substring(0, name.length() - ".txt".length()), lines(root, folder + "/" + name));
        }
        return files;
    }

    private static void merge(Map<String, List<SourceLine>> shared, Map<String, List<SourceLine>> overlay) {
        overlay.forEach((name, lines) -> shared.merge(name, lines, (a, b) -> {
            List<SourceLine> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
    }

    /** Returns the lines of {@code file} (relative to {@code root}) that hold more than a comment; none if it is missing. */
    private static List<SourceLine> lines(Path root, String file) throws IOException {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        List<String> raw = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            SourceLine line = SourceLine.of(file, i + 1, raw.get(i));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}

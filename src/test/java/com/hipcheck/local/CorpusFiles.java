package com.hipcheck.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a corpus folder: every {@code .txt} file, a line {@code moment | words | meaning}, # comments skipped. */
final class CorpusFiles {
    private CorpusFiles() {}

    /** One line of a corpus, its three parts stripped, with where it stands. */
    record Row(String file, int number, String moment, String words, String meaning) {}

    /**
     * Returns the rows of the shared corpus files in {@code dir}, then those of {@code dir/<locale>/}
     * if that folder exists, each file named there as {@code <locale>/<file>}.
     */
    static List<Row> readWithLocale(Path dir, String locale) throws IOException {
        List<Row> rows = new ArrayList<>(read(dir));
        Path own = dir.resolve(locale);
        if (Files.isDirectory(own)) {
            for (Row row : read(own)) {
                rows.add(new Row(locale + "/" + row.file(), row.number(), row.moment(), row.words(), row.meaning()));
            }
        }
        return rows;
    }

    /** Returns the rows of every corpus file in {@code dir}, by file name; a moment must be one {@link Moments} knows. */
    static List<Row> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                String raw = text.get(i).strip();
                if (raw.isEmpty() || raw.startsWith("#")) {
                    continue;
                }
                String[] parts = raw.split("\\|");
                String where = file.getFileName() + ":" + (i + 1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException(where + " is not \"moment | words | meaning\": " + raw);
                }
                String moment = parts[0].strip();
                Moments.stepsTo(moment); // fails on an unknown moment
                rows.add(new Row(file.getFileName().toString(), i + 1, moment, parts[1].strip(), parts[2].strip()));
            }
        }
        return rows;
    }
}

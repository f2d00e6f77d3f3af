package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading models/source from disk: a locale is its language's shared files, then its own overlay. */
class SourceFilesTest {
    @TempDir
    Path root;

    @Test
    void aLocaleReadsTheSharedFilesThenItsOverlay() throws IOException {
        write("locales.txt", "# comment\nen-US\nen-GB\n");
        write("en/skeleton.json", "{\"interactionModel\": {\"languageModel\": {\"invocationName\": \"hip check\"}}}");
        write("en/sets.txt", "@lead = (okay|yeah)\n");
        write("en/intents/ReadyIntent.txt", "# what ready means\n[@lead] ready\n\ni'm set\n");
        write("en/types/SIDE.txt", "LEFT: left\n  left side\n");
        write("en-GB/sets.txt", "@lead += right\n");
        write("en-GB/intents/ReadyIntent.txt", "ready when you are  # a comment\n");
        write("en-GB/types/SIDE.txt", "LEFT:\n  left hand side\n");
        write("en-GB/invocation.txt", "# the name people in Britain say\nhip check\n");

        assertEquals(List.of("en-US", "en-GB"), SourceFiles.locales(root));
        ModelSource us = SourceFiles.read(root, "en-US");
        ModelSource gb = SourceFiles.read(root, "en-GB");

        assertEquals(List.of(new SourceLine("en/intents/ReadyIntent.txt", 2, "[@lead] ready"),
                new SourceLine("en/intents/ReadyIntent.txt", 4, "i'm set")), us.intents().get("ReadyIntent"));
        assertEquals(Optional.empty(), us.invocationName());
        assertEquals(List.of(new SourceLine("en/intents/ReadyIntent.txt", 2, "[@lead] ready"),
                new SourceLine("en/intents/ReadyIntent.txt", 4, "i'm set"),
                new SourceLine("en-GB/intents/ReadyIntent.txt", 1, "ready when you are")),
                gb.intents().get("ReadyIntent"));
        assertEquals(List.of("LEFT: left", "  left side", "LEFT:", "  left hand side"),
                gb.types().get("SIDE").stream().map(SourceLine::text).toList());
        assertEquals(List.of("@lead = (okay|yeah)", "@lead += right"),
                gb.sets().stream().map(SourceLine::text).toList());
        assertEquals(Optional.of(new SourceLine("en-GB/invocation.txt", 2, "hip check")), gb.invocationName());
        assertEquals("en/skeleton.json", gb.skeletonFile());
    }

    @Test
    void aLocaleIsWrittenLikeEnUs() throws IOException {
        write("locales.txt", "en_US\n");

        IOException e = assertThrows(IOException.class, () -> SourceFiles.locales(root));

        assertEquals("locales.txt:1 \"en_US\": a locale is written like en-US", e.getMessage());
    }

    @Test
    void aLanguageWithoutASkeletonIsRefused() throws IOException {
        write("locales.txt", "fr-FR\n");

        IOException e = assertThrows(IOException.class, () -> SourceFiles.read(root, "fr-FR"));

        assertEquals(root.resolve("fr") + " has no skeleton.json: every language needs one", e.getMessage());
    }

    @Test
    void aSkeletonWithAKeyTwiceIsRefused() throws IOException {
        write("en/skeleton.json", "{\"interactionModel\": {}, \"interactionModel\": {}}");

        IOException e = assertThrows(IOException.class, () -> SourceFiles.read(root, "en-US"));

        assertEquals(true, e.getMessage().startsWith("en/skeleton.json is not valid JSON: Duplicate field"),
                e.getMessage());
    }

    private void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}

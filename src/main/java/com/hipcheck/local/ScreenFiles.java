package com.hipcheck.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes each turn's screen into one directory for {@code bin/run --screens DIR}: for turn 3 showing
 * SETUP_LIE.RIGHT, {@code 03-SETUP_LIE.RIGHT.document.json} (the APL document as sent),
 * {@code 03-SETUP_LIE.RIGHT.datasource.json} (the directive's {@code datasources}) and, when the
 * renderer can draw it, {@code 03-SETUP_LIE.RIGHT.png} as a 1024x600 Echo Show first shows it.
 */
final class ScreenFiles implements AutoCloseable {
    /** The files one screen was written to; {@code png} is empty when it was not drawn. */
    record Written(Path document, Path datasource, Optional<Path> png) {
        /** Returns the file to point the user to: the picture if there is one. */
        Path shown() {
            return png.orElse(datasource);
        }
    }

    private final Path dir;
    private final PngRenderer renderer;
    private final ObjectWriter json = new ObjectMapper().writerWithDefaultPrettyPrinter();

    ScreenFiles(Path dir, PngRenderer renderer) {
        this.dir = dir;
        this.renderer = renderer;
    }

    /** Writes the files of {@code screen}, shown on turn {@code turn}; the JSON first, so it is there if drawing fails. */
    Written write(int turn, ShownScreen screen) throws IOException {
        Files.createDirectories(dir);
        String stem = screen.fileStem(turn);
        Path document = dir.resolve(stem + ".document.json");
        Path datasource = dir.resolve(stem + ".datasource.json");
        Files.writeString(document, json.writeValueAsString(screen.document()) + "\n");
        Files.writeString(datasource, json.writeValueAsString(screen.datasources()) + "\n");
        Path png = dir.resolve(stem + ".png");
        // A picture left by an earlier run must not pass for this turn's when this one is not drawn.
        Files.deleteIfExists(png);
        return new Written(document, datasource, renderer.render(document, datasource, png));
    }

    @Override
    public void close() {
        renderer.close();
    }
}

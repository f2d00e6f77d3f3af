package com.hipcheck.local;

import java.nio.file.Path;
import java.util.Optional;

/** Draws a screen (an APL document and its datasources, each in a file) as a PNG; for {@link ScreenFiles}. */
interface PngRenderer extends AutoCloseable {
    /**
     * Writes the PNG of the document in {@code document} with the datasources in {@code datasources}
     * to {@code png}, and returns it; empty when it could not, which the renderer has already said.
     * Never throws: a screen that cannot be drawn must not break the conversation.
     */
    Optional<Path> render(Path document, Path datasources, Path png);

    /** Stops whatever the renderer started; never throws. */
    @Override
    void close();
}

package com.hipcheck.local.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * Writes a model as {@code models/en-US.json} has always been written (as the Alexa developer
 * console writes it): two-space indents, one array element a line, {@code "key": value}, empty
 * arrays as {@code []}, a newline at the end, on every platform the same bytes.
 */
final class ModelJson {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(
            new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withObjectIndenter(INDENT)
                    .withArrayIndenter(INDENT));

    private ModelJson() {}

    /** Returns {@code model} as the text of a model file. */
    static String write(JsonNode model) {
        try {
            return WRITER.writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; this would be a bug in Jackson.
            throw new UncheckedIOException(e);
        }
    }
}

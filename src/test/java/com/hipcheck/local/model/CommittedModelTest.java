package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed models are generated, never edited by hand: each {@code models/<locale>.json} is
 * byte for byte what {@code models/source} generates, so bin/test fails until bin/model is run.
 */
class CommittedModelTest {
    static final Path SOURCE = Path.of("models", "source");

    static List<String> locales() throws IOException {
        return SourceFiles.locales(SOURCE);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theCommittedModelIsWhatTheTemplatesGenerate(String locale) throws Exception {
        GeneratedModel model = ModelGenerator.generate(SourceFiles.read(SOURCE, locale));
        Path committed = Path.of("models", model.fileName());
        assertTrue(Files.isRegularFile(committed), committed + " is missing: run bin/model");

        Optional<String> difference = model.firstDifferenceFrom(Files.readString(committed, StandardCharsets.UTF_8));

        assertFalse(difference.isPresent(), () -> committed + " is not what models/source generates ("
                + difference.get() + "): edit models/source, not the model, and run bin/model");
    }

    /** Read from the generated file itself, apart from the generator's own check, which this test backs up. */
    @ParameterizedTest
    @MethodSource("locales")
    void noSampleIsClaimedByTwoIntentsAfterExpansion(String locale) throws Exception {
        GeneratedModel model = ModelGenerator.generate(SourceFiles.read(SOURCE, locale));
        JsonNode intents = JsonMapper.builder().build().readTree(model.json())
                .path("interactionModel").path("languageModel").path("intents");

        Map<String, String> claimedBy = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (JsonNode intent : intents) {
            for (JsonNode sample : intent.path("samples")) {
                String other = claimedBy.putIfAbsent(sample.asText(), intent.path("name").asText());
                if (other != null) {
                    clashes.add("\"" + sample.asText() + "\": " + other + " and " + intent.path("name").asText());
                }
            }
        }

        assertEquals(List.of(), clashes);
        assertTrue(model.samples() > 0);
    }
}

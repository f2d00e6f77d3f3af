package com.hipcheck.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The limits Alexa documents for one locale's interaction model, and how far a model is from each.
 * models/source/README.md says where each number is stated, and which limits could not be found.
 */
final class AlexaLimits {
    /** The table "Interaction model limits" in the ASK docs page "Create the Interaction Model for Your Skill". */
    static final String TABLE = "ASK docs, Create the Interaction Model for Your Skill: Interaction model limits";
    /** The older ASK page that stated a skill-wide count of slot values (no longer in the table above). */
    static final String OLD_REFERENCE = "ASK docs (older), Custom Interaction Model Reference: custom slot values";

    static final int INTENTS = 250;
    static final int INTENTS_AND_SLOT_TYPES = 350;
    /** "1.5 MB", read as the smaller of its two meanings, 1,500,000 bytes, and measured on the file as written. */
    static final int MODEL_BYTES = 1_500_000;
    static final int VALUE_CHARACTERS = 140;
    static final int SYNONYM_CHARACTERS = 140;
    static final int SLOT_VALUES = 50_000;

    /** One limit and where a model stands against it. */
    record Measure(String what, long value, long limit, String source) {
        boolean within() {
            return value <= limit;
        }

        @Override
        public String toString() {
            return String.format("%-38s %8d of %8d  (%s)", what, value, limit,
                    within() ? (limit - value) + " to spare" : "OVER by " + (value - limit));
        }
    }

    private AlexaLimits() {}

    /** Returns where {@code json}, the text of a model file, stands against each limit. */
    static List<Measure> measure(JsonNode languageModel, String json) {
        int intents = languageModel.path("intents").size();
        int types = languageModel.path("types").size();
        int values = 0;
        int longestValue = 0;
        int longestSynonym = 0;
        for (JsonNode type : languageModel.path("types")) {
            for (JsonNode value : type.path("values")) {
                values++;
                longestValue = Math.max(longestValue, value.path("name").path("value").asText().length());
                for (JsonNode synonym : value.path("name").path("synonyms")) {
                    longestSynonym = Math.max(longestSynonym, synonym.asText().length());
                }
            }
        }
        return List.of(
                new Measure("intents (built-in ones counted too)", intents, INTENTS, TABLE),
                new Measure("intents and custom slot types", intents + types, INTENTS_AND_SLOT_TYPES, TABLE),
                new Measure("model size, bytes of the file", json.getBytes(StandardCharsets.UTF_8).length, MODEL_BYTES,
                        TABLE),
                new Measure("characters in the longest slot value", longestValue, VALUE_CHARACTERS, TABLE),
                new Measure("characters in the longest synonym", longestSynonym, SYNONYM_CHARACTERS, TABLE),
                new Measure("custom slot values in the model", values, SLOT_VALUES, OLD_REFERENCE));
    }
}

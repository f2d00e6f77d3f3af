package com.hipcheck.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one locale's model is made from, read from disk but not yet interpreted: the
 * skeleton, and the lines of the set definitions, of each intent's templates and of each slot
 * type, the shared English lines first and the locale's own after them.
 *
 * @param locale such as "en-US"
 * @param skeleton the model without samples or slot values ({@code en/skeleton.json})
 * @param skeletonFile where the skeleton came from, for messages
 * @param invocationName the locale's own invocation name, if its overlay sets one
 * @param sets the lines of {@code sets.txt}
 * @param intents each intent's template lines, by intent name (the file name without .txt)
 * @param types each slot type's lines, by type name
 */
record ModelSource(String locale, JsonNode skeleton, String skeletonFile, Optional<SourceLine> invocationName,
        List<SourceLine> sets, Map<String, List<SourceLine>> intents, Map<String, List<SourceLine>> types) {

    ModelSource {
        sets = List.copyOf(sets);
        intents = Map.copyOf(intents);
        types = Map.copyOf(types);
    }
}

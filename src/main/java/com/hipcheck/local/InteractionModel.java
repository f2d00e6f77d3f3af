package com.hipcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The interaction model of one locale ({@code models/en-US.json}), read as Alexa reads it: the
 * invocation name, each intent's slots and samples, and each slot type's values with ids and
 * synonyms. Used on this machine to build requests the way Alexa's language understanding would.
 */
public record InteractionModel(String invocationName, Map<String, IntentDef> intents, Map<String, List<SlotValue>> types) {

    /** One intent: its slots (name to type) and its sample utterances. */
    public record IntentDef(String name, Map<String, String> slots, List<String> samples) {}

    /** One value of a custom slot type. */
    public record SlotValue(String id, String value, List<String> synonyms) {}

    /** A spoken value resolved against a slot type: the catalogue entry, if the words matched one. */
    public record Resolution(String spoken, Optional<SlotValue> match) {}

    public static final Path DEFAULT_PATH = Path.of("models", "en-US.json");

    /** Reads the model from {@code path}. */
    public static InteractionModel load(Path path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(path));
        JsonNode lm = root.path("interactionModel").path("languageModel");
        if (!lm.isObject()) {
            throw new IOException(path + " has no interactionModel.languageModel");
        }
        Map<String, IntentDef> intents = new LinkedHashMap<>();
        for (JsonNode intent : lm.path("intents")) {
            Map<String, String> slots = new LinkedHashMap<>();
            for (JsonNode slot : intent.path("slots")) {
                slots.put(slot.path("name").asText(), slot.path("type").asText());
            }
            List<String> samples = new ArrayList<>();
            intent.path("samples").forEach(s -> samples.add(s.asText()));
            String name = intent.path("name").asText();
            intents.put(name, new IntentDef(name, Collections.unmodifiableMap(slots), List.copyOf(samples)));
        }
        Map<String, List<SlotValue>> types = new LinkedHashMap<>();
        for (JsonNode type : lm.path("types")) {
            List<SlotValue> values = new ArrayList<>();
            for (JsonNode v : type.path("values")) {
                List<String> synonyms = new ArrayList<>();
                v.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
                values.add(new SlotValue(v.path("id").asText(), v.path("name").path("value").asText(),
                        List.copyOf(synonyms)));
            }
            types.put(type.path("name").asText(), List.copyOf(values));
        }
        // In the model's own order (Map.copyOf would shuffle it per run), so that when two samples
        // match equally well the resolver's choice is the same on every run.
        return new InteractionModel(lm.path("invocationName").asText(), Collections.unmodifiableMap(intents),
                Collections.unmodifiableMap(types));
    }

    /** Returns the slot type of {@code slot} on {@code intent}, if declared. */
    public Optional<String> slotType(String intent, String slot) {
        IntentDef def = intents.get(intent);
        return def == null ? Optional.empty() : Optional.ofNullable(def.slots().get(slot));
    }

    /** Returns whether {@code type} is a custom type of this model (rather than an Amazon one). */
    public boolean isCustomType(String type) {
        return types.containsKey(type);
    }

    /**
     * Resolves spoken words against a custom slot type, as Alexa's entity resolution does: a value
     * or one of its synonyms, ignoring case; or the value's id itself.
     */
    public Resolution resolve(String type, String spoken) {
        String wanted = spoken.strip().toLowerCase(Locale.ROOT);
        for (SlotValue v : types.getOrDefault(type, List.of())) {
            boolean hit = v.value().equalsIgnoreCase(wanted) || v.id().equalsIgnoreCase(wanted)
                    || v.synonyms().stream().anyMatch(s -> s.equalsIgnoreCase(wanted));
            if (hit) {
                return new Resolution(spoken, Optional.of(v));
            }
        }
        return new Resolution(spoken, Optional.empty());
    }
}

package com.hipcheck.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds one locale's interaction model from its source: the skeleton with each intent's samples
 * and each slot type's values filled in. Pure: the same source always gives the same bytes. It
 * refuses a source whose model Alexa would reject or misread, and says every reason at once.
 */
final class ModelGenerator {
    private ModelGenerator() {}

    /** Returns the model {@code source} describes, or every problem that keeps it from being one. */
    static GeneratedModel generate(ModelSource source) throws ModelException {
        Problems problems = new Problems();
        JsonNode root = source.skeleton().deepCopy();
        JsonNode found = root.path("interactionModel").path("languageModel");
        if (!(found instanceof ObjectNode languageModel)) {
            problems.add(source.skeletonFile() + ": has no interactionModel.languageModel object");
            throw new ModelException(problems.messages());
        }
        source.invocationName().ifPresent(line -> languageModel.put("invocationName", Phrases.normal(line.text())));
        PhraseSets sets = PhraseSets.read(source.sets(), problems);
        Map<String, ObjectNode> intents = entries(languageModel, "intents", "samples", source, problems);
        Map<String, ObjectNode> types = entries(languageModel, "types", "values", source, problems);
        unmatchedFiles("intents", source.intents(), intents.keySet(), source, problems);
        unmatchedFiles("types", source.types(), types.keySet(), source, problems);

        Map<String, List<IntentSamples.Sample>> samples = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> intent : intents.entrySet()) {
            String name = intent.getKey();
            Set<String> slots = declaredSlots(name, intent.getValue(), types.keySet(), source, problems);
            List<SourceLine> lines = source.intents().getOrDefault(name, List.of());
            List<IntentSamples.Sample> expanded = IntentSamples.expand(name, lines, slots, sets, problems);
            // Alexa builds a built-in intent from its own samples; a custom one has only ours.
            if (lines.isEmpty() && !name.startsWith("AMAZON.")) {
                problems.add(name + " has no samples: write them in " + language(source) + "intents/" + name + ".txt");
            }
            samples.put(name, expanded);
            ArrayNode array = intent.getValue().putArray("samples");
            expanded.forEach(sample -> array.add(sample.text()));
        }
        checkNoSampleIsClaimedTwice(samples, problems);
        for (Map.Entry<String, ObjectNode> type : types.entrySet()) {
            List<SourceLine> lines = source.types().getOrDefault(type.getKey(), List.of());
            writeValues(type.getValue(), SlotTypeValues.read(type.getKey(), lines, sets, problems));
        }
        problems.throwIfAny();

        String json = ModelJson.write(root);
        List<AlexaLimits.Measure> measures = AlexaLimits.measure(languageModel, json);
        for (AlexaLimits.Measure measure : measures) {
            if (!measure.within()) {
                problems.add(source.locale() + " is over Alexa's limit: " + measure);
            }
        }
        problems.throwIfAny();
        int count = 0;
        for (List<IntentSamples.Sample> intent : samples.values()) {
            count += intent.size();
        }
        return new GeneratedModel(source.locale(), json, count, measures);
    }

    /** Returns the skeleton's intents or types by name, each an object the generator fills in. */
    private static Map<String, ObjectNode> entries(ObjectNode languageModel, String list, String filledIn,
            ModelSource source, Problems problems) {
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        JsonNode array = languageModel.path(list);
        if (!array.isArray()) {
            problems.add(source.skeletonFile() + ": languageModel." + list + " must be a list");
            return entries;
        }
        for (JsonNode entry : array) {
            String name = entry.path("name").asText("");
            if (!(entry instanceof ObjectNode object) || name.isEmpty()) {
                problems.add(source.skeletonFile() + ": every entry of " + list + " needs a name");
            } else if (entries.putIfAbsent(name, object) != null) {
                problems.add(source.skeletonFile() + ": " + name + " is in " + list + " twice");
            } else if (object.has(filledIn)) {
                problems.add(source.skeletonFile() + ": " + name + " has " + filledIn + "; they belong in " + list + "/"
                        + name + ".txt");
            }
        }
        return entries;
    }

    private static void unmatchedFiles(String folder, Map<String, List<SourceLine>> files, Set<String> declared,
            ModelSource source, Problems problems) {
        for (String name : new TreeSet<>(files.keySet())) {
            if (!declared.contains(name)) {
                List<SourceLine> lines = files.get(name);
                String file = lines.isEmpty() ? language(source) + folder + "/" + name + ".txt" : lines.get(0).file();
                problems.add(file + ": " + source.skeletonFile() + " has no " + name + " in its " + folder
                        + " (a new one is declared there too)");
            }
        }
    }

    /** Returns the shared language's folder, such as "en/", as the messages name files. */
    private static String language(ModelSource source) {
        return source.skeletonFile().substring(0, source.skeletonFile().lastIndexOf('/') + 1);
    }

    private static Set<String> declaredSlots(String intent, ObjectNode node, Set<String> customTypes,
            ModelSource source, Problems problems) {
        Set<String> slots = new LinkedHashSet<>();
        for (JsonNode slot : node.path("slots")) {
            String name = slot.path("name").asText("");
            String type = slot.path("type").asText("");
            if (!slots.add(name)) {
                problems.add(source.skeletonFile() + ": " + intent + " declares the slot " + name + " twice");
            }
            if (!type.startsWith("AMAZON.") && !customTypes.contains(type)) {
                problems.add(source.skeletonFile() + ": " + intent + "." + name + " has the type \"" + type
                        + "\", neither AMAZON.something nor one of the types");
            }
        }
        return slots;
    }

    /** A sample two intents both claim would go to either: Alexa's build refuses it, and the skill could not tell. */
    private static void checkNoSampleIsClaimedTwice(Map<String, List<IntentSamples.Sample>> samples,
            Problems problems) {
        Map<String, String> intentOf = new HashMap<>();
        Map<String, IntentSamples.Sample> first = new HashMap<>();
        for (Map.Entry<String, List<IntentSamples.Sample>> intent : samples.entrySet()) {
            for (IntentSamples.Sample sample : intent.getValue()) {
                String earlier = intentOf.putIfAbsent(sample.text(), intent.getKey());
                if (earlier == null) {
                    first.put(sample.text(), sample);
                } else {
                    problems.add("\"" + sample.text() + "\" is claimed by two intents: " + earlier + " ("
                            + first.get(sample.text()).origin().quoted() + ") and " + intent.getKey() + " ("
                            + sample.origin().quoted() + ")");
                }
            }
        }
    }

    private static void writeValues(ObjectNode type, List<SlotTypeValues.SlotValue> values) {
        ArrayNode array = type.putArray("values");
        for (SlotTypeValues.SlotValue value : values) {
            ObjectNode entry = array.addObject();
            entry.put("id", value.id());
            ObjectNode name = entry.putObject("name");
            name.put("value", value.value());
            if (!value.synonyms().isEmpty()) {
                ArrayNode synonyms = name.putArray("synonyms");
                value.synonyms().forEach(synonyms::add);
            }
        }
    }
}

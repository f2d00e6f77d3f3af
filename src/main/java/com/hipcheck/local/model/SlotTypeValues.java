package com.hipcheck.local.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one custom slot type, read from its file: a line {@code ID: value} starts a value,
 * and each indented line under it is a synonym template. A value named again in a later file (a
 * locale's overlay) gains that file's synonyms; its value stays as the shared file has it.
 */
final class SlotTypeValues {
    private static final Pattern VALUE_LINE = Pattern.compile("([A-Za-z0-9_]+)\\s*:\\s*(.*)");
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("[()\\[\\]|@{}]");

    /** One value of a slot type, as the model lists it. */
    record SlotValue(String id, String value, List<String> synonyms) {}

    /** A value while its lines are read; the synonyms keep their first order and no repeats. */
    private record Draft(String id, String value, SourceLine line, Set<String> synonyms) {}

    private SlotTypeValues() {}

    /** Returns the values of {@code type} read from {@code lines}; what is wrong goes to {@code problems}. */
    static List<SlotValue> read(String type, List<SourceLine> lines, PhraseSets sets, Problems problems) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft current = null;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.text().charAt(0))) {
                if (current == null) {
                    problems.add(line, "a synonym (an indented line) needs a value line, ID: value, above it");
                } else {
                    addSynonyms(current, line, sets, problems);
                }
                continue;
            }
            Matcher m = VALUE_LINE.matcher(line.text());
            if (!m.matches()) {
                problems.add(line, "a value line is ID: value, and its synonyms the indented lines under it");
                current = null;
                continue;
            }
            current = value(drafts, m.group(1), m.group(2), line, problems);
        }
        if (drafts.isEmpty()) {
            problems.add(type + " has no values: its file needs lines ID: value");
        }
        checkEachPhraseNamesOneValue(type, drafts, problems);
        List<SlotValue> values = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            values.add(new SlotValue(draft.id(), draft.value(), List.copyOf(draft.synonyms())));
        }
        return values;
    }

    private static Draft value(Map<String, Draft> drafts, String id, String written, SourceLine line,
            Problems problems) {
        String value = Phrases.normal(written);
        Draft earlier = drafts.get(id);
        if (earlier != null) {
            if (earlier.line().file().equals(line.file())) {
                problems.add(line, id + " is already a value at " + earlier.line().where());
            } else if (!value.isEmpty() && !value.equals(earlier.value())) {
                problems.add(line, id + " is \"" + earlier.value() + "\" in " + earlier.line().where()
                        + "; an overlay adds synonyms to a value but does not rename it");
            }
            return earlier;
        }
        if (value.isEmpty()) {
            problems.add(line, id + " needs a value after the colon");
        } else if (TEMPLATE_SYNTAX.matcher(value).find()) {
            problems.add(line, "a value is one phrase: put alternatives in its synonyms, the indented lines under it");
        }
        Draft draft = new Draft(id, value, line, new LinkedHashSet<>());
        drafts.put(id, draft);
        return draft;
    }

    private static void addSynonyms(Draft draft, SourceLine line, PhraseSets sets, Problems problems) {
        try {
            for (String phrase : Template.parse(line.text().strip()).expand(sets)) {
                String synonym = Phrases.normal(phrase);
                if (synonym.isEmpty()) {
                    problems.add(line, "gives an empty synonym (is the whole line optional?)");
                } else if (!synonym.equals(draft.value())) {
                    draft.synonyms().add(synonym);
                }
            }
        } catch (TemplateException e) {
            problems.add(line, e.getMessage());
        }
    }

    /** A phrase that names two values would resolve to either: entity resolution must be unambiguous. */
    private static void checkEachPhraseNamesOneValue(String type, Map<String, Draft> drafts, Problems problems) {
        Map<String, Draft> owner = new HashMap<>();
        for (Draft draft : drafts.values()) {
            List<String> phrases = new ArrayList<>();
            phrases.add(draft.value());
            phrases.addAll(draft.synonyms());
            for (String phrase : phrases) {
                Draft other = owner.putIfAbsent(phrase, draft);
                if (other != null && other != draft) {
                    problems.add(draft.line(), type + ": \"" + phrase + "\" names both " + other.id() + " ("
                            + other.line().where() + ") and " + draft.id());
                }
            }
        }
    }
}

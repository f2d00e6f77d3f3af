package com.hipcheck.local.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared phrase sets of {@code sets.txt}: {@code @lead = (okay|yeah|so)} names a template that
 * any other template uses as {@code @lead}. A locale's overlay adds to a set with
 * {@code @lead += (cheers)}, which puts its phrases after the shared ones.
 */
final class PhraseSets {
    private static final Pattern DEFINITION = Pattern.compile("@([A-Za-z0-9_]+)\\s*(\\+?=)\\s*(.*)");

    private final Map<String, List<Template>> definitions;
    private final Map<String, List<String>> expanded = new HashMap<>();
    private final Deque<String> expanding = new ArrayDeque<>();

    private PhraseSets(Map<String, List<Template>> definitions) {
        this.definitions = definitions;
    }

    /** Returns no sets at all. */
    static PhraseSets none() {
        return new PhraseSets(Map.of());
    }

    /** Reads set definitions, one a line, adding what is wrong with any to {@code problems}. */
    static PhraseSets read(List<SourceLine> lines, Problems problems) {
        Map<String, List<Template>> definitions = new LinkedHashMap<>();
        Map<String, SourceLine> definedAt = new HashMap<>();
        for (SourceLine line : lines) {
            Matcher m = DEFINITION.matcher(line.text().strip());
            if (!m.matches()) {
                problems.add(line, "a set is defined as @name = template, or extended as @name += template");
                continue;
            }
            String name = m.group(1);
            boolean extending = m.group(2).equals("+=");
            if (extending && !definitions.containsKey(name)) {
                problems.add(line, "@" + name + " += extends a set, but @" + name + " is not defined before it");
                continue;
            }
            if (!extending && definitions.containsKey(name)) {
                problems.add(line, "@" + name + " is already defined at " + definedAt.get(name).where()
                        + " (use += to add to it)");
                continue;
            }
            try {
                definitions.computeIfAbsent(name, n -> new ArrayList<>()).add(Template.parse(m.group(3)));
                definedAt.putIfAbsent(name, line);
            } catch (TemplateException e) {
                problems.add(line, e.getMessage());
            }
        }
        return new PhraseSets(definitions);
    }

    /** Returns every phrase of the set {@code name}, its definitions in order. */
    List<String> expand(String name) throws TemplateException {
        List<String> done = expanded.get(name);
        if (done != null) {
            return done;
        }
        List<Template> templates = definitions.get(name);
        if (templates == null) {
            throw new TemplateException("@" + name + " is not a set (sets are defined in sets.txt)");
        }
        if (expanding.contains(name)) {
            List<String> path = new ArrayList<>();
            expanding.descendingIterator().forEachRemaining(n -> path.add("@" + n));
            path.add("@" + name);
            throw new TemplateException("the set @" + name + " uses itself: " + String.join(" -> ", path));
        }
        expanding.push(name);
        try {
            List<String> phrases = new ArrayList<>();
            for (Template template : templates) {
                phrases.addAll(template.expand(this));
            }
            expanded.put(name, List.copyOf(phrases));
            return expanded.get(name);
        } finally {
            expanding.pop();
        }
    }
}

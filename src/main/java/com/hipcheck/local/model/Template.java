package com.hipcheck.local.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of the model source, parsed: words, alternatives {@code (a|b)}, optional parts
 * {@code [a]}, slots {@code {name}} and phrase sets {@code @name}, nested freely. Expanding it lists
 * every phrase it stands for, in a fixed order: left to right, the first part varying slowest, and
 * an optional part left out before it is put in ({@code [a]} is {@code (|a)}).
 */
final class Template {
    /** More phrases than this from one line is a mistake in the line, not a model anyone wants. */
    static final int MAX_EXPANSIONS = 10_000;

    private static final Pattern SLOT_NAME = Pattern.compile("[A-Za-z]+");

    /** A piece of a template: text as written (slots included), a choice, or a set to look up. */
    sealed interface Part permits Text, Choice, SetRef {}

    record Text(String text) implements Part {}

    /** Alternatives, each a sequence of parts; an empty sequence is the empty phrase. */
    record Choice(List<List<Part>> alternatives) implements Part {}

    record SetRef(String name) implements Part {}

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = parts;
    }

    /** Returns {@code text} parsed, or says what is wrong with it and at which column. */
    static Template parse(String text) throws TemplateException {
        Parser parser = new Parser(text);
        List<Part> parts = parser.sequence();
        if (parser.pos < text.length()) {
            char c = text.charAt(parser.pos);
            throw parser.error(c == '|' ? "'|' outside ( ) or [ ]" : "'" + c + "' closes nothing");
        }
        return new Template(parts);
    }

    /**
     * Returns every phrase the template stands for, with runs of spaces made one and the ends
     * trimmed (so {@code [so] i'm ready} gives "i'm ready" and "so i'm ready"); repeats are kept,
     * for the caller to judge.
     */
    List<String> expand(PhraseSets sets) throws TemplateException {
        List<String> phrases = new ArrayList<>();
        for (String raw : expand(parts, sets)) {
            phrases.add(raw.strip().replaceAll("\\s+", " "));
        }
        return phrases;
    }

    private static List<String> expand(List<Part> sequence, PhraseSets sets) throws TemplateException {
        List<String> phrases = List.of("");
        for (Part part : sequence) {
            List<String> options = expand(part, sets);
            if ((long) phrases.size() * options.size() > MAX_EXPANSIONS) {
                throw new TemplateException("expands to more than " + MAX_EXPANSIONS + " phrases");
            }
            List<String> longer = new ArrayList<>(phrases.size() * options.size());
            for (String start : phrases) {
                for (String option : options) {
                    longer.add(start + option);
                }
            }
            phrases = longer;
        }
        return phrases;
    }

    private static List<String> expand(Part part, PhraseSets sets) throws TemplateException {
        if (part instanceof Text text) {
            return List.of(text.text());
        }
        if (part instanceof SetRef set) {
            return sets.expand(set.name());
        }
        List<String> all = new ArrayList<>();
        for (List<Part> alternative : ((Choice) part).alternatives()) {
            all.addAll(expand(alternative, sets));
            if (all.size() > MAX_EXPANSIONS) {
                throw new TemplateException("expands to more than " + MAX_EXPANSIONS + " phrases");
            }
        }
        return all;
    }

    /** A recursive-descent reader of one line; columns in its messages count from 1. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        /** Reads parts up to the end, or to a '|', ')' or ']' that belongs to an enclosing group. */
        List<Part> sequence() throws TemplateException {
            List<Part> parts = new ArrayList<>();
            StringBuilder words = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '|' || c == ')' || c == ']') {
                    break;
                } else if (c == '(' || c == '[') {
                    flush(words, parts);
                    parts.add(group(c));
                } else if (c == '@') {
                    flush(words, parts);
                    parts.add(setRef());
                } else if (c == '{') {
                    words.append(slot());
                } else if (c == '}') {
                    throw error("'}' closes nothing");
                } else {
                    words.append(c);
                    pos++;
                }
            }
            flush(words, parts);
            return parts;
        }

        private Choice group(char open) throws TemplateException {
            int start = pos;
            char close = open == '(' ? ')' : ']';
            pos++;
            List<List<Part>> alternatives = new ArrayList<>();
            if (open == '[') {
                alternatives.add(List.of());
            }
            alternatives.add(sequence());
            while (pos < text.length() && text.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence());
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("'" + open + "' is never closed");
            }
            if (text.charAt(pos) != close) {
                throw error("'" + open + "' at column " + (start + 1) + " is closed by '" + text.charAt(pos) + "'");
            }
            pos++;
            return new Choice(List.copyOf(alternatives));
        }

        private SetRef setRef() throws TemplateException {
            int start = ++pos;
            while (pos < text.length() && isSetNameChar(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                pos = start - 1;
                throw error("'@' needs a set name, such as @lead");
            }
            return new SetRef(text.substring(start, pos));
        }

        private String slot() throws TemplateException {
            int start = pos;
            int end = text.indexOf('}', start);
            if (end < 0 || !SLOT_NAME.matcher(text.substring(start + 1, end)).matches()) {
                throw error("a slot is {name}, its name letters only");
            }
            pos = end + 1;
            return text.substring(start, pos);
        }

        private static boolean isSetNameChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        private static void flush(StringBuilder words, List<Part> parts) {
            if (words.length() > 0) {
                parts.add(new Text(words.toString()));
                words.setLength(0);
            }
        }

        TemplateException error(String what) {
            return new TemplateException("column " + (pos + 1) + ": " + what);
        }
    }
}

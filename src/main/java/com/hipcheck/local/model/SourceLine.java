package com.hipcheck.local.model;

/**
 * One line of a source file, comment removed, with where it came from, so that every message
 * names the file and line a person has to open.
 *
 * @param file the file, relative to {@code models/source} ("en/intents/ReadyIntent.txt")
 * @param number the line number, from 1
 * @param text the line without its comment and trailing spaces; leading spaces kept
 */
record SourceLine(String file, int number, String text) {

    /** Returns "file:line". */
    String where() {
        return file + ":" + number;
    }

    /** Returns "file:line "text"", for messages that quote the line. */
    String quoted() {
        return where() + " \"" + text.strip() + "\"";
    }

    /** Returns the line of {@code raw} as the source files mean it: '#' starts a comment. */
    static SourceLine of(String file, int number, String raw) {
        int hash = raw.indexOf('#');
        String text = hash < 0 ? raw : raw.substring(0, hash);
        return new SourceLine(file, number, text.stripTrailing());
    }

    /** Returns whether the line holds nothing but a comment or spaces. */
    boolean isBlank() {
        return text.isBlank();
    }
}

package com.hipcheck.local.model;

/** How samples and slot values are written in the model: lower case (slot names aside), single spaces. */
final class Phrases {
    private Phrases() {}

    /** Returns {@code phrase} in lower case outside its {slot}s, trimmed, with runs of spaces made one. */
    static String normal(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean inSlot = false;
        for (char c : phrase.strip().replaceAll("\\s+", " ").toCharArray()) {
            if (c == '{') {
                inSlot = true;
            } else if (c == '}') {
                inSlot = false;
            }
            // Character.toLowerCase is the same in every default locale (no Turkish dotless i).
            out.append(inSlot ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }
}

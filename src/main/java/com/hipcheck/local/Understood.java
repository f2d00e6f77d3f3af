package com.hipcheck.local;

import java.util.Map;
import java.util.Objects;

/**
 * What Alexa would make of one typed line: open the skill, or an intent with its slots (the words
 * heard for each slot, as Alexa puts them in {@code slot.value}), either within the session or as
 * a one-shot ("ask hip check to …") that starts a new one.
 *
 * @param kind launch, an intent, or a one-shot intent
 * @param intent the intent's name; null for a launch
 * @param slots slot name to the words heard, for the slots that were filled
 * @param sample the sample or phrase that matched, for showing how the line was understood; null for the fallback
 */
record Understood(Kind kind, String intent, Map<String, String> slots, String sample) {
    public static final String FALLBACK = "AMAZON.FallbackIntent";

    /** How the line reaches the skill. */
    public enum Kind { LAUNCH, INTENT, ONE_SHOT }

    public Understood {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LAUNCH) != (intent == null)) {
            throw new IllegalArgumentException("a launch has no intent, and every other kind has one");
        }
        slots = Map.copyOf(slots);
    }

    /** Returns a launch understood from {@code phrase}. */
    static Understood launch(String phrase) {
        return new Understood(Kind.LAUNCH, null, Map.of(), phrase);
    }

    /** Returns whether nothing in the model matched, so Alexa would send its fallback intent. */
    public boolean isFallback() {
        return FALLBACK.equals(intent);
    }

    /** Returns a one-line account, such as {@code DescribeIntent observation="stays up" (sample "it {observation}")}. */
    public String describe() {
        if (kind == Kind.LAUNCH) {
            return "LaunchRequest (\"" + sample + "\")";
        }
        StringBuilder out = new StringBuilder(kind == Kind.ONE_SHOT ? "one-shot " : "").append(intent);
        slots.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(' ').append(e.getKey()).append("=\"").append(e.getValue()).append('"'));
        out.append(sample == null ? " (no sample matched)" : " (sample \"" + sample + "\")");
        return out.toString();
    }
}

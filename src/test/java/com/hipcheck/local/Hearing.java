package com.hipcheck.local;

import java.util.Map;

/**
 * Hears a typed line as Alexa would, with this package's resolver over a locale's model (en-US unless named), for
 * tests in other packages (the resolver itself stays package-private, as it is in the local tools).
 */
public final class Hearing {

    /**
     * What Alexa made of one line.
     *
     * @param kind {@code LAUNCH}, {@code INTENT}, or {@code ONE_SHOT} ("ask hip check …", in a new session)
     * @param intent the intent's name; null for a launch
     * @param slots slot name to the words heard
     * @param sample the sample utterance or invocation phrase that matched; null when nothing did
     */
    public record Heard(String kind, String intent, Map<String, String> slots, String sample) {}

    private Hearing() {}

    /** Returns what Alexa would make of {@code typed} in en-US. */
    public static Heard hear(String typed) {
        return hear(Locales.US, typed);
    }

    /** Returns what Alexa would make of {@code typed} in {@code locale}, with that locale's model. */
    public static Heard hear(String locale, String typed) {
        Understood understood = Locales.resolver(locale).resolve(typed);
        return new Heard(understood.kind().name(), understood.intent(), understood.slots(), understood.sample());
    }
}

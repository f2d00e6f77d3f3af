package com.hipcheck.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.hipcheck.domain.PlainWords;

/**
 * Turns typed text, sample utterances and slot values into the same canonical words, so they can
 * be compared: lower case, no punctuation, contractions spelled out ("i'm" and "I am" both become
 * "i am"), hyphenated words split ("twenty-five" is two words).
 */
final class Words {
    /** Words people put around what they mean; they may be skipped at no cost, but also match a sample's own words. */
    static final Set<String> FILLERS = Set.of("um", "umm", "uh", "uhh", "er", "erm", "hmm",
            "please", "alexa", "so", "well", "like");

    /**
     * Words that change what a sentence is: a denial, a question, a symptom. Skipping one would
     * turn "it doesn't hurt" into "it doesn't" or "why does my back arch" into "my back arches",
     * so the resolver never skips them: such a line matches a sample that says them, or nothing.
     */
    static final Set<String> NEVER_SKIPPED = Set.of("not", "never", "no", "why", "what", "how", "when", "where",
            "which", "should", "hurt", "hurts", "hurting", "pain", "painful", "sore", "ache", "aches", "numb",
            "tingling", "tingly", "maybe", "if", "but");

    /** Returns whether the resolver may never skip {@code word}: one of the above, or a word of direction ("flat", "off"). */
    static boolean neverSkipped(String word) {
        return NEVER_SKIPPED.contains(word) || PlainWords.saysDirection(word.replace("'", ""));
    }

    private static final Map<String, String> WHOLE_WORDS = Map.ofEntries(
            Map.entry("can't", "can not"), Map.entry("cannot", "can not"), Map.entry("cant", "can not"),
            Map.entry("won't", "will not"), Map.entry("shan't", "shall not"),
            Map.entry("let's", "let us"), Map.entry("lets", "let us"),
            Map.entry("im", "i am"), Map.entry("dont", "do not"), Map.entry("doesnt", "does not"),
            Map.entry("didnt", "did not"), Map.entry("isnt", "is not"), Map.entry("whats", "what is"),
            Map.entry("thats", "that is"), Map.entry("youre", "you are"), Map.entry("ive", "i have"),
            Map.entry("ok", "okay"), Map.entry("alright", "all right"), Map.entry("nevermind", "never mind"));

    /** The only words whose "'s" means "is"; elsewhere it is a possessive and stays. */
    private static final Set<String> IS_CONTRACTIONS = Set.of("it", "that", "what", "there", "here", "he", "she",
            "who", "where", "how");

    private Words() {}

    /** Returns the canonical words of {@code text}. */
    static List<String> of(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[^a-z0-9' ]+", " ");
        List<String> words = new ArrayList<>();
        for (String raw : cleaned.strip().split("\\s+")) {
            String word = stripQuotes(raw);
            if (!word.isEmpty()) {
                for (String w : expand(word).split(" ")) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** Returns the canonical form of {@code text} as one string. */
    static String canonical(String text) {
        return String.join(" ", of(text));
    }

    /** Returns {@code words} without filler words. */
    static List<String> withoutFillers(List<String> words) {
        return words.stream().filter(w -> !FILLERS.contains(w)).toList();
    }

    private static String expand(String word) {
        String whole = WHOLE_WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        if (word.endsWith("n't")) {
            return word.substring(0, word.length() - 3) + " not";
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return word;
        }
        String stem = word.substring(0, apostrophe);
        return switch (word.substring(apostrophe)) {
            case "'m" -> stem + " am";
            case "'re" -> stem + " are";
            case "'ll" -> stem + " will";
            case "'ve" -> stem + " have";
            case "'d" -> stem + " would";
            case "'s" -> IS_CONTRACTIONS.contains(stem) ? stem + " is" : word;
            default -> word;
        };
    }

    private static String stripQuotes(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && word.charAt(from) == '\'') {
            from++;
        }
        while (to > from && word.charAt(to - 1) == '\'') {
            to--;
        }
        return word.substring(from, to);
    }
}

package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One breath a turn, measured as a listener hears it: outside a stretch's steps and its hold, a
 * response says at most {@value #MAX_WORDS} words, and while the session stays open it ends with
 * the one thing to answer, a question or a "say ..." prompt.
 */
final class Breath {
    static final int MAX_WORDS = 35;

    /** Every text checked in this run, for the summaries the golden and fuzz tests print. */
    static final Tally SEEN = new Tally();

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+(?:'[A-Za-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern SAY = Pattern.compile("\\bsay\\b", Pattern.CASE_INSENSITIVE);

    private Breath() {}

    /** Returns how many words {@code plain} says. */
    static int words(String plain) {
        Matcher m = WORD.matcher(plain);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Returns whether {@code plain} narrates a stretch's steps or a hold, the two things allowed
     * to run longer than a breath: they are read while the user gets into position or holds it.
     */
    static boolean isNarration(String plain) {
        return plain.contains("Hold it there for") || (plain.contains("Here's the ") && plain.contains(" stretch for your "));
    }

    /** Returns the last sentence of {@code plain}. */
    static String lastSentence(String plain) {
        String[] sentences = SENTENCE_END.split(plain.strip());
        return sentences[sentences.length - 1];
    }

    /** Returns whether {@code sentence} is something the user can answer: a question, or a "say ..." prompt. */
    static boolean asks(String sentence) {
        return sentence.endsWith("?") || SAY.matcher(sentence).find();
    }

    /**
     * Checks that the speech and the reprompt of {@code envelope} each fit one breath and, while the
     * session stays open, end by asking; every text checked is kept in {@code tally}.
     *
     * @throws Violation when one does not
     */
    static void check(JsonNode envelope, Tally tally) {
        JsonNode response = envelope.path("response");
        boolean open = !response.path("shouldEndSession").asBoolean(true);
        check(response.path("outputSpeech"), "speech", open, tally);
        check(response.path("reprompt").path("outputSpeech"), "reprompt", open, tally);
    }

    private static void check(JsonNode speech, String what, boolean open, Tally tally) {
        String plain = ResponseChecks.plain(speech.path("ssml").asText(""));
        if (plain.isBlank()) {
            return;
        }
        tally.add(plain);
        int words = words(plain);
        if (!isNarration(plain) && words > MAX_WORDS) {
            throw new Violation("more than one breath", what + " of " + words + " words: " + plain);
        }
        if (open && !asks(lastSentence(plain))) {
            throw new Violation("an open session's " + what + " does not end by asking", plain);
        }
    }

    /** The distinct texts checked, for the summary: how long responses run. */
    static final class Tally {
        private final Set<String> texts = ConcurrentHashMap.newKeySet();

        void add(String plain) {
            if (!isNarration(plain)) {
                texts.add(plain);
            }
        }

        /** Returns one line: how many distinct texts, and their median, 90th percentile and longest in words. */
        String summary() {
            List<Integer> counts = new ArrayList<>();
            for (String t : texts) {
                counts.add(words(t));
            }
            counts.sort(Comparator.naturalOrder());
            if (counts.isEmpty()) {
                return "no speech";
            }
            return String.format(Locale.ROOT, "%d distinct texts outside stretch narration, words median %d, p90 %d,"
                            + " longest %d (limit %d)", counts.size(), counts.get(counts.size() / 2),
                    counts.get((int) Math.floor(0.9 * (counts.size() - 1))), counts.get(counts.size() - 1), MAX_WORDS);
        }

        /** Returns the {@code n} longest texts, longest first, each with its word count. */
        List<String> longest(int n) {
            return texts.stream().sorted(Comparator.comparingInt(Breath::words).reversed().thenComparing(t -> t))
                    .limit(n).map(t -> words(t) + ": " + t).toList();
        }
    }
}

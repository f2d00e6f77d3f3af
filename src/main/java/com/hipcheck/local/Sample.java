package com.hipcheck.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One sample utterance, compiled to canonical words and slot placeholders, that can be laid over
 * typed words. The alignment may skip words the user added (filler words for free, others at a
 * cost) but never a word of the sample, and each placeholder takes one to a few typed words.
 */
final class Sample {
    /** The longest run of words one slot value may take ("one thousand two hundred and thirty four"). */
    static final int MAX_SLOT_WORDS = 8;
    /** The longest unknown value a slot may take; longer runs are a different sentence, not a value. */
    static final int MAX_UNKNOWN_WORDS = 4;
    /**
     * How many of its own words a sample needs before it may carry a value Alexa would not
     * recognise: "my leg wiggles" is still a description, "it purples" is not anything.
     */
    static final int MIN_WORDS_FOR_UNKNOWN = 2;
    /**
     * How many added words a match may skip, and never more than it matched: "okay I'm in position"
     * is still "I'm in position", but "I'm done with dinner for tonight" is not "I'm done".
     */
    static final int MAX_SKIPPED = 2;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** A word of the sample, or a slot placeholder with the slot's type. */
    sealed interface Element permits Literal, Placeholder {}

    record Literal(String word) implements Element {}

    record Placeholder(String slot, String type) implements Element {}

    /** What a slot placeholder made of some typed words: the value to send, and whether the catalogue knows it. */
    record Fill(String value, boolean known) {}

    /** Fills a placeholder of one slot type from typed words, if they can be a value of that type. */
    interface Filler {
        Optional<Fill> fill(String type, List<String> words);
    }

    /**
     * How well a sample fits: fewer unknown slot values first, then fewer skipped words, then more
     * of the sample's own letters (the more specific sample).
     */
    record Match(String intent, String sampleText, boolean builtIn, Map<String, String> slots, int unknown,
            int skipped, int matched, int literalChars) {
        /** Returns whether this match is better than {@code other}, which may be null. */
        boolean beats(Match other) {
            return beats(other, false);
        }

        private boolean beats(Match other, boolean skipsFirst) {
            if (other == null) {
                return true;
            }
            if (skipsFirst && skipped != other.skipped) {
                return skipped < other.skipped;
            }
            if (unknown != other.unknown) {
                return unknown < other.unknown;
            }
            if (skipped != other.skipped) {
                return skipped < other.skipped;
            }
            if (literalChars != other.literalChars) {
                return literalChars > other.literalChars;
            }
            // On an equal fit the skill's own samples win over everyday phrasings of built-ins.
            return !builtIn && other.builtIn;
        }

        /** Returns whether the match covers enough of what was typed to count at all. */
        boolean isCloseEnough() {
            return skipped <= MAX_SKIPPED && skipped <= matched;
        }
    }

    private final String intent;
    private final String text;
    private final boolean builtIn;
    private final List<Element> elements;
    private final int literalWords;
    private final Set<String> literalSet;

    private Sample(String intent, String text, boolean builtIn, List<Element> elements) {
        this.intent = intent;
        this.text = text;
        this.builtIn = builtIn;
        this.elements = List.copyOf(elements);
        this.literalWords = (int) elements.stream().filter(e -> e instanceof Literal).count();
        this.literalSet = elements.stream().filter(e -> e instanceof Literal).map(e -> ((Literal) e).word())
                .collect(Collectors.toSet());
    }

    /**
     * Compiles {@code text} for {@code intent}; {@code slotTypes} maps the intent's slot names to
     * their types. A placeholder for an undeclared slot makes the sample unusable, as it is for Alexa.
     */
    static Optional<Sample> compile(String intent, String text, Map<String, String> slotTypes, boolean builtIn) {
        List<Element> elements = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int from = 0;
        while (m.find()) {
            Words.of(text.substring(from, m.start())).forEach(w -> elements.add(new Literal(w)));
            String type = slotTypes.get(m.group(1));
            if (type == null) {
                return Optional.empty();
            }
            elements.add(new Placeholder(m.group(1), type));
            from = m.end();
        }
        Words.of(text.substring(from)).forEach(w -> elements.add(new Literal(w)));
        return elements.isEmpty() ? Optional.empty() : Optional.of(new Sample(intent, text, builtIn, elements));
    }

    String intent() {
        return intent;
    }

    String text() {
        return text;
    }

    /** Returns the sample's words in canonical form, or null when it has slots (it then claims no fixed phrase). */
    String literalText() {
        StringBuilder out = new StringBuilder();
        for (Element e : elements) {
            if (e instanceof Literal l) {
                out.append(out.length() == 0 ? "" : " ").append(l.word());
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** Returns the sample's own words, each once: a sample's words are never skipped, so all must be typed. */
    Set<String> literalWords() {
        return literalSet;
    }

    /** Returns the best alignment of this sample over {@code words}, which hold all its {@link #literalWords}. */
    Optional<Match> match(List<String> words, Filler filler) {
        Match best = new Alignment(words, filler, false).best(0, 0);
        // Only when known values do not fit closely may an unknown value stand in, and then the
        // search ranks skipped words first, or it would find the known value with too many again.
        if ((best == null || !best.isCloseEnough()) && literalWords >= MIN_WORDS_FOR_UNKNOWN) {
            Match withUnknown = new Alignment(words, filler, true).best(0, 0);
            best = withUnknown != null && withUnknown.isCloseEnough() ? withUnknown : best;
        }
        return Optional.ofNullable(best).filter(Match::isCloseEnough);
    }

    /** A memoised search over (sample position, word position); the score is additive, so the best suffix is reusable. */
    private final class Alignment {
        private final List<String> words;
        private final Filler filler;
        private final boolean allowUnknown;
        private final boolean skipsFirst;
        private final Match[][] memo;
        private final boolean[][] done;

        Alignment(List<String> words, Filler filler, boolean allowUnknown) {
            this.words = words;
            this.filler = filler;
            this.allowUnknown = allowUnknown;
            this.skipsFirst = allowUnknown;
            this.memo = new Match[elements.size() + 1][words.size() + 1];
            this.done = new boolean[elements.size() + 1][words.size() + 1];
        }

        Match best(int i, int j) {
            if (done[i][j]) {
                return memo[i][j];
            }
            Match result = null;
            if (i == elements.size() && j == words.size()) {
                result = new Match(intent, text, builtIn, Map.of(), 0, 0, 0, 0);
            }
            if (j < words.size() && !Words.neverSkipped(words.get(j))) {
                boolean free = Words.FILLERS.contains(words.get(j));
                result = better(result, extend(best(i, j + 1), null, null, 0, free ? 0 : 1, 0, 0));
            }
            if (i < elements.size()) {
                Element e = elements.get(i);
                if (e instanceof Literal l && j < words.size() && l.word().equals(words.get(j))) {
                    result = better(result, extend(best(i + 1, j + 1), null, null, 0, 0, 1, l.word().length()));
                } else if (e instanceof Placeholder p) {
                    for (int k = j + 1; k <= Math.min(words.size(), j + MAX_SLOT_WORDS); k++) {
                        Optional<Fill> fill = filler.fill(p.type(), words.subList(j, k));
                        boolean usable = fill.isPresent()
                                && (fill.get().known() || (allowUnknown && k - j <= MAX_UNKNOWN_WORDS));
                        if (usable) {
                            Match rest = extend(best(i + 1, k), p.slot(), fill.get().value(),
                                    fill.get().known() ? 0 : 1, 0, k - j, 0);
                            result = better(result, rest);
                        }
                    }
                }
            }
            done[i][j] = true;
            memo[i][j] = result;
            return result;
        }

        private Match extend(Match rest, String slot, String value, int unknown, int skipped, int matched,
                int literalChars) {
            if (rest == null) {
                return null;
            }
            Map<String, String> slots = rest.slots();
            if (slot != null) {
                slots = new LinkedHashMap<>(rest.slots());
                slots.put(slot, value);
            }
            return new Match(intent, text, builtIn, slots, rest.unknown() + unknown, rest.skipped() + skipped,
                    rest.matched() + matched, rest.literalChars() + literalChars);
        }

        private Match better(Match a, Match b) {
            return b != null && b.beats(a, skipsFirst) ? b : a;
        }
    }
}

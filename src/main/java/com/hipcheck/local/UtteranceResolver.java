package com.hipcheck.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Understands typed lines the way Alexa understands speech, from the interaction model itself:
 * the invocation phrases, every sample utterance with its slots filled from the slot types'
 * values and synonyms (or a number), and everyday phrasings of Amazon's built-in intents. Anything
 * else is {@code AMAZON.FallbackIntent}. Case, punctuation and filler words ("um", "please") do
 * not matter; when several samples fit, the most specific one wins.
 */
final class UtteranceResolver {
    private static final Set<String> LAUNCH_VERBS = Set.of("open", "start", "launch");
    private static final Set<String> ONE_SHOT_VERBS = Set.of("ask", "tell");
    private static final String NUMBER_TYPE = "AMAZON.NUMBER";
    private static final String TIME_TYPE = "AMAZON.TIME";

    private final List<String> invocation;
    private final List<Sample> samples = new ArrayList<>();
    /** Each word to the samples (by index) that say it: only a sample whose every word was typed can match. */
    private final Map<String, List<Integer>> samplesSaying = new HashMap<>();
    /** Per custom slot type: each value and synonym, in canonical words, to its text in the model. */
    private final Map<String, Map<String, String>> catalogue = new HashMap<>();

    public UtteranceResolver(InteractionModel model) {
        this.invocation = Words.of(model.invocationName());
        model.types().forEach((type, values) -> {
            Map<String, String> phrases = new HashMap<>();
            for (InteractionModel.SlotValue v : values) {
                phrases.putIfAbsent(Words.canonical(v.value()), v.value());
                v.synonyms().forEach(s -> phrases.putIfAbsent(Words.canonical(s), s));
            }
            catalogue.put(type, phrases);
        });
        Set<String> claimed = new HashSet<>();
        for (InteractionModel.IntentDef intent : model.intents().values()) {
            for (String text : intent.samples()) {
                Sample.compile(intent.name(), text, intent.slots(), false).ifPresent(s -> {
                    samples.add(s);
                    if (!intent.name().startsWith("AMAZON.") && s.literalText() != null) {
                        claimed.add(s.literalText());
                    }
                });
            }
        }
        BuiltInPhrasings.BY_INTENT.forEach((intent, phrasings) -> {
            if (model.intents().containsKey(intent)) {
                for (String text : phrasings) {
                    Sample.compile(intent, text, Map.of(), true)
                            .filter(s -> !claimed.contains(s.literalText()))
                            .ifPresent(samples::add);
                }
            }
        });
        for (int i = 0; i < samples.size(); i++) {
            for (String word : samples.get(i).literalWords()) {
                samplesSaying.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Returns what Alexa would make of {@code typed}. */
    public Understood resolve(String typed) {
        List<String> said = Words.of(typed);
        List<String> words = said;
        int start = 0;
        while (start < words.size() && Words.FILLERS.contains(words.get(start))) {
            start++;
        }
        words = words.subList(start, words.size());
        if (words.size() > invocation.size() && words.subList(1, invocation.size() + 1).equals(invocation)) {
            String verb = words.get(0);
            List<String> rest = words.subList(invocation.size() + 1, words.size());
            if (!rest.isEmpty() && rest.get(0).equals("to")) {
                rest = rest.subList(1, rest.size());
            }
            if (rest.isEmpty() && (LAUNCH_VERBS.contains(verb) || ONE_SHOT_VERBS.contains(verb))) {
                return Understood.launch(String.join(" ", words));
            }
            if (ONE_SHOT_VERBS.contains(verb)) {
                return intentOf(rest, Understood.Kind.ONE_SHOT);
            }
        }
        // Fillers before the words are skipped for free by the match, unless a sample says them ("please do").
        return intentOf(said, Understood.Kind.INTENT);
    }

    /** A run of typed words read as a value of one slot type. */
    private record FillKey(String type, List<String> words) {}

    private Understood intentOf(List<String> words, Understood.Kind kind) {
        Sample.Match best = null;
        // Only samples whose every word was typed are tried: count, per sample, its words that were.
        int[] typed = new int[samples.size()];
        for (String word : new HashSet<>(words)) {
            for (int i : samplesSaying.getOrDefault(word, List.of())) {
                typed[i]++;
            }
        }
        // Every sample asks to fill its slots from the same runs of words: each run is read once.
        Map<FillKey, Optional<Sample.Fill>> fills = new HashMap<>();
        Sample.Filler once = (type, run) -> fills.computeIfAbsent(new FillKey(type, run), k -> fill(type, run));
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            if (typed[i] < sample.literalWords().size()) {
                continue;
            }
            Optional<Sample.Match> match = sample.match(words, once);
            if (match.isPresent() && match.get().beats(best)) {
                best = match.get();
            }
        }
        if (best == null) {
            return new Understood(kind, Understood.FALLBACK, Map.of(), null);
        }
        return new Understood(kind, best.intent(), best.slots(), best.sampleText());
    }

    /**
     * Fills a slot from typed words: a catalogue value (sent in the model's own words, so entity
     * resolution finds it), a number (sent as digits, as Alexa does), or unknown words as heard.
     */
    private Optional<Sample.Fill> fill(String type, List<String> words) {
        if (type.equals(NUMBER_TYPE)) {
            OptionalLong n = Numbers.parse(words);
            return n.isPresent() ? Optional.of(new Sample.Fill(Long.toString(n.getAsLong()), true)) : Optional.empty();
        }
        if (type.equals(TIME_TYPE)) {
            return Times.parse(words).map(value -> new Sample.Fill(value, true));
        }
        List<String> heard = Words.withoutFillers(words);
        if (heard.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> phrases = catalogue.getOrDefault(type, Map.of());
        String known = phrases.get(String.join(" ", words));
        if (known == null) {
            known = phrases.get(String.join(" ", heard));
        }
        if (known != null) {
            return Optional.of(new Sample.Fill(known, true));
        }
        return Optional.of(new Sample.Fill(String.join(" ", heard), false));
    }
}

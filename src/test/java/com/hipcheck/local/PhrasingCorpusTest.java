package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.HashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the phrasing corpus (src/test/resources/phrasings): each line is said at its moment of a
 * fresh session, heard with the local resolver and sent through the real stream handler. An
 * observation is understood when exactly the answers it means are recorded; a line that records
 * an answer it does not mean (another question, the other polarity) is misrecorded, which no share
 * of understood lines makes up for. Any other line is understood when its intent (and slot ids)
 * are heard.
 *
 * <p>Every locale runs the shared corpus and its own lines ({@code phrasings/<locale>/}), each heard
 * with that locale's model and its slots read by it. As in {@link NeverMisreadTest}, a line heard
 * exactly as one already sent at the same moment is not sent again: the dialog knows no locale.
 */
class PhrasingCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/phrasings");
    static final double UNDERSTOOD_AT_LEAST = 0.97;

    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    private static final InteractionModel MODEL = EverySampleResolvesTest.MODEL;

    /** The answers a line heard as (moment, intent, slots) recorded: the same in every locale. */
    private static final Map<String, Map<String, String>> RECORDED = new HashMap<>();
    private static final Pattern ANSWER = Pattern.compile("[A-Z_]+=(YES|NO|UNSURE)");

    /**
     * One line of the corpus.
     *
     * @param moment where in the conversation it is said (see {@link Moments})
     * @param typed the words
     * @param answers the answers it records on the right side, question to answer; empty for an intent line
     * @param intent the intent it must be heard as; null for an observation line
     * @param slots slot name to the id (or number) it must carry, for an intent line
     */
    record Line(String file, int number, String moment, String typed, Map<String, String> answers, String intent,
            Map<String, String> slots) {
        @Override
        public String toString() {
            return moment + " | " + typed;
        }

        String meaning() {
            if (intent == null) {
                return describe(answers);
            }
            return intent + slots.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining());
        }
    }

    /** What became of one line. */
    record Outcome(Line line, boolean understood, boolean misrecorded, String got) {}

    @ParameterizedTest
    @MethodSource("com.hipcheck.ListingTest#locales")
    void theCorpusIsUnderstoodAndNothingIsMisrecorded(String locale) throws IOException {
        List<Line> lines = load(locale);
        SkillHarness skill = locale.equals(Locales.US) ? SKILL : new SkillHarness(locale);
        List<Outcome> outcomes = new ArrayList<>();
        for (Line line : lines) {
            outcomes.add(run(locale, line, skill));
        }
        long own = lines.stream().filter(l -> l.file().contains("/")).count();
        long understood = outcomes.stream().filter(Outcome::understood).count();
        long misrecorded = outcomes.stream().filter(Outcome::misrecorded).count();
        long newToTheModel = lines.stream().filter(l -> !inTheModel(l.typed(), LITERAL_SAMPLES)).count();
        long newWithSlotsFilled = lines.stream().filter(l -> !inTheModel(l.typed(), FILLED_SAMPLES)).count();
        double share = (double) understood / lines.size();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Phrasings %s: %d utterances (%d its own), %.1f %% understood, %d misrecorded; %d not a sample of en-US"
                        + " word for word, %d not one with its slots filled from the catalogue%n",
                locale, lines.size(), own, 100 * share, misrecorded, newToTheModel, newWithSlotsFilled));
        for (Outcome o : outcomes) {
            if (!o.understood()) {
                report.append(String.format(Locale.ROOT, "  %s %s:%d  \"%s\" -> %s (want %s)%n",
                        o.misrecorded() ? "MISRECORDED" : "miss", o.line().file(), o.line().number(),
                        o.line().typed(), o.got(), o.line().meaning()));
            }
        }
        System.out.print(report);

        assertTrue(lines.size() >= 500, lines.size() + " utterances, fewer than 500");
        assertTrue(2 * newToTheModel >= lines.size(), "only " + newToTheModel + " are not samples word for word");
        assertTrue(misrecorded == 0, report.toString());
        assertTrue(share >= UNDERSTOOD_AT_LEAST, report.toString());
        assertTrue(locale.equals(Locales.US) || own > 0, locale + " has no lines of its own");
    }

    /**
     * Brings a fresh session to the line's moment, says the line there as {@code locale} hears it and
     * reads what it did; a line heard as one already said there is not sent again.
     */
    private static Outcome run(String locale, Line line, SkillHarness skill) throws IOException {
        Understood heard = Locales.resolver(locale).resolve(line.typed());
        String key = line.moment() + " " + heard.intent() + " " + new TreeMap<>(heard.slots());
        Map<String, String> recorded = RECORDED.get(key);
        if (recorded == null) {
            Moments.Reached at = Moments.walk(line.moment(), skill);
            JsonNode before = at.last();
            JsonNode after = at.session().send(at.skill().requests().intent(heard.intent(), heard.slots()));
            recorded = recordedBetween(before, after);
            RECORDED.put(key, recorded);
        }
        InteractionModel model = Locales.model(locale);
        boolean misrecorded = recorded.entrySet().stream()
                .anyMatch(e -> !e.getValue().equals(line.answers().get(e.getKey())));
        String heardAs = heard.intent() + heardSlots(model, line, heard).entrySet().stream()
                .map(e -> " " + e.getKey() + "=" + e.getValue()).collect(Collectors.joining());
        String got = recorded.isEmpty() ? heardAs + ", recorded nothing" : heardAs + ", recorded " + describe(recorded);
        if (line.intent() == null) {
            return new Outcome(line, !misrecorded && recorded.equals(line.answers()), misrecorded, got);
        }
        boolean understood = line.intent().equals(heard.intent()) && line.slots().equals(heardSlots(model, line, heard));
        return new Outcome(line, understood && !misrecorded, misrecorded, got);
    }

    /** Returns the answers, on either side, that the response {@code after} holds and {@code before} did not. */
    private static Map<String, String> recordedBetween(JsonNode before, JsonNode after) {
        Map<String, String> recorded = new TreeMap<>();
        for (String side : List.of("right", "left")) {
            JsonNode was = before.path("sessionAttributes").path("hipCheck").path(side);
            JsonNode is = after.path("sessionAttributes").path("hipCheck").path(side);
            for (Iterator<Map.Entry<String, JsonNode>> it = is.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().equals(was.path(e.getKey()))) {
                    recorded.put(side.equals("right") ? e.getKey() : "left " + e.getKey(), e.getValue().asText());
                }
            }
        }
        return recorded;
    }

    /** Returns the slots of {@code heard} that the line names, as ids (custom types) or as heard (numbers). */
    private static Map<String, String> heardSlots(InteractionModel model, Line line, Understood heard) {
        Map<String, String> out = new TreeMap<>();
        Map<String, String> types = model.intents().containsKey(heard.intent())
                ? model.intents().get(heard.intent()).slots() : Map.of();
        for (String slot : line.slots().keySet()) {
            String spoken = heard.slots().get(slot);
            String type = types.get(slot);
            if (spoken != null && type != null) {
                out.put(slot, type.startsWith("AMAZON.") ? spoken
                        : model.resolve(type, spoken).match().map(InteractionModel.SlotValue::id)
                                .orElse("NO_MATCH:" + spoken));
            }
        }
        return out;
    }

    private static String describe(Map<String, String> answers) {
        return answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** Reads every corpus file: {@code moment | words | meaning}. */
    static List<Line> load() throws IOException {
        return load(Locales.US);
    }

    /** Reads the shared corpus, then {@code locale}'s own folder's. */
    static List<Line> load(String locale) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (CorpusFiles.Row row : CorpusFiles.readWithLocale(CORPUS, locale)) {
            lines.add(parse(row.file(), row.number(), row.moment(), row.words(), row.meaning()));
        }
        return lines;
    }

    private static Line parse(String file, int number, String moment, String typed, String said) {
        List<String> meaning = List.of(said.split("\\s+"));
        if (ANSWER.matcher(meaning.get(0)).matches()) {
            Map<String, String> answers = new TreeMap<>();
            for (String a : meaning) {
                if (!ANSWER.matcher(a).matches()) {
                    throw new IllegalArgumentException(file + ":" + number + ": not QUESTION=ANSWER: " + a);
                }
                String[] qa = a.split("=");
                answers.put(qa[0], qa[1]);
            }
            return new Line(file, number, moment, typed, answers, null, Map.of());
        }
        Map<String, String> slots = new TreeMap<>();
        for (String s : meaning.subList(1, meaning.size())) {
            String[] kv = s.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException(file + ":" + number + ": not slot=id: " + s);
            }
            slots.put(kv[0], kv[1]);
        }
        return new Line(file, number, moment, typed, Map.of(), meaning.get(0), slots);
    }

    /** The model's samples without slots, as canonical words. */
    static final List<Pattern> LITERAL_SAMPLES = samplePatterns(false);
    /** Every sample, each slot filled by any value or synonym of its type (any words for a number). */
    private static final List<Pattern> FILLED_SAMPLES = samplePatterns(true);

    /** Returns whether {@code typed} is one of {@code samples} word for word. */
    static boolean inTheModel(String typed, List<Pattern> samples) {
        String words = Words.canonical(typed);
        return samples.stream().anyMatch(p -> p.matcher(words).matches());
    }

    private static List<Pattern> samplePatterns(boolean filled) {
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        List<Pattern> out = new ArrayList<>();
        for (InteractionModel.IntentDef intent : MODEL.intents().values()) {
            for (String sample : intent.samples()) {
                if (!filled && sample.contains("{")) {
                    continue;
                }
                StringBuilder regex = new StringBuilder();
                Matcher m = placeholder.matcher(sample);
                int from = 0;
                while (m.find()) {
                    regex.append(literal(sample.substring(from, m.start())));
                    String type = intent.slots().get(m.group(1));
                    regex.append(type == null || type.startsWith("AMAZON.") ? "[a-z0-9 -]+" : values(type));
                    from = m.end();
                }
                regex.append(literal(sample.substring(from)));
                out.add(Pattern.compile(regex.toString().strip().replaceAll("\\s+", " ")));
            }
        }
        return out;
    }

    private static String literal(String text) {
        String words = Words.canonical(text);
        return words.isEmpty() ? " " : " " + Pattern.quote(words) + " ";
    }

    private static String values(String type) {
        return MODEL.types().getOrDefault(type, List.of()).stream()
                .flatMap(v -> Stream.concat(Stream.of(v.value()), v.synonyms().stream()))
                .map(Words::canonical).map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
    }
}

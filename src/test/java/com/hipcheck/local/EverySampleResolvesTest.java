package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every sample utterance of {@code models/en-US.json}, with each slot filled in turn by every
 * value and synonym of its type (a number for {@code AMAZON.NUMBER}), and checks that the resolver
 * gives back the sample's own intent and slots. A failure here is either a resolver bug or a real
 * ambiguity in the model.
 *
 * <p>Every other locale's model is en-US's source with an overlay, so walking all of each would
 * take five times as long to find what en-US's walk finds. For each other locale this walks every
 * sample en-US does not have (the overlay's own, and shared templates expanded with the overlay's
 * phrases) and every {@value #STRIDE}th shared one, a different share for each locale, so that
 * together the four cover most of the shared samples again in their own models.
 */
class EverySampleResolvesTest {
    static final InteractionModel MODEL = Locales.model(Locales.US);
    static final UtteranceResolver RESOLVER = Locales.resolver(Locales.US);

    /** Of the samples a locale shares with en-US, one in this many is walked in that locale. */
    static final int STRIDE = 16;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** One way of saying one sample: the text typed, and the intent and slot ids (or numbers) expected back. */
    record Case(String intent, String sample, String typed, Map<String, String> expected) {
        @Override
        public String toString() {
            return intent + ": " + typed;
        }
    }

    /** One sample of one intent in one locale; its cases are every filling of its slots. */
    record SampleOf(String locale, InteractionModel.IntentDef intent, String sample) {
        @Override
        public String toString() {
            return locale + " " + intent.name() + ": " + sample;
        }
    }

    static Stream<SampleOf> samples() {
        return samplesOf(Locales.US);
    }

    private static Stream<SampleOf> samplesOf(String locale) {
        return Locales.model(locale).intents().values().stream()
                .flatMap(intent -> intent.samples().stream().map(sample -> new SampleOf(locale, intent, sample)));
    }

    /** The samples walked in the locales beside en-US: each one's own, and a share of those it shares. */
    static Stream<SampleOf> otherLocalesSamples() {
        return Locales.OTHERS.stream().flatMap(locale -> {
            int offset = Locales.OTHERS.indexOf(locale);
            int[] n = {0};
            return samplesOf(locale).filter(s -> !inEnUs(s) || n[0]++ % STRIDE == offset % STRIDE);
        });
    }

    private static boolean inEnUs(SampleOf s) {
        InteractionModel.IntentDef us = MODEL.intents().get(s.intent().name());
        return us != null && us.samples().contains(s.sample());
    }

    @Test
    void everyLocaleHasSamplesOfItsOwnAndEachIsWalked() {
        for (String locale : Locales.OTHERS) {
            long own = samplesOf(locale).filter(s -> !inEnUs(s)).count();
            long walked = otherLocalesSamples().filter(s -> s.locale().equals(locale)).count();
            long shared = samplesOf(locale).count() - own;
            assertTrue(own > 0, locale + " has no sample of its own");
            assertTrue(walked >= own + shared / STRIDE, locale + ": " + walked + " walked of " + (own + shared));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocalesSamples")
    void sampleResolvesToItsOwnIntentAndSlotsInItsLocale(SampleOf s) {
        sampleResolvesToItsOwnIntentAndSlots(s);
    }

    @Test
    void everyValueAndSynonymIsTriedInTheSlottedSamples() {
        long cases = samples().mapToLong(s -> fillings(MODEL, s.intent(), s.sample()).size()).sum();
        assertTrue(cases > 1000, cases + " cases");
        assertEquals(MODEL.intents().values().stream().mapToLong(i -> i.samples().size()).sum(), samples().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleResolvesToItsOwnIntentAndSlots(SampleOf s) {
        List<String> wrong = new ArrayList<>();
        InteractionModel model = Locales.model(s.locale());
        UtteranceResolver resolver = Locales.resolver(s.locale());
        for (Case c : fillings(model, s.intent(), s.sample())) {
            Understood heard = resolver.resolve(c.typed());
            Map<String, String> got = new LinkedHashMap<>();
            heard.slots().forEach((slot, value) -> got.put(slot, idOrNumber(model, c.intent(), slot, value)));
            if (heard.kind() != Understood.Kind.INTENT || !c.intent().equals(heard.intent())
                    || !c.expected().equals(got)) {
                wrong.add("\"" + c.typed() + "\" expected " + c.intent() + " " + c.expected() + ", heard "
                        + heard.describe() + " " + got);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Fills the sample's slots: the n-th case takes the n-th phrase of each slot's type, so every phrase is used. */
    private static List<Case> fillings(InteractionModel model, InteractionModel.IntentDef intent, String sample) {
        Matcher m = PLACEHOLDER.matcher(sample);
        List<String> slots = new ArrayList<>();
        while (m.find()) {
            slots.add(m.group(1));
        }
        int count = slots.stream().mapToInt(s -> phrases(model, intent.slots().get(s)).size()).max().orElse(1);
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String typed = sample;
            Map<String, String> expected = new LinkedHashMap<>();
            for (int s = 0; s < slots.size(); s++) {
                String slot = slots.get(s);
                List<String[]> phrases = phrases(model, intent.slots().get(slot));
                // The second slot runs backwards, so the pairs differ and a value meets most others.
                String[] phrase = phrases.get(s == 0 ? n % phrases.size() : phrases.size() - 1 - n % phrases.size());
                typed = typed.replace("{" + slot + "}", phrase[0]);
                expected.put(slot, phrase[1]);
            }
            cases.add(new Case(intent.name(), sample, typed, expected));
        }
        return cases;
    }

    /** Returns each way of saying a value of {@code type}, with what the slot should resolve to. */
    private static List<String[]> phrases(InteractionModel model, String type) {
        if (type.equals("AMAZON.NUMBER")) {
            return List.of(new String[] {"twenty", "20"}, new String[] {"twenty five", "25"});
        }
        if (type.equals("AMAZON.TIME")) {
            // As Alexa resolves them: a time of day, an hour said alone, a part of the day.
            return List.of(new String[] {"seven pm", "19:00"}, new String[] {"eight", "08:00"},
                    new String[] {"seven thirty am", "07:30"}, new String[] {"evening", "EV"});
        }
        List<String[]> phrases = new ArrayList<>();
        for (InteractionModel.SlotValue v : model.types().get(type)) {
            phrases.add(new String[] {v.value(), v.id()});
            v.synonyms().forEach(s -> phrases.add(new String[] {s, v.id()}));
        }
        return phrases;
    }

    private static String idOrNumber(InteractionModel model, String intent, String slot, String value) {
        String type = model.slotType(intent, slot).orElseThrow();
        if (!model.isCustomType(type)) {
            return value;
        }
        return model.resolve(type, value).match().map(InteractionModel.SlotValue::id).orElse("NO_MATCH:" + value);
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Natural ways of saying things, typed as people type them, and what Alexa should make of each. */
class UtteranceResolverTest {
    static final InteractionModel MODEL = EverySampleResolvesTest.MODEL;
    static final UtteranceResolver RESOLVER = EverySampleResolvesTest.RESOLVER;

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I'm ready                                  | ReadyIntent                |
            I am ready.                                | ReadyIntent                |
            okay I'm in position                       | ReadyIntent                |
            Um, ok, ready                              | ReadyIntent                |
            continue                                   | ReadyIntent                |
            give me a minute                           | WaitIntent                 |
            hang on please                             | WaitIntent                 |
            I'm not ready                              | WaitIntent                 |
            it stays up                                | DescribeIntent             | observation=THIGH_STAYS_UP
            It doesn't drop.                           | DescribeIntent             | observation=THIGH_STAYS_UP
            it does not drop                           | DescribeIntent             | observation=THIGH_STAYS_UP
            my leg falls out to the side               | DescribeIntent             | legObservation=LEG_DRIFTS_OUT
            my back is flat                            | DescribeIntent             | backObservation=BACK_FLAT
            it drops all the way                       | DescribeIntent             | observation=THIGH_DROPS
            yes it drops                               | DescribeIntent             | observation=THIGH_DROPS
            so well the thigh um drops down            | DescribeIntent             | thighObservation=THIGH_DROPS
            my leg drifts out and my back arches       | DescribeIntent             | backObservation=BACK_ARCHES legObservation=LEG_DRIFTS_OUT
            my leg wiggles                             | DescribeIntent             | legObservation=NO_MATCH:wiggles
            I'm not sure                               | UnsureIntent               |
            no idea                                    | UnsureIntent               |
            yes                                        | AMAZON.YesIntent           |
            Yeah!                                      | AMAZON.YesIntent           |
            sure                                       | AMAZON.YesIntent           |
            yep                                        | AMAZON.YesIntent           |
            okay                                       | OkayIntent                 |
            no                                         | AMAZON.NoIntent            |
            nope                                       | AMAZON.NoIntent            |
            nah                                        | AMAZON.NoIntent            |
            no it doesn't                              | AMAZON.NoIntent            |
            help                                       | AMAZON.HelpIntent          |
            what can I say?                            | AMAZON.HelpIntent          |
            what do I do                               | AMAZON.HelpIntent          |
            repeat                                     | AMAZON.RepeatIntent        |
            say that again                             | AMAZON.RepeatIntent        |
            stop                                       | AMAZON.StopIntent          |
            quit                                       | AMAZON.StopIntent          |
            exit                                       | AMAZON.StopIntent          |
            cancel                                     | AMAZON.CancelIntent        |
            never mind                                 | AMAZON.CancelIntent        |
            go back                                    | AMAZON.PreviousIntent      |
            back                                       | AMAZON.PreviousIntent      |
            previous                                   | AMAZON.PreviousIntent      |
            start over                                 | AMAZON.StartOverIntent     |
            restart                                    | AMAZON.StartOverIntent     |
            pause                                      | AMAZON.PauseIntent         |
            resume                                     | AMAZON.ResumeIntent        |
            go home                                    | AMAZON.NavigateHomeIntent  |
            hold for twenty five seconds               | HoldTimeIntent             | seconds=25
            hold for twenty-five seconds               | HoldTimeIntent             | seconds=25
            hold it for 20 seconds please              | HoldTimeIntent             | seconds=20
            make it thirty seconds                     | HoldTimeIntent             | seconds=30
            that hurts                                 | PainIntent                 |
            Alexa, that hurts                          | PainIntent                 |
            alexa that hurts                           | PainIntent                 |
            Ouch, that really hurts!                   | PainIntent                 |
            my back hurts                              | PainIntent                 | where=BACK
            should I stretch my hip flexors            | ShouldStretchIntent        |
            should I stretch my hips daily             | EveryDayIntent             |
            the kneeling one                           | ChooseStretchIntent        | stretch=HALF_KNEELING
            edge of the bed please                     | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            let's do the half kneeling stretch         | ChooseStretchIntent        | stretch=HALF_KNEELING
            start the test                             | StartTestIntent            |
            the lying down one                         | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            the one on the bed                         | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            the bed one                                | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            um, the table one please                   | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            let's do the bed one                       | ChooseStretchIntent        | stretch=EDGE_OF_TABLE
            the floor one                              | ChooseStretchIntent        | stretch=HALF_KNEELING
            the one on my knee                         | ChooseStretchIntent        | stretch=HALF_KNEELING
            let's do the kneeling one                  | ChooseStretchIntent        | stretch=HALF_KNEELING
            I'm lying down                             | ReadyIntent                |
            lying down                                 | ReadyIntent                |
            I'm on the bed                             | ReadyIntent                |
            I'm at the edge of the bed                 | ReadyIntent                |
            I'm on my back at the edge of the bed      | ReadyIntent                |
            yeah, let's do it                          | AMAZON.YesIntent           |
            why not                                    | AMAZON.YesIntent           |
            I think so                                 | AMAZON.YesIntent           |
            sounds good                                | OkayIntent                 |
            not now                                    | AMAZON.NoIntent            |
            I'm good                                   | AMAZON.NoIntent            |
            no thanks                                  | AMAZON.NoIntent            |
            what?                                      | AMAZON.RepeatIntent        |
            huh?                                       | AMAZON.RepeatIntent        |
            sorry?                                     | AMAZON.RepeatIntent        |
            come again                                 | AMAZON.RepeatIntent        |
            say that one more time                     | AMAZON.RepeatIntent        |
            I'm confused                               | AMAZON.HelpIntent          |
            I don't understand                         | AMAZON.HelpIntent          |
            what should I say?                         | AMAZON.HelpIntent          |
            can sitting make them tight                | SittingIntent              |
            does sitting all day tighten my hips       | SittingIntent              |
            is it bad to stretch every day?            | EveryDayIntent             |
            is the kneeling one safer?                 | SafestStretchIntent        |
            is stretching even worth it                | ShouldStretchIntent        |
            are my hips pulling on my back?            | WhyBackIntent              |
            30 second hold                             | HoldTimeIntent             | seconds=30
            make it twenty                             | HoldTimeIntent             | seconds=20
            hold it 25 seconds                         | HoldTimeIntent             | seconds=25
            twenty seconds                             | HoldTimeIntent             | seconds=20
            it purples                                 | AMAZON.FallbackIntent      |
            what's the weather like                    | AMAZON.FallbackIntent      |
            I'm not in position                        | AMAZON.FallbackIntent      |
            I'm done with dinner for tonight           | AMAZON.FallbackIntent      |
            um                                         | AMAZON.FallbackIntent      |
            """)
    void naturalVariantResolves(String typed, String intent, String slots) {
        Understood heard = RESOLVER.resolve(typed);
        assertEquals(Understood.Kind.INTENT, heard.kind(), heard.describe());
        assertEquals(intent, heard.intent(), () -> "\"" + typed + "\" was heard as " + heard.describe());
        assertEquals(slots == null ? "" : slots, slotIds(heard), heard.describe());
    }

    @ParameterizedTest(name = "\"{0}\" opens the skill")
    @CsvSource(delimiter = '|', value = {"open hip check", "Alexa, open Hip Check.", "start hip check", "launch hip check",
            "ask hip check", "alexa um launch hip check"})
    void invocationPhraseLaunches(String typed) {
        assertEquals(Understood.Kind.LAUNCH, RESOLVER.resolve(typed).kind());
    }

    @ParameterizedTest(name = "\"{0}\" is a one-shot {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ask hip check should I stretch my hip flexors    | ShouldStretchIntent
            ask hip check why do tight hip flexors hurt my back | WhyBackIntent
            tell hip check to start the test                 | StartTestIntent
            tell hip check that hurts                        | PainIntent
            ask hip check to check my hips                   | StartTestIntent
            """)
    void oneShotResolvesTheRestInANewSession(String typed, String intent) {
        Understood heard = RESOLVER.resolve(typed);
        assertEquals(Understood.Kind.ONE_SHOT, heard.kind());
        assertEquals(intent, heard.intent(), heard.describe());
    }

    @Test
    void builtInPhrasingClaimedByACustomIntentIsLeftToIt(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.json");
        Files.writeString(model, """
                {"interactionModel": {"languageModel": {"invocationName": "hip check", "intents": [
                  {"name": "ReadyIntent", "samples": ["ready"]},
                  {"name": "AMAZON.ResumeIntent", "samples": []},
                  {"name": "AMAZON.YesIntent", "samples": ["let's roll"]}]}}}
                """);
        UtteranceResolver resolver = new UtteranceResolver(InteractionModel.load(model));
        assertEquals("AMAZON.ResumeIntent", resolver.resolve("continue").intent());
        assertEquals("AMAZON.YesIntent", resolver.resolve("let's roll").intent());
        assertEquals("AMAZON.FallbackIntent", resolver.resolve("pause").intent(),
                "a built-in the model does not declare is never sent");
        assertEquals("AMAZON.FallbackIntent", RESOLVER.resolve("").intent());
    }

    @Test
    void continueBelongsToReadyIntentInThisModel() {
        assertTrue(MODEL.intents().get("ReadyIntent").samples().contains("continue"));
        assertEquals("ReadyIntent", RESOLVER.resolve("continue").intent());
        assertEquals("AMAZON.ResumeIntent", RESOLVER.resolve("carry on").intent());
    }

    /** The model is the one source of a built-in's added samples; the phrasings here are only Amazon's own. */
    @Test
    void builtInPhrasingsRepeatNoSampleTheModelGivesABuiltIn() {
        Map<String, String> sampleOf = new TreeMap<>();
        MODEL.intents().values().stream().filter(i -> i.name().startsWith("AMAZON.")).forEach(i -> i.samples()
                .forEach(sample -> sampleOf.put(Words.canonical(sample), i.name())));
        List<String> repeated = new ArrayList<>();
        Map<String, String> phrasingOf = new TreeMap<>();
        BuiltInPhrasings.BY_INTENT.forEach((intent, phrasings) -> phrasings.forEach(p -> {
            String canonical = Words.canonical(p);
            if (sampleOf.containsKey(canonical)) {
                repeated.add("'" + p + "' of " + intent + " is a sample of " + sampleOf.get(canonical));
            }
            String other = phrasingOf.putIfAbsent(canonical, intent);
            if (other != null) {
                repeated.add("'" + p + "' is a phrasing of " + other + " and " + intent);
            }
        }));
        assertEquals(List.of(), repeated);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"0,0", "twenty,20", "twenty five,25", "a hundred,100", "one hundred and five,105",
            "two thousand twenty,2020", "nineteen,19", "7,7"})
    void numbersAreReadAsDigits(String words, long expected) {
        assertEquals(expected, Numbers.parse(Words.of(words)).orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" is not one number")
    @CsvSource({"five twenty", "twenty twenty", "and", "a", "hundred", "five and", "zero five", "ten five"})
    void wordsThatAreNotOneNumberAreRefused(String words) {
        assertTrue(Numbers.parse(Words.of(words)).isEmpty());
    }

    /** Returns the slots as {@code name=ID}, sorted, with custom values resolved to their ids as entity resolution does. */
    private static String slotIds(Understood heard) {
        Map<String, String> ids = new TreeMap<>();
        heard.slots().forEach((slot, value) -> {
            String type = MODEL.slotType(heard.intent(), slot).orElseThrow();
            ids.put(slot, !MODEL.isCustomType(type) ? value : MODEL.resolve(type, value).match()
                    .map(InteractionModel.SlotValue::id).orElse("NO_MATCH:" + value));
        });
        StringBuilder out = new StringBuilder();
        ids.forEach((k, v) -> out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }
}

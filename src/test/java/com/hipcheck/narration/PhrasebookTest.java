package com.hipcheck.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhrasebookTest {
    static final Path EN_US = Path.of("src", "main", "resources", "speech", "en_US.properties");
    private static final Phrasebook BOOK = Phrasebook.forLocale("en-US");

    @ParameterizedTest
    @EnumSource(Msg.class)
    void everyMessageHasWordsInAmericanEnglish(Msg msg) {
        String text = BOOK.text(msg);

        assertFalse(text.isBlank(), msg.key());
        assertEquals(text.strip(), text, msg.key() + " is not trimmed");
    }

    @Test
    void theFileHasTextForEveryMessageAndNoKeyThatIsNotAMessage() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(EN_US, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        Set<String> keys = props.stringPropertyNames();
        Set<String> msgKeys = Arrays.stream(Msg.values()).map(Msg::key).collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>(msgKeys);
        missing.removeAll(keys);
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(msgKeys);
        unused.removeAll(Phrasebook.SETTINGS);

        assertEquals(Set.of(), missing, "messages with no text");
        assertEquals(Set.of(), unused, "keys that are no message");
        for (String key : msgKeys) {
            assertFalse(props.getProperty(key).isBlank(), key + " is blank");
        }
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        // Properties.load keeps the last of two equal keys silently, so read the lines.
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(EN_US, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            boolean isEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
            if (isEntry) {
                keys.add(trimmed.split("\\s*[=:]\\s*|\\s+", 2)[0]);
            }
            continued = trimmed.endsWith("\\") && (continued || isEntry);
        }
        Set<String> seen = new HashSet<>();
        Set<String> twice = keys.stream().filter(k -> !seen.add(k)).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), twice);
        // Every message, and the settings: how a day is said.
        assertEquals(Msg.values().length + Phrasebook.SETTINGS.size(), keys.size());
    }

    @ParameterizedTest
    @EnumSource(Msg.class)
    void textsUseOnlyTheArgumentsTheyAreGiven(Msg msg) {
        // The sentences naming up to three signs for a side take four arguments, as does the short
        // set-up (side, stretch, rounds, seconds), the practice log's week, four weeks and last day
        // three; every other text two at most.
        String allowed = msg.name().startsWith("SIGNS_") || msg.name().startsWith("SHORT_SETUP_") ? "[0-3]"
                : msg == Msg.PROGRESS_WEEK_AND_MONTH ? "[0-2]" : "[01]";
        Matcher placeholders = Pattern.compile("\\{([^}]*)}").matcher(BOOK.text(msg));
        while (placeholders.find()) {
            assertTrue(placeholders.group(1).matches(allowed), msg.key() + " has {" + placeholders.group(1) + "}");
        }
    }

    @Test
    void argumentsFillTheirPlaceholdersAndAMessageArgumentIsSpokenInItsOwnWords() {
        assertEquals("Now switch sides: hug your right knee and let your left leg hang off the edge."
                        + " Say ready once it settles.",
                BOOK.text(Msg.SWITCH_SIDE, Msg.SIDE_LEFT, Msg.SIDE_RIGHT));
    }

    @Test
    void numbersAndStringsAreSpokenAsGiven() {
        assertEquals("Hold it there for 25 seconds, and keep breathing.", BOOK.text(Msg.HOLD_START, 25));
        assertEquals("Your stretch: the edge-of-table stretch, held 20 seconds on each tight side.",
                BOOK.text(Msg.CARD_STRETCH, Msg.STRETCH_NAME_EDGE, 20));
        assertEquals("Ready for your middle side?", BOOK.text(Msg.NEXT_SIDE, "middle"));
    }

    @Test
    void aLineIsSpokenLikeItsMessageWithItsArguments() {
        Part.Line line = new Part.Line(Msg.STRETCH_INTRO, List.of(Msg.STRETCH_NAME_KNEELING, Msg.SIDE_RIGHT));

        assertEquals("Here's the half-kneeling stretch for your right hip.", BOOK.text(line));
    }

    @Test
    void apostrophesSurviveWithAndWithoutArguments() {
        // With MessageFormat a single quote would start a quoted run and vanish once arguments are filled.
        assertEquals("Step two: bring your left knee toward your chest and hug it with both arms."
                + " Say ready when you've got it.", BOOK.text(Msg.STEP_HUG, Msg.SIDE_LEFT));
        assertEquals("No problem. Open Hip Check whenever you'd like to find out.", BOOK.text(Msg.DECLINED_TEST));
    }

    @Test
    void quotesInTheFileReachTheTextUnchanged() {
        assertTrue(BOOK.text(Msg.INTERRUPT_ANYTIME).contains("say \"Alexa, stop\" or \"Alexa, that hurts\""));
    }

    @ParameterizedTest(name = "{0} is said \"{1}\" on 2026-12-07, a Monday")
    @CsvSource({
            "2026-12-07, earlier today",
            "2026-12-06, yesterday",
            "2026-12-05, on Saturday",
            "2026-12-01, on Tuesday",
            "2026-11-30, on November 30th",
            "2026-11-27, on November 27th",
            "2025-12-03, on December 3rd",
            "2025-12-07, on December 7th",
            "2026-12-08, on December 8th",
            "2027-01-01, on January 1st",
    })
    void aDayIsSaidAsPeopleSayItRelativeToToday(String day, String said) {
        Day relative = new Day(LocalDate.parse(day), LocalDate.parse("2026-12-07"));

        assertEquals(said, BOOK.day(relative));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-07, TODAY",
            "2026-12-06, YESTERDAY",
            "2026-12-05, WEEKDAY",
            "2026-12-01, WEEKDAY",
            "2026-11-30, DATE",
            "2026-12-08, DATE",
            "2026-06-07, DATE",
    })
    void aDayIsWordedByHowManyDaysBackItIs(String day, Day.Wording wording) {
        assertEquals(wording, new Day(LocalDate.parse(day), LocalDate.parse("2026-12-07")).wording());
    }

    @Test
    void aDayArgumentIsSpokenRelativeToToday() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        Part.Line line = new Part.Line(Msg.ACK_NOTED, List.of(new Day(today.minusDays(3), today)));

        assertEquals("Got it: on Friday.", BOOK.text(line));
        assertEquals("Got it: yesterday.", BOOK.text(Msg.ACK_NOTED, new Day(today.minusDays(1), today)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "de-DE", "en-ZA", "en-NZ", "fr", "en_US_x", "EN-US", "en-gb"})
    void anUnknownLocaleFallsBackToAmericanEnglish(String locale) {
        Phrasebook book = Phrasebook.forLocale(locale);

        assertEquals("en_US", book.name());
        assertSame(BOOK, book);
        assertEquals(BOOK.text(Msg.WELCOME), book.text(Msg.WELCOME));
    }

    @Test
    void americanEnglishIsTheDefaultLocale() {
        assertEquals("en_US", BOOK.name());
        assertEquals(Phrasebook.DEFAULT_LOCALE.toString(), BOOK.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-CA", "en-AU", "en-IN"})
    void aServedLocaleSaysItsOwnWordsAndEnUsWordsForEveryOtherKey(String locale) throws IOException {
        Phrasebook book = Phrasebook.forLocale(locale);
        Properties own = ownWords(locale);

        assertEquals(locale.replace('-', '_'), book.name());
        assertTrue(book.text(Msg.RED_FLAG).contains("doctor or physiotherapist"), book.text(Msg.RED_FLAG));
        for (Msg msg : Msg.values()) {
            String expected = own.containsKey(msg.key()) ? own.getProperty(msg.key()).strip() : BOOK.text(msg);
            assertEquals(expected, book.text(msg), locale + " " + msg.key());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-CA", "en-AU", "en-IN"})
    void aLocalesFileHoldsOnlyWordsThatDifferFromEnUs(String locale) throws IOException {
        Properties own = ownWords(locale);
        Properties us = new Properties();
        try (Reader in = Files.newBufferedReader(EN_US, StandardCharsets.UTF_8)) {
            us.load(in);
        }

        assertFalse(own.isEmpty(), locale);
        assertTrue(own.size() * 10 < us.size(), locale + " copies " + own.size() + " of en-US's " + us.size() + " keys");
        for (String key : own.stringPropertyNames()) {
            assertTrue(us.containsKey(key), locale + " has " + key + ", which en-US has not");
            assertFalse(us.getProperty(key).strip().equals(own.getProperty(key).strip()), locale + " repeats en-US's " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"})
    void aDateIsSaidInTheOrderOfTheLocalesOwnLongDate(String locale) {
        LocalDate day = LocalDate.of(2026, 11, 27);
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(locale)).format(day);
        String said = Phrasebook.forLocale(locale).text(Msg.LAST_TEST, new Day(day, LocalDate.of(2026, 12, 7)));

        assertEquals(written.startsWith("27"), said.contains("on 27 November"), locale + ": " + written + " / " + said);
    }

    @ParameterizedTest
    @CsvSource({
            "en-US, on November 27th, on November 2nd",
            "en-CA, on November 27th, on November 2nd",
            "en-GB, on 27 November, on 2 November",
            "en-AU, on 27 November, on 2 November",
            "en-IN, on 27 November, on 2 November",
            "de-DE, on November 27th, on November 2nd",
    })
    void aDateIsSaidTheLocalesWayAndRecentDaysAlike(String locale, String late, String early) {
        Phrasebook book = Phrasebook.forLocale(locale);
        LocalDate today = LocalDate.of(2026, 12, 7);

        assertEquals("Your last test was " + late + ".",
                book.text(Msg.LAST_TEST, new Day(LocalDate.of(2026, 11, 27), today)));
        assertEquals("Your last test was " + early + ".",
                book.text(Msg.LAST_TEST, new Day(LocalDate.of(2026, 11, 2), today)));
        assertEquals("Your last test was on Friday.", book.text(Msg.LAST_TEST, new Day(today.minusDays(3), today)));
        assertEquals("Your last test was yesterday.", book.text(Msg.LAST_TEST, new Day(today.minusDays(1), today)));
        assertEquals("Your last test was earlier today.", book.text(Msg.LAST_TEST, new Day(today, today)));
    }

    @Test
    void aLocalesFileOverAnotherKeyIsRefused() {
        Properties base = Phrasebook.properties("/layered/en_US.properties");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Phrasebook.layered("/layered/", base, "xx_XX"));

        assertEquals("/layered/xx_XX.properties has extra.key, which /layered/en_US.properties has not", e.getMessage());
    }

    @Test
    void aLocaleWithoutAFileOfItsOwnHasEnUsWordsAndAFileReplacesOnlyItsKeys() {
        Properties base = Phrasebook.properties("/layered/en_US.properties");
        Properties none = Phrasebook.layered("/layered/", base, "yy_YY");
        Properties some = Phrasebook.layered("/layered/", base, "zz_ZZ");

        assertEquals("hello", none.getProperty("greeting"));
        assertEquals("howdy", some.getProperty("greeting"));
        assertEquals("bye", some.getProperty("farewell"));
        assertEquals("hello", base.getProperty("greeting"), "en-US's own words are left as they are");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-CA", "en-AU", "en-IN", "fr-FR"})
    void screenWordsFallBackToEnUsKeyByKey(String locale) {
        Labels labels = Labels.forLocale(locale);
        Labels us = Labels.forLocale("en-US");
        Phrasebook book = Phrasebook.forLocale(locale);

        for (Label label : Label.values()) {
            assertEquals(us.text(label, BOOK, 1, 2), labels.text(label, BOOK, 1, 2), locale + " " + label.key());
        }
        assertTrue(labels.text(Label.values()[0], book).length() > 0);
    }

    private static Properties ownWords(String locale) throws IOException {
        Properties own = new Properties();
        Path file = EN_US.resolveSibling(locale.replace('-', '_') + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            own.load(in);
        }
        return own;
    }
}

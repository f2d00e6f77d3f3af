package com.hipcheck.narration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every sentence Hip Check speaks, for one locale, read once from
 * {@code speech/en_US.properties} with the locale's own {@code speech/<locale>.properties} over it:
 * a locale's file holds only the words that must differ there, and every other key falls back to
 * en-US. Arguments are written {@code {0}}, {@code {1}}; apostrophes are plain text (this is not
 * {@link java.text.MessageFormat}).
 */
public final class Phrasebook {
    /** The locale every other locale falls back to, key by key, and a locale not served as a whole. */
    public static final Locale DEFAULT_LOCALE = Locale.US;

    /** The locales Hip Check serves, as resource names: en-US first, each other one en-US with its own words over it. */
    public static final List<String> SERVED = List.of("en_US", "en_GB", "en_CA", "en_AU", "en_IN");

    /** The pattern a date argument is said with, such as {@code MMMM d}. */
    static final String DATE_FORMAT = "date.format";

    /** The keys in a phrasebook's file that are no {@link Msg}: how days are said. */
    static final List<String> SETTINGS = settingKeys();

    private static final Map<String, Phrasebook> LOADED = loadServed();

    private final String name;
    private final EnumMap<Msg, String> texts;
    private final Locale locale;
    private final String dateFormat;
    private final EnumMap<Day.Wording, String> dayWords;

    private Phrasebook(String name, EnumMap<Msg, String> texts, String dateFormat, EnumMap<Day.Wording, String> dayWords) {
        this.name = name;
        this.texts = texts;
        this.locale = Locale.forLanguageTag(name.replace('_', '-'));
        this.dateFormat = dateFormat;
        this.dayWords = dayWords;
    }

    private static Map<String, Phrasebook> loadServed() {
        Map<String, Phrasebook> books = new HashMap<>();
        for (Map.Entry<String, Properties> layer : layers("/speech/").entrySet()) {
            books.put(layer.getKey(), load(layer.getKey(), layer.getValue()));
        }
        return Map.copyOf(books);
    }

    private static List<String> settingKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(DATE_FORMAT);
        for (Day.Wording wording : Day.Wording.values()) {
            keys.add(wording.key());
        }
        return List.copyOf(keys);
    }

    /** Returns the phrasebook for a request locale such as {@code en-GB}, or en-US's for a locale not served. */
    public static Phrasebook forLocale(String alexaLocale) {
        String key = alexaLocale == null ? "" : alexaLocale.replace('-', '_');
        Phrasebook book = LOADED.get(key);
        return book != null ? book : LOADED.get("en_US");
    }

    /** Returns the locale name this phrasebook was loaded for, such as {@code en_US}. */
    public String name() {
        return name;
    }

    /** Returns the text of one line with its arguments filled in. */
    public String text(Part.Line line) {
        return text(line.msg(), line.args().toArray());
    }

    /** Returns the text of {@code msg} with {@code args} filled in; a {@link Msg} argument is spoken in its own words. */
    public String text(Msg msg, Object... args) {
        return fill(texts.get(msg), args);
    }

    private String fill(String template, Object... args) {
        if (args.length == 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(template, i + 1, close)) {
                int index = Integer.parseInt(template, i + 1, close, 10);
                out.append(index < args.length ? argumentText(args[index]) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String argumentText(Object arg) {
        if (arg instanceof Msg m) {
            return texts.get(m);
        }
        if (arg instanceof Part.Line line) {
            return text(line);
        }
        if (arg instanceof LocalDate date) {
            return day(date);
        }
        if (arg instanceof Day day) {
            return day(day);
        }
        if (arg instanceof LocalTime time) {
            return time(time);
        }
        return String.valueOf(arg);
    }

    /** Returns a time of day as people say it: "7 pm", "7:30 am", "12 pm" for noon. */
    static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? " am" : " pm");
    }

    /**
     * Returns a day as this phrasebook says it: its {@code date.format} pattern, and in English
     * the day of the month as an ordinal ("November 2nd"), which speech reads as people say it.
     */
    private String day(LocalDate date) {
        String text = DateTimeFormatter.ofPattern(dateFormat, locale).format(date);
        if (!locale.getLanguage().equals("en") || !dateFormat.endsWith("d")) {
            return text;
        }
        int d = date.getDayOfMonth();
        String suffix = d >= 11 && d <= 13 ? "th" : switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return text + suffix;
    }

    /**
     * Returns a day as said relative to today, in this phrasebook's words: "earlier today",
     * "yesterday", its weekday in the phrasebook's language, or its date as {@link #day(LocalDate)}.
     */
    String day(Day day) {
        Day.Wording wording = day.wording();
        String words = dayWords.get(wording);
        return switch (wording) {
            case TODAY, YESTERDAY -> words;
            case WEEKDAY -> fill(words, day.day().getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
            case DATE -> fill(words, day(day.day()));
        };
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Phrasebook load(String name, Properties props) {
        String path = "/speech/" + name + ".properties";
        EnumMap<Msg, String> texts = new EnumMap<>(Msg.class);
        for (Msg msg : Msg.values()) {
            String text = props.getProperty(msg.key());
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(path + " has no text for " + msg.key());
            }
            texts.put(msg, text.strip());
        }
        EnumMap<Day.Wording, String> dayWords = new EnumMap<>(Day.Wording.class);
        for (Day.Wording wording : Day.Wording.values()) {
            dayWords.put(wording, setting(props, path, wording.key()));
        }
        return new Phrasebook(name, texts, setting(props, path, DATE_FORMAT), dayWords);
    }

    private static String setting(Properties props, String path, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(path + " has no " + key);
        }
        return value.strip();
    }

    /**
     * Returns the words of every served locale in folder {@code dir}, by resource name: en-US's
     * file read once (about 23 kB, parsed on every cold start), and each other locale's over a copy of it.
     */
    static Map<String, Properties> layers(String dir) {
        Properties base = properties(dir + DEFAULT_LOCALE + ".properties");
        Map<String, Properties> layers = new HashMap<>();
        for (String name : SERVED) {
            layers.put(name, layered(dir, base, name));
        }
        return layers;
    }

    /**
     * Returns the words of locale {@code name} in folder {@code dir}: {@code base}, en-US's words,
     * with the locale's own file (when there is one) over a copy of them; {@code base} itself is
     * never changed. A locale's file may only replace en-US's words, never add a key, so a key
     * en-US renames or drops cannot linger there unused.
     */
    static Properties layered(String dir, Properties base, String name) {
        String path = dir + name + ".properties";
        Properties own = name.equals(DEFAULT_LOCALE.toString()) ? null : read(path);
        if (own == null) {
            return base;
        }
        String basePath = dir + DEFAULT_LOCALE + ".properties";
        Properties props = new Properties();
        props.putAll(base);
        for (String key : own.stringPropertyNames()) {
            if (!props.containsKey(key)) {
                throw new IllegalStateException(path + " has " + key + ", which " + basePath + " has not");
            }
            if (own.getProperty(key).isBlank()) {
                throw new IllegalStateException(path + " has no text for " + key);
            }
            props.setProperty(key, own.getProperty(key));
        }
        return props;
    }

    /** Returns the properties of the resource at {@code path}, read as UTF-8; a missing one is an error. */
    static Properties properties(String path) {
        Properties props = read(path);
        if (props == null) {
            throw new IllegalStateException("missing words " + path);
        }
        return props;
    }

    /** Returns the properties of the resource at {@code path}, read as UTF-8, or null when there is none. */
    private static Properties read(String path) {
        Properties props = new Properties();
        try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read words " + path, e);
        }
        return props;
    }
}

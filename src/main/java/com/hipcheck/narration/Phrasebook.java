package com.hipcheck.narration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every sentence Hip Check speaks, for one locale, read once from
 * {@code speech/<locale>.properties}. Arguments are written {@code {0}}, {@code {1}}; apostrophes
 * are plain text (this is not {@link java.text.MessageFormat}).
 */
public final class Phrasebook {
    /** The locale every other locale falls back to until it has a phrasebook of its own. */
    public static final Locale DEFAULT_LOCALE = Locale.US;

    private static final Map<String, Phrasebook> LOADED = Map.of("en_US", load("en_US"));

    private final String name;
    private final EnumMap<Msg, String> texts;

    private Phrasebook(String name, EnumMap<Msg, String> texts) {
        this.name = name;
        this.texts = texts;
    }

    /** Returns the phrasebook for a request locale such as {@code en-US}, or the default one. */
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
        String template = texts.get(msg);
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
        return arg instanceof Msg m ? texts.get(m) : String.valueOf(arg);
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

    private static Phrasebook load(String name) {
        String path = "/speech/" + name + ".properties";
        Properties props = new Properties();
        try (InputStream in = Phrasebook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing phrasebook " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrasebook " + path, e);
        }
        EnumMap<Msg, String> texts = new EnumMap<>(Msg.class);
        for (Msg msg : Msg.values()) {
            String text = props.getProperty(msg.key());
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(path + " has no text for " + msg.key());
            }
            texts.put(msg, text.strip());
        }
        return new Phrasebook(name, texts);
    }
}

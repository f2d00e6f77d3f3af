package com.hipcheck.narration;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Every word only a screen shows, for one locale, read from {@code screen/en_US.properties} with
 * the locale's own {@code screen/<locale>.properties} (the words that differ there) over it, the
 * first time a screen is drawn (a device without a screen never loads it). Arguments are
 * written {@code {0}}, {@code {1}} as in the {@link Phrasebook}; an argument is a {@link Label},
 * a {@link Msg} (in the phrasebook's words) or a number.
 */
public final class Labels {
    private static final Map<String, Labels> LOADED = loadServed();

    private final EnumMap<Label, String> texts;

    private Labels(EnumMap<Label, String> texts) {
        this.texts = texts;
    }

    private static Map<String, Labels> loadServed() {
        Map<String, Labels> labels = new HashMap<>();
        for (Map.Entry<String, Properties> layer : Phrasebook.layers("/screen/").entrySet()) {
            labels.put(layer.getKey(), load(layer.getKey(), layer.getValue()));
        }
        return Map.copyOf(labels);
    }

    /** Returns the screen words for a request locale such as {@code en-GB}, or en-US's for a locale not served. */
    public static Labels forLocale(String alexaLocale) {
        String key = alexaLocale == null ? "" : alexaLocale.replace('-', '_');
        Labels labels = LOADED.get(key);
        return labels != null ? labels : LOADED.get("en_US");
    }

    /** Returns the words of {@code label} with {@code args} filled in, a {@link Msg} in {@code phrasebook}'s words. */
    public String text(Label label, Phrasebook phrasebook, Object... args) {
        String template = texts.get(label);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            String value = arg instanceof Label l ? texts.get(l) : arg instanceof Msg m ? phrasebook.text(m)
                    : String.valueOf(arg);
            template = template.replace("{" + i + "}", value);
        }
        return template;
    }

    private static Labels load(String name, Properties props) {
        String path = "/screen/" + name + ".properties";
        EnumMap<Label, String> texts = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            String text = props.getProperty(label.key());
            if (text == null || text.isBlank()) {
                throw new IllegalStateException(path + " has no text for " + label.key());
            }
            texts.put(label, text.strip());
        }
        if (props.size() != texts.size()) {
            throw new IllegalStateException(path + " has words no Label names");
        }
        return new Labels(texts);
    }
}

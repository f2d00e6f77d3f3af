package com.hipcheck.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The locales Hip Check serves (those {@code bin/model} generates, {@code models/source/locales.txt}),
 * each with its interaction model and a resolver over it, read once and shared by the tests.
 */
public final class Locales {
    /** The locale every other one is measured against. */
    public static final String US = "en-US";

    /** Every locale served, en-US first, as {@code models/source/locales.txt} lists them. */
    public static final List<String> SERVED = read();

    /** The locales beside en-US. */
    public static final List<String> OTHERS = SERVED.subList(1, SERVED.size());

    private static final Map<String, InteractionModel> MODELS = new ConcurrentHashMap<>();
    private static final Map<String, UtteranceResolver> RESOLVERS = new ConcurrentHashMap<>();

    private Locales() {}

    /** Returns the locales beside en-US, for a {@code @MethodSource}. */
    public static List<String> othersForTests() {
        return OTHERS;
    }

    /** Returns the interaction model of {@code locale}, {@code models/<locale>.json}. */
    public static InteractionModel model(String locale) {
        return MODELS.computeIfAbsent(locale, l -> {
            try {
                return InteractionModel.load(Path.of("models", l + ".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Returns the resolver over {@code locale}'s model. */
    static UtteranceResolver resolver(String locale) {
        return RESOLVERS.computeIfAbsent(locale, l -> new UtteranceResolver(model(l)));
    }

    private static List<String> read() {
        try {
            List<String> locales = Files.readAllLines(Path.of("models", "source", "locales.txt")).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            if (locales.isEmpty() || !locales.get(0).equals(US)) {
                throw new IllegalStateException("models/source/locales.txt must list en-US first: " + locales);
            }
            return locales;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.hipcheck.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a description that the interaction model's catalogue did not match ("it doesn't really go
 * down", "it kind of floats"): which way the words say the leg or back goes, and whether they say
 * it does not. The result is the observation those words mean at their own question; {@link
 * Description#readFor} then reads it for the question being asked, as it does any description.
 */
public final class PlainWords {
    private static final Set<String> UP = Set.of("up", "air", "float", "floats", "floating", "hover", "hovers",
            "hovering", "high", "lift", "lifts", "lifting", "raised");
    private static final Set<String> DOWN = Set.of("down", "drop", "drops", "dropping", "flat", "bed", "mattress",
            "table", "rest", "rests", "resting", "sinks", "sink", "touches", "touch", "relaxed");
    private static final Set<String> OUT = Set.of("out", "outward", "outwards", "side", "sideways", "drift",
            "drifts", "drifting", "wanders", "rolls", "swings");
    private static final Set<String> IN = Set.of("straight", "line", "aligned", "middle", "centered", "still");
    private static final Set<String> ARCH = Set.of("arch", "arches", "arching", "arched", "gap", "curve", "curves",
            "hollow");
    private static final Set<String> NOT = Set.of("not", "no", "never", "doesn't", "dont", "don't", "doesnt",
            "won't", "wont", "can't", "cant", "isn't", "isnt", "hardly", "barely");
    /** Words that say a thigh falls short of the surface, however little: a sign of tightness. */
    private static final Set<String> SHORT = Set.of("halfway", "partly", "partway", "almost", "nearly");

    private PlainWords() {}

    /** Returns what {@code words} say, or empty when they say no direction this test asks about. */
    public static Optional<Observation> read(String words) {
        boolean not = false;
        boolean shortOf = false;
        Observation said = null;
        for (String raw : words.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            String w = raw.replace("'", "");
            if (NOT.contains(raw) || NOT.contains(w)) {
                not = true;
            } else if (SHORT.contains(w)) {
                shortOf = true;
            } else if (said == null) {
                said = direction(w);
            }
        }
        if (said == null) {
            return Optional.empty();
        }
        if (shortOf && said == Observation.THIGH_DROPS) {
            // "halfway down", "almost to the bed": it does not reach the surface.
            return Optional.of(Observation.THIGH_STAYS_UP);
        }
        return Optional.of(not ? opposite(said) : said);
    }

    private static Observation direction(String w) {
        if (ARCH.contains(w)) {
            return Observation.BACK_ARCHES;
        }
        if (UP.contains(w)) {
            return Observation.THIGH_STAYS_UP;
        }
        if (DOWN.contains(w)) {
            return Observation.THIGH_DROPS;
        }
        if (OUT.contains(w)) {
            return Observation.LEG_DRIFTS_OUT;
        }
        return IN.contains(w) ? Observation.LEG_STAYS_STRAIGHT : null;
    }

    private static Observation opposite(Observation o) {
        return switch (o) {
            case THIGH_STAYS_UP -> Observation.THIGH_DROPS;
            case THIGH_DROPS -> Observation.THIGH_STAYS_UP;
            case LEG_DRIFTS_OUT -> Observation.LEG_STAYS_STRAIGHT;
            case LEG_STAYS_STRAIGHT -> Observation.LEG_DRIFTS_OUT;
            case BACK_ARCHES -> Observation.BACK_FLAT;
            case BACK_FLAT -> Observation.BACK_ARCHES;
        };
    }
}

package com.hipcheck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a description that the interaction model's catalogue did not match ("it doesn't really go
 * down", "it's like an inch off the bed"): which way the words say the leg or back goes, and
 * whether they say it does not. The result is the observation those words mean at their own
 * question; {@link Description#readFor} then reads it for the question being asked, as it does any
 * description. Words read this way are only ever a guess, which the dialog confirms with the user.
 *
 * <p>Spatial words mean what they say: off, above, a gap, space under, an inch, hovering, not
 * touching and sticking up all put the thigh above the surface (and lift the back off it). The
 * surface itself ("bed", "mattress", "table") says no direction, and words about the position
 * being set up ("it's hanging down", "over the edge") are no answer at all. Words that point both
 * ways at once are not read.
 */
public final class PlainWords {
    private static final Set<String> UP = Set.of("up", "air", "float", "floats", "floating", "hover", "hovers",
            "hovering", "high", "higher", "lift", "lifts", "lifting", "lifted", "raised", "off", "above", "inch",
            "inches", "sticks", "sticking", "space", "gap", "suspended");
    private static final Set<String> DOWN = Set.of("down", "drop", "drops", "dropping", "dropped", "flat", "rest",
            "rests", "resting", "sinks", "sink", "sinking", "touches", "touch", "touching", "relaxed", "flush",
            "settles", "sags", "reaches", "reach");
    private static final Set<String> OUT = Set.of("out", "outward", "outwards", "side", "sideways", "drift",
            "drifts", "drifting", "wanders", "rolls", "swings", "flops", "leans", "tilts", "splays", "away");
    private static final Set<String> IN = Set.of("straight", "line", "aligned", "middle", "centered", "still",
            "put", "center", "centre");
    private static final Set<String> ARCH = Set.of("arch", "arches", "arching", "arched", "curve", "curves",
            "hollow", "bows", "bowed");
    /** Words that deny the direction word that follows them closely. */
    private static final Set<String> NOT = Set.of("not", "never", "doesnt", "dont", "wont", "cant", "isnt", "aint",
            "hardly", "barely", "didnt", "cannot", "without");
    /** How many words a denial reaches: "doesn't really go down", not a direction said later on. */
    private static final int NOT_REACH = 3;
    /** Words that say a thigh falls short of the surface, however little: a sign of tightness. */
    private static final Set<String> SHORT = Set.of("halfway", "partly", "partway", "almost", "nearly", "short");
    /**
     * Words that say a direction only when nothing else does: "an inch off the bed" is above it,
     * but "it wanders off sideways" is said of the side.
     */
    private static final Set<String> WEAK = Set.of("off", "side", "space", "inch", "inches", "away");
    /** Words about getting into position: the leg hangs over the edge whatever the answer. */
    private static final Set<String> POSITION = Set.of("hang", "hangs", "hanging", "hung", "edge", "over", "lying",
            "lie", "hugging", "hug", "holding");

    private PlainWords() {}

    /** Returns whether {@code word} (lower case, no apostrophes) says a direction or denies one. */
    public static boolean saysDirection(String word) {
        return direction(word) != null || NOT.contains(word) || SHORT.contains(word);
    }

    /** Returns what {@code words} say, or empty when they say no one direction this test asks about. */
    public static Optional<Observation> read(String words) {
        List<String> w = words(words);
        List<Observation> said = new ArrayList<>(2);
        List<Observation> weak = new ArrayList<>(2);
        boolean shortOf = false;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            if (SHORT.contains(word) || (word.equals("all") && denied(w, i) && i + 2 < w.size()
                    && w.get(i + 1).equals("the") && w.get(i + 2).equals("way"))) {
                shortOf = true;
                continue;
            }
            // "hanging down", "over the edge": where the leg is put, not what it does.
            boolean afterPosition = i > 0 && POSITION.contains(w.get(i - 1));
            boolean offTheEdge = word.equals("off") && w.subList(i + 1, w.size()).contains("edge");
            if (POSITION.contains(word) || offTheEdge
                    || (afterPosition && (word.equals("down") || word.equals("off")))) {
                continue;
            }
            Observation direction = direction(word);
            if (direction != null) {
                (WEAK.contains(word) ? weak : said).add(denied(w, i) ? opposite(direction) : direction);
            }
        }
        if (said.isEmpty()) {
            said = weak;
        }
        if (shortOf) {
            // "halfway down", "not all the way", "almost to the bed": it does not reach the surface.
            for (int i = 0; i < said.size(); i++) {
                if (said.get(i) == Observation.THIGH_DROPS) {
                    said.set(i, Observation.THIGH_STAYS_UP);
                }
            }
            if (said.isEmpty()) {
                said.add(Observation.THIGH_STAYS_UP);
            }
        }
        return agreed(said);
    }

    /** Returns the one direction all of {@code said} agree on, read as up-or-down and in-or-out. */
    private static Optional<Observation> agreed(List<Observation> said) {
        Observation first = null;
        for (Observation o : said) {
            if (first == null) {
                first = o;
            } else if (awayFromSurface(o) != awayFromSurface(first) || sideways(o) != sideways(first)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(first);
    }

    private static boolean awayFromSurface(Observation o) {
        return o == Observation.THIGH_STAYS_UP || o == Observation.BACK_ARCHES || o == Observation.LEG_DRIFTS_OUT;
    }

    private static boolean sideways(Observation o) {
        return o.question() == Question.LEG_DRIFTS_OUT;
    }

    private static boolean denied(List<String> w, int at) {
        for (int i = Math.max(0, at - NOT_REACH); i < at; i++) {
            if (NOT.contains(w.get(i))) {
                return true;
            }
        }
        // "no gap": "no" denies only the word right after it ("no, it stays up" is no denial).
        return at > 0 && w.get(at - 1).equals("no");
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

    /**
     * Returns the words of {@code text} as both readers of what the user said compare them: lower
     * case, without apostrophes ("doesn't" is "doesnt").
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z']+")) {
            String w = raw.replace("'", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

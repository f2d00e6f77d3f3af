package com.hipcheck.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one SSML string says, read back as a listener hears it: runs of words and silences, in
 * order. Tags other than breaks are dropped, entities decoded, and adjacent breaks merged, since
 * the skill splits a long silence into breaks of at most ten seconds.
 */
record Speech(List<Segment> segments) {
    /**
     * Silence, in total, from which a response counts as a hold to be played in real time: a
     * timed stretch or a "take your time" wait, not the breath between two sentences.
     */
    static final int HOLD_MILLIS = 10_000;

    private static final Pattern BREAK = Pattern.compile("<break\\s+time=\"([0-9.]+)(ms|s)\"\\s*/>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-z]+);");

    /** Words spoken without a break, or a silence. */
    sealed interface Segment permits Words, Pause {}

    record Words(String text) implements Segment {}

    record Pause(int millis) implements Segment {}

    Speech {
        segments = List.copyOf(segments);
    }

    /** Reads {@code ssml}; an empty or missing string says nothing. */
    static Speech fromSsml(String ssml) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = BREAK.matcher(ssml == null ? "" : ssml);
        int from = 0;
        while (m.find()) {
            addWords(segments, ssml.substring(from, m.start()));
            double amount = Double.parseDouble(m.group(1));
            int millis = (int) Math.round(m.group(2).equals("s") ? amount * 1000 : amount);
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last) instanceof Pause p) {
                segments.set(last, new Pause(p.millis() + millis));
            } else if (millis > 0) {
                segments.add(new Pause(millis));
            }
            from = m.end();
        }
        if (ssml != null) {
            addWords(segments, ssml.substring(from));
        }
        return new Speech(segments);
    }

    /** Returns the speech as one readable line, silences shown as {@code [pause 1.5 s]}. */
    String readable() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append(out.length() == 0 ? "" : " ");
            out.append(s instanceof Words w ? w.text() : "[pause " + seconds(((Pause) s).millis()) + " s]");
        }
        return out.toString();
    }

    /** Returns the total silence in milliseconds. */
    int pauseMillis() {
        return segments.stream().mapToInt(s -> s instanceof Pause p ? p.millis() : 0).sum();
    }

    /** Returns whether this speech holds the listener in silence long enough to play it in real time. */
    boolean hasHold() {
        return pauseMillis() >= HOLD_MILLIS;
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** Returns milliseconds as seconds without trailing zeros: 10000 is "10", 1500 is "1.5". */
    static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    private static void addWords(List<Segment> segments, String ssml) {
        String text = decode(TAG.matcher(ssml).replaceAll(" ")).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            segments.add(new Words(text));
        }
    }

    private static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> name.startsWith("#") ? codePoint(name) : m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String ref) {
        try {
            int cp = ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "&" + ref + ";";
        } catch (NumberFormatException e) {
            return "&" + ref + ";";
        }
    }
}

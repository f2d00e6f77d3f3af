package com.hipcheck.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code AMAZON.TIME} the way Alexa hears one, for the console: "7 pm", "seven thirty pm",
 * "8" (as Alexa takes an hour said alone: 08:00) or "noon" as {@code HH:mm}, and a part of the
 * day ("evening") as Alexa's code for it ({@code EV}). The skill's own reading of the value is
 * {@code dialog.Reading#reminderTime}; this only plays Alexa's part.
 */
final class Times {
    private static final Map<String, String> PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "tonight", "NI");
    private static final Pattern GLUED = Pattern.compile("(\\d{1,2})(am|pm)");

    private Times() {}

    /** Returns the value Alexa would send for {@code words}, or empty when they are no time. */
    static Optional<String> parse(List<String> words) {
        if (words.size() == 1 && PARTS.containsKey(words.get(0))) {
            return Optional.of(PARTS.get(words.get(0)));
        }
        if (words.size() == 1 && words.get(0).equals("noon")) {
            return Optional.of("12:00");
        }
        if (words.size() == 1 && words.get(0).equals("midnight")) {
            return Optional.of("00:00");
        }
        List<String> rest = words;
        String half = null;
        if (!rest.isEmpty()) {
            Matcher glued = GLUED.matcher(rest.get(rest.size() - 1));
            if (glued.matches()) {
                half = glued.group(2);
                rest = new ArrayList<>(rest.subList(0, rest.size() - 1));
                rest.add(glued.group(1));
            }
        }
        int end = rest.size();
        if (half == null && end >= 1 && (rest.get(end - 1).equals("am") || rest.get(end - 1).equals("pm"))) {
            half = rest.get(end - 1);
            end--;
        } else if (half == null && end >= 2 && rest.get(end - 1).equals("m")
                && (rest.get(end - 2).equals("a") || rest.get(end - 2).equals("p"))) {
            half = rest.get(end - 2) + "m";
            end -= 2;
        }
        if (end >= 1 && (rest.get(end - 1).equals("oclock") || rest.get(end - 1).equals("o'clock"))) {
            end--;
        }
        if (end < 1 || end > 3) {
            return Optional.empty();
        }
        OptionalLong hour = Numbers.parse(rest.subList(0, 1));
        OptionalLong minute = end == 1 ? OptionalLong.of(0) : Numbers.parse(rest.subList(1, end));
        if (hour.isEmpty() || minute.isEmpty() || hour.getAsLong() > 23 || minute.getAsLong() > 59) {
            return Optional.empty();
        }
        long h = hour.getAsLong();
        if (half != null && (h < 1 || h > 12)) {
            return Optional.empty();
        }
        if ("pm".equals(half) && h < 12) {
            h += 12;
        } else if ("am".equals(half) && h == 12) {
            h = 0;
        }
        return Optional.of(String.format("%02d:%02d", h, minute.getAsLong()));
    }
}

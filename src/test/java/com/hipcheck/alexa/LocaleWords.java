package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.hipcheck.narration.Day;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What another locale says in place of en-US's words: each message its phrasebook words
 * differently, and dates. Applied to an en-US response, it gives the response that locale must
 * send, if nothing but the words differ.
 */
final class LocaleWords {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Pattern US_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})(?:st|nd|rd|th)\\b");

    /** One message's en-US words as a pattern (its arguments captured) and the locale's words for them. */
    private record Swap(Pattern from, String to) {}

    private final List<Swap> swaps = new ArrayList<>();
    private final boolean dayFirst;

    LocaleWords(Phrasebook us, Phrasebook there) {
        for (Msg msg : Msg.values()) {
            String from = us.text(msg);
            String to = there.text(msg);
            if (!from.equals(to)) {
                // As spoken in SSML (escaped) and as shown on a card or a screen (plain).
                StringBuilder escapedFrom = new StringBuilder();
                StringBuilder escapedTo = new StringBuilder();
                SpeechRenderer.escapeInto(from, escapedFrom);
                SpeechRenderer.escapeInto(to, escapedTo);
                swaps.add(swap(escapedFrom.toString(), escapedTo.toString()));
                swaps.add(swap(from, to));
            }
        }
        LocalDate today = LocalDate.of(2026, 12, 7);
        String late = there.text(Msg.LAST_TEST, new Day(LocalDate.of(2026, 11, 27), today));
        dayFirst = late.contains("27 November");
        if (!dayFirst && !late.contains("November 27th")) {
            throw new IllegalStateException("a date said neither way: " + late);
        }
    }

    private static Swap swap(String from, String to) {
        StringBuilder regex = new StringBuilder();
        Matcher m = ARGUMENT.matcher(from);
        Set<String> seen = new HashSet<>();
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(from.substring(at, m.start())));
            // An argument said twice is the same words both times.
            regex.append(seen.add(m.group(1)) ? "(?<a" + m.group(1) + ">.*?)" : "\\k<a" + m.group(1) + ">");
            at = m.end();
        }
        regex.append(Pattern.quote(from.substring(at)));
        String replacement = Matcher.quoteReplacement(to);
        replacement = ARGUMENT.matcher(replacement).replaceAll(r -> Matcher.quoteReplacement("${a" + r.group(1) + "}"));
        return new Swap(Pattern.compile(regex.toString()), replacement);
    }

    /** Returns a copy of an en-US response with every text in it said in this locale's words. */
    JsonNode inLocale(JsonNode usResponse) {
        return translate(usResponse.deepCopy());
    }

    private JsonNode translate(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(words(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(translate(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, translate(array.get(i)));
            }
        }
        return node;
    }

    private String words(String text) {
        String out = text;
        for (Swap swap : swaps) {
            out = swap.from().matcher(out).replaceAll(swap.to());
        }
        if (dayFirst) {
            out = US_DATE.matcher(out).replaceAll(m -> m.group(2) + " "
                    + Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getDisplayName(TextStyle.FULL, Locale.UK));
        }
        return out;
    }
}

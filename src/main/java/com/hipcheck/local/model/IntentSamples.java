package com.hipcheck.local.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples of one intent: its template lines expanded and written as the model writes them,
 * each with the line it came from. A sample written twice is kept once, where it first appears,
 * so that adding a filler to many lines never needs a check for what is already there.
 */
final class IntentSamples {
    /**
     * Words and slots only: Alexa rejects digits and most punctuation in samples. The same rule as
     * InteractionModelCheckTest.SAMPLE, which judges the model file itself.
     */
    static final Pattern ALLOWED = Pattern.compile("(?:[a-z'. ]|\\{[A-Za-z]+\\})+");
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)\\}");

    /** One sample and the template line it came from. */
    record Sample(String text, SourceLine origin) {}

    private IntentSamples() {}

    /**
     * Returns the samples of {@code intent} from its template {@code lines}, in the order the lines
     * give them; what is wrong goes to {@code problems}.
     *
     * @param slots the slots the intent declares in the skeleton
     */
    static List<Sample> expand(String intent, List<SourceLine> lines, Set<String> slots, PhraseSets sets,
            Problems problems) {
        Map<String, Sample> samples = new LinkedHashMap<>();
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> phrases;
            try {
                phrases = Template.parse(line.text().strip()).expand(sets);
            } catch (TemplateException e) {
                problems.add(line, e.getMessage());
                continue;
            }
            for (String phrase : phrases) {
                String sample = Phrases.normal(phrase);
                if (acceptable(intent, sample, line, slots, problems)) {
                    samples.putIfAbsent(sample, new Sample(sample, line));
                }
            }
        }
        return List.copyOf(samples.values());
    }

    private static boolean acceptable(String intent, String sample, SourceLine line, Set<String> slots,
            Problems problems) {
        if (sample.isEmpty()) {
            problems.add(line, "gives an empty sample (is the whole line optional?)");
            return false;
        }
        if (!ALLOWED.matcher(sample).matches()) {
            problems.add(line, "gives \"" + sample + "\", with characters Alexa rejects in a sample: only letters,"
                    + " spaces, apostrophes, periods and {slots} (spell numbers out)");
            return false;
        }
        Matcher slot = SLOT.matcher(sample);
        boolean ok = true;
        while (slot.find()) {
            if (!slots.contains(slot.group(1))) {
                problems.add(line, "gives \"" + sample + "\", which uses {" + slot.group(1) + "}, a slot " + intent
                        + " does not declare in skeleton.json (it declares " + (slots.isEmpty() ? "none" : slots) + ")");
                ok = false;
            }
        }
        return ok;
    }
}

package com.hipcheck.alexa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A golden conversation, read from a plain text file. Each line is one of:
 * <pre>
 * # a comment
 * > launch                               the user opens the skill
 * > ReadyIntent                          an intent, no slots
 * > DescribeIntent observation="stays up"  an intent with slots, spoken words in quotes
 * > request Alexa.Presentation.APL.UserEvent   a bare request of another type
 * > touch Drops to the bed               (screen) touch the button with this label on the screen shown
 * > touch earlier Stays up               (screen) touch a button of the screen before that, still lagging
 * screen: prompt ASK.RIGHT.THIGH_DROPS   (screen) the document shown and its screen id, or "none"
 * shown: fragment | ...                  (screen) the screen's visible words contain each fragment
 * < fragment | another fragment           the speech contains each fragment (case ignored)
 * <! fragment                             the speech does not contain it
 * reprompt: fragment | ...                the reprompt contains each fragment
 * card: fragment | ...                    the card contains each fragment
 * session: open | ended                   whether the session stays open
 * directive: TYPE NAME | none              the response's directives (type, and a name where it has one)
 * permission card                          the response sends the card that lets the user allow reminders
 * ! attributes {json}                     send these session attributes with the next request
 * ! store down | store up                 (history) the store fails every call, or works again
 * ! days N                                (history) N days pass before the next request
 * ! minutes N                             (history) N minutes pass before the next request
 * ! session lost                          (history) the session ends with no SessionEndedRequest
 * ! kept results N | kept place yes|no    (history) what the store holds for the user now
 * ! kept rounds N                         (history) the rounds a side the kept plan holds
 * </pre>
 */
record Transcript(String name, List<Step> steps) {

    /** One line of the transcript. */
    sealed interface Step permits Send, Expect, Corrupt, World {}

    /** Something that happens around the conversation: the store, the clock, the session. */
    record World(String action, int line) implements Step {}

    /** A request to send. */
    record Send(String kind, Map<String, String> slots, int line) implements Step {}

    /** Something the last response must show. */
    record Expect(String what, List<String> fragments, boolean negated, int line) implements Step {}

    /** Session attributes to send with the next request instead of the real ones. */
    record Corrupt(String json, int line) implements Step {}

    static Transcript read(Path file) throws IOException {
        List<Step> steps = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int n = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(">")) {
                steps.add(send(line.substring(1).strip(), n));
            } else if (line.startsWith("<!")) {
                steps.add(new Expect("speech", fragments(line.substring(2)), true, n));
            } else if (line.startsWith("<")) {
                steps.add(new Expect("speech", fragments(line.substring(1)), false, n));
            } else if (line.startsWith("reprompt:")) {
                steps.add(new Expect("reprompt", fragments(line.substring(9)), false, n));
            } else if (line.startsWith("card:")) {
                steps.add(new Expect("card", fragments(line.substring(5)), false, n));
            } else if (line.startsWith("screen:")) {
                steps.add(new Expect("screen", fragments(line.substring(7).replace(' ', '|')), false, n));
            } else if (line.startsWith("shown:")) {
                steps.add(new Expect("shown", fragments(line.substring(6)), false, n));
            } else if (line.startsWith("directive:")) {
                steps.add(new Expect("directive", List.of(line.substring(10).strip()), false, n));
            } else if (line.startsWith("permission card")) {
                steps.add(new Expect("permission card", List.of(), false, n));
            } else if (line.startsWith("session:")) {
                steps.add(new Expect("session", List.of(line.substring(8).strip()), false, n));
            } else if (line.startsWith("! attributes")) {
                steps.add(new Corrupt(line.substring("! attributes".length()).strip(), n));
            } else if (line.startsWith("!")) {
                steps.add(new World(line.substring(1).strip(), n));
            } else {
                throw new IllegalArgumentException(file + ":" + n + ": cannot read '" + line + "'");
            }
        }
        return new Transcript(file.getFileName().toString(), List.copyOf(steps));
    }

    private static Send send(String text, int line) {
        int space = text.indexOf(' ');
        String kind = space < 0 ? text : text.substring(0, space);
        Map<String, String> slots = new LinkedHashMap<>();
        String rest = space < 0 ? "" : text.substring(space + 1).strip();
        if (kind.equals("request")) {
            return new Send("request:" + rest, Map.of(), line);
        }
        if (kind.equals("touch")) {
            boolean earlier = rest.startsWith("earlier ");
            return new Send("touch", Map.of("label", earlier ? rest.substring(8).strip() : rest,
                    "screen", earlier ? "earlier" : "shown"), line);
        }
        while (!rest.isEmpty()) {
            int eq = rest.indexOf('=');
            String slot = rest.substring(0, eq).strip();
            String value;
            if (rest.charAt(eq + 1) == '"') {
                int close = rest.indexOf('"', eq + 2);
                value = rest.substring(eq + 2, close);
                rest = rest.substring(close + 1).strip();
            } else {
                int end = rest.indexOf(' ', eq);
                value = end < 0 ? rest.substring(eq + 1) : rest.substring(eq + 1, end);
                rest = end < 0 ? "" : rest.substring(end + 1).strip();
            }
            slots.put(slot, value);
        }
        return new Send(kind, slots, line);
    }

    private static List<String> fragments(String text) {
        List<String> out = new ArrayList<>();
        for (String f : text.split("\\|")) {
            if (!f.isBlank()) {
                out.add(f.strip());
            }
        }
        return out;
    }
}

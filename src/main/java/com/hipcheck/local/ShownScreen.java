package com.hipcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The screen a response shows on an Echo Show, read from its {@code Alexa.Presentation.APL.RenderDocument}
 * directive: what {@code bin/run --screens} writes to files, and the buttons a typed {@code touch LABEL}
 * presses. Pure: no files, no processes.
 *
 * @param id the datasource's {@code screen.id} ({@code PHASE[.SIDE[.QUESTION]]}), which a touch sends back
 * @param document the APL document, as sent
 * @param datasources the directive's whole {@code datasources} object
 * @param buttons every button the screen can show: {@code screen.buttons}, then {@code screen.end.buttons}
 */
record ShownScreen(String id, JsonNode document, JsonNode datasources, List<Button> buttons) {
    static final String RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument";

    /** What a typed touch looks like: "touch Ready", "tap Drops to the bed", the label maybe quoted. */
    private static final Pattern TOUCH = Pattern.compile("(?i)(?:touch|tap)\\s+[\"']?(.*?)[\"']?\\s*");

    /** One button: the label it shows and the {@code kind} and {@code value} a touch on it sends. */
    record Button(String label, String kind, String value) {}

    ShownScreen {
        buttons = List.copyOf(buttons);
    }

    /** Returns the screen that the response envelope {@code response} shows, if it has a RenderDocument directive. */
    static Optional<ShownScreen> in(JsonNode response) {
        for (JsonNode directive : response.path("response").path("directives")) {
            if (RENDER_DOCUMENT.equals(directive.path("type").asText())) {
                JsonNode datasources = directive.path("datasources");
                JsonNode screen = datasources.path("screen");
                List<Button> buttons = new ArrayList<>();
                addButtons(screen.path("buttons"), buttons);
                addButtons(screen.path("end").path("buttons"), buttons);
                return Optional.of(new ShownScreen(screen.path("id").asText(""), directive.path("document"),
                        datasources, buttons));
            }
        }
        return Optional.empty();
    }

    private static void addButtons(JsonNode array, List<Button> into) {
        for (JsonNode b : array) {
            into.add(new Button(b.path("label").asText(""), b.path("kind").asText(""), b.path("value").asText("")));
        }
    }

    /** Returns the label of a typed touch ("touch Ready" gives "Ready"), or empty when the line is something said. */
    static Optional<String> touched(String line) {
        Matcher m = TOUCH.matcher(line.strip());
        return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Returns the button labelled {@code label}, ignoring case and runs of spaces. */
    Optional<Button> button(String label) {
        String wanted = normal(label);
        return buttons.stream().filter(b -> normal(b.label()).equals(wanted)).findFirst();
    }

    /** Returns the labels of the buttons, each once, in order. */
    List<String> labels() {
        return buttons.stream().map(Button::label).distinct().toList();
    }

    /** Returns the arguments a touch on {@code button} sends: {@code [kind, value, screen id]}. */
    List<String> arguments(Button button) {
        return List.of(button.kind(), button.value(), id);
    }

    /** Returns the start of this screen's file names for turn {@code turn}: "03-SETUP_LIE.RIGHT". */
    String fileStem(int turn) {
        return String.format(Locale.ROOT, "%02d-%s", turn, safe(id));
    }

    /**
     * Returns {@code id} as a file name part: letters, digits, dots, dashes and underscores kept,
     * anything else an underscore, no leading dot (which would hide the file), never empty.
     */
    static String safe(String id) {
        String kept = id.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "");
        if (kept.length() > 80) {
            kept = kept.substring(0, 80);
        }
        return kept.isEmpty() ? "screen" : kept;
    }

    private static String normal(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

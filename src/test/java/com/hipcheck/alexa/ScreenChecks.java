package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.local.RequestFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What tests read off a response's screen: the document, the words shown, the buttons to touch. */
final class ScreenChecks {
    /** Datasource fields the skill reads back or the document draws, never shown as words. */
    private static final Set<String> NOT_SHOWN = Set.of("id", "kind", "value", "pose", "side", "focus", "outcome",
            "drawingLabel", "nextStepLabel");

    private ScreenChecks() {}

    /** Returns the RenderDocument directive of a response, or a missing node. */
    static JsonNode directive(JsonNode envelope) {
        for (JsonNode d : envelope.path("response").path("directives")) {
            if ("Alexa.Presentation.APL.RenderDocument".equals(d.path("type").asText())) {
                return d;
            }
        }
        return envelope.path("response").path("directives").path(99);
    }

    /** Returns the document shown ("prompt", "result", …, by its description) and the screen id, or "none". */
    static String shown(JsonNode envelope) {
        JsonNode d = directive(envelope);
        if (d.isMissingNode()) {
            return "none";
        }
        return documentName(d) + " " + d.path("datasources").path("screen").path("id").asText();
    }

    /** Returns which of the skill package's documents a directive carries, word for word. */
    static String documentName(JsonNode directive) {
        for (Map.Entry<String, JsonNode> document : DOCUMENTS.entrySet()) {
            if (document.getValue().equals(directive.path("document"))) {
                return document.getKey();
            }
        }
        try {
            Files.writeString(Path.of("target", "unmatched-document.json"), directive.path("document").toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("a document that is none of skill-package/response/display (written to"
                + " target/unmatched-document.json): " + directive.path("document").path("description").asText());
    }

    /** The documents the skill package deploys, by name. */
    static final Map<String, JsonNode> DOCUMENTS = documents();

    private static Map<String, JsonNode> documents() {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        Path dir = Path.of("skill-package", "response", "display");
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.toList()) {
                Path file = folder.resolve("document.json");
                if (Files.exists(file)) {
                    out.put(folder.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Returns every word the screen shows. */
    static List<String> visibleTexts(JsonNode envelope) {
        List<String> out = new ArrayList<>();
        walk(directive(envelope).path("datasources"), "", out);
        return out;
    }

    private static void walk(JsonNode node, String key, List<String> out) {
        if (node.isTextual()) {
            if (!NOT_SHOWN.contains(key) && !node.asText().isBlank()) {
                out.add(node.asText());
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, key, out));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), f.getKey(), out));
        }
    }

    /** Returns the arguments the button labelled {@code label} sends, from the screen of the last response. */
    static List<String> touch(JsonNode envelope, String label, String where) {
        JsonNode screen = directive(envelope).path("datasources").path("screen");
        List<JsonNode> buttons = new ArrayList<>();
        screen.path("buttons").forEach(buttons::add);
        screen.path("end").path("buttons").forEach(buttons::add);
        for (JsonNode b : buttons) {
            if (b.path("label").asText().equalsIgnoreCase(label)) {
                return List.of(b.path("kind").asText(), b.path("value").asText(), screen.path("id").asText());
            }
        }
        throw new AssertionError(where + ": no button '" + label + "' on the screen " + shown(envelope));
    }

    /** Returns the request that says what touching a button with {@code touch} arguments means. */
    static ObjectNode spokenTwin(RequestFactory requests, List<String> touch) {
        String kind = touch.get(0);
        String value = touch.get(1);
        return switch (kind) {
            case "word" -> requests.intent(switch (value) {
                case "YES" -> "AMAZON.YesIntent";
                case "NO" -> "AMAZON.NoIntent";
                case "READY" -> "ReadyIntent";
                case "UNSURE" -> "UnsureIntent";
                case "DONE" -> "DoneIntent";
                default -> throw new AssertionError("no intent says " + value);
            }, Map.of());
            case "command" -> requests.intent(switch (value) {
                case "WAIT" -> "WaitIntent";
                case "STOP" -> "AMAZON.StopIntent";
                case "START_TEST" -> "StartTestIntent";
                default -> throw new AssertionError("no intent says " + value);
            }, Map.of());
            case "stretch" -> requests.intent("ChooseStretchIntent",
                    Map.of("stretch", value.equals("EDGE_OF_TABLE") ? "edge of table" : "half kneeling"));
            case "hurt" -> requests.intent("PainIntent", Map.of());
            default -> throw new AssertionError("no button sends " + kind);
        };
    }

    /** Checks a screen device's response: under Alexa's size limit, with at most one document. */
    static void assertShowsWell(JsonNode envelope, int bytes, String where) {
        assertTrue(bytes < GoldenConversationTest.MAX_RESPONSE_BYTES, where + ": response of " + bytes + " bytes");
        int documents = 0;
        for (JsonNode d : envelope.path("response").path("directives")) {
            documents += "Alexa.Presentation.APL.RenderDocument".equals(d.path("type").asText()) ? 1 : 0;
        }
        assertTrue(documents <= 1, where + ": " + documents + " documents in one response");
        if (documents == 1) {
            assertEquals("1.4", directive(envelope).path("document").path("version").asText(), where);
        }
    }
}

package com.hipcheck.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Screen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of screens, checked on every fuzzed response: a device without APL never gets a
 * directive; a screen device gets exactly one RenderDocument with every response that speaks,
 * carrying one of the skill package's documents word for word, and none with a response that
 * may not speak; the screen's id is the one a touch on it must send for the state the session is
 * now in; every button sends an event the skill reads; and no response, screen or not, is over
 * Alexa's limit, counted on the bytes the handler wrote.
 */
final class FuzzScreens {
    static final String RENDER = "Alexa.Presentation.APL.RenderDocument";
    static final String USER_EVENT = "Alexa.Presentation.APL.UserEvent";
    static final String RUNTIME_ERROR = "Alexa.Presentation.APL.RuntimeError";
    /** The id of the screen a closing turn shows. */
    static final String ENDED = "END";
    /** Request types (by prefix) whose response may not speak, and so shows nothing either. */
    static final List<String> SILENT_PREFIXES = List.of("SessionEndedRequest", "AudioPlayer.",
            "PlaybackController.", "System.", "CanFulfillIntentRequest", RUNTIME_ERROR);


    private final ObjectMapper mapper = new ObjectMapper();
    private final SessionCodec codec = new SessionCodec();

    /**
     * What a response's screen shows, as far as a touch goes: which document, its id, and the
     * {@code [kind, value]} of each button (the hold's end buttons too).
     */
    record Shown(String document, String id, List<List<String>> buttons) {
        /** Returns the arguments touching button {@code i} sends. */
        List<String> touch(int i) {
            return List.of(buttons.get(i).get(0), buttons.get(i).get(1), id);
        }

        @Override
        public String toString() {
            return document + " " + id;
        }
    }

    /** Returns what the directive {@code d}, of the skill package's document {@code document}, shows. */
    private static Shown shown(JsonNode d, String document) {
        JsonNode screen = d.path("datasources").path("screen");
        List<List<String>> buttons = new ArrayList<>();
        for (JsonNode b : buttons(screen)) {
            buttons.add(List.of(b.path("kind").asText(""), b.path("value").asText("")));
        }
        return new Shown(document, screen.path("id").asText(""), buttons);
    }

    /** Returns the skill package's document {@code document} is, or "unknown". */
    static String documentName(JsonNode document) {
        String description = document.path("description").asText();
        for (Map.Entry<String, JsonNode> known : ScreenChecks.DOCUMENTS.entrySet()) {
            // The description tells them apart cheaply; the whole document must then be the same.
            if (known.getValue().path("description").asText().equals(description) && known.getValue().equals(document)) {
                return known.getKey();
            }
        }
        return "unknown";
    }

    /** Returns whether a request is one whose response may not speak. */
    static boolean maySpeak(JsonNode request) {
        String type = request.path("type").asText();
        return SILENT_PREFIXES.stream().noneMatch(type::startsWith);
    }

    /**
     * Checks one response's screen and size, and returns what it shows: empty when it shows
     * nothing (the screen then stays as it was).
     *
     * @param bytes how many bytes the handler wrote
     * @param screen whether the request came from a device with APL
     */
    Optional<Shown> check(JsonNode request, JsonNode envelope, int bytes, boolean screen) {
        if (bytes >= ResponseChecks.MAX_RESPONSE_BYTES) {
            throw new Violation("response of 24 KB or more, counted on the bytes written",
                    bytes + " bytes, showing " + ScreenChecks.directive(envelope).path("document").path("description"));
        }
        JsonNode response = envelope.path("response");
        JsonNode directives = response.path("directives");
        if (!screen) {
            if (!directives.isMissingNode() && !directives.isEmpty()) {
                throw new Violation("a directive for a device without APL", directives.toString());
            }
            return Optional.empty();
        }
        int documents = 0;
        for (JsonNode d : directives) {
            if (!RENDER.equals(d.path("type").asText())) {
                throw new Violation("a directive other than RenderDocument", d.path("type").asText());
            }
            documents++;
        }
        if (!maySpeak(request)) {
            if (documents > 0) {
                throw new Violation("a document for a " + request.path("type").asText() + ", which may not speak", "");
            }
            if (request.path("type").asText().equals(RUNTIME_ERROR)
                    && (response.has("outputSpeech") || response.has("reprompt") || response.has("card"))) {
                throw new Violation("an APL RuntimeError answered out loud", response.toString());
            }
            return Optional.empty();
        }
        boolean open = ResponseChecks.isOpen(envelope);
        if (open || response.has("outputSpeech")) {
            if (documents != 1) {
                throw new Violation("a screen device's " + (open ? "open-session " : "closing ")
                        + "response without exactly one RenderDocument", documents + " documents");
            }
        } else if (documents > 1) {
            throw new Violation("more than one RenderDocument", documents + " documents");
        }
        return documents == 1 ? Optional.of(checkDocument(ScreenChecks.directive(envelope), envelope, open))
                : Optional.empty();
    }

    private Shown checkDocument(JsonNode d, JsonNode envelope, boolean open) {
        if (!ScreenRenderer.TOKEN.equals(d.path("token").asText())) {
            throw new Violation("a document whose token a touch does not carry back", d.path("token").toString());
        }
        String document = documentName(d.path("document"));
        if (document.equals("unknown")) {
            throw new Violation("a document that is none of skill-package/response/display",
                    d.path("document").path("description").asText());
        }
        JsonNode screen = d.path("datasources").path("screen");
        String id = screen.path("id").asText("");
        if (!screen.path("id").isTextual() || id.isBlank()) {
            throw new Violation("a screen without an id", screen.toString());
        }
        List<JsonNode> buttons = buttons(screen);
        for (JsonNode b : buttons) {
            String label = b.path("label").asText("");
            if (!b.path("label").isTextual() || label.isBlank() || !b.path("kind").isTextual()
                    || !b.path("value").isTextual()) {
                throw new Violation("a button without a label, kind or value", b.toString());
            }
            List<Object> args = List.of(b.path("kind").asText(), b.path("value").asText(), id);
            if (Touches.read(args).isEmpty()) {
                throw new Violation("a button that sends an event the skill does not read", document + " " + b);
            }
        }
        if (document.equals("hold") && screen.path("end").path("buttons").isEmpty()) {
            throw new Violation("a hold with nothing to touch when it ends", screen.toString());
        }
        if (!open) {
            if (!id.equals(ENDED) || !buttons.isEmpty()) {
                throw new Violation("a closing screen that is not the last one", document + " " + id + ", "
                        + buttons.size() + " buttons");
            }
            return shown(d, document);
        }
        if (buttons.isEmpty()) {
            throw new Violation("an open session's screen with nothing to touch", document + " " + id);
        }
        DialogState state = state(envelope.path("sessionAttributes"));
        String expected = state == null ? null : idOf(state);
        if (expected != null && !expected.equals(id)) {
            throw new Violation("the screen's id is not the one its touches must send",
                    "shows " + document + " " + id + " in " + expected);
        }
        return shown(d, document);
    }

    /** Returns a screen's buttons: its own, and for the hold, those shown when it ends. */
    private static List<JsonNode> buttons(JsonNode screen) {
        List<JsonNode> out = new ArrayList<>();
        screen.path("buttons").forEach(out::add);
        screen.path("end").path("buttons").forEach(out::add);
        return out;
    }

    /** Returns the id a touch must carry in state {@code s} to count. */
    static String idOf(DialogState s) {
        return Screen.idFor(s);
    }

    /** Returns the state the session attributes hold, or null when they hold none the skill reads. */
    DialogState state(JsonNode attributes) {
        if (attributes == null || !attributes.isObject()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = mapper.convertValue(attributes, Map.class);
        SessionCodec.Decoded decoded = codec.decode(map);
        return decoded.found().orElse(null);
    }

    /** Returns whether a touch's event is one that counts from any screen: it hurts, or stop. */
    static boolean alwaysHonoured(List<String> touch) {
        return touch.size() == 3 && (touch.get(0).equals("hurt") || Arrays.asList("command", "STOP").equals(touch.subList(0, 2)));
    }
}

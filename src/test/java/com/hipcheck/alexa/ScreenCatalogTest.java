package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.dialog.DialogLivenessTest;
import com.hipcheck.dialog.Screen;
import com.hipcheck.narration.Label;
import com.hipcheck.narration.Labels;
import com.hipcheck.narration.Phrasebook;
import com.hipcheck.local.Locales;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every screen the skill can send, as the directive it sends: each screen a turn showed in the
 * dialog's search of every kind of state ({@link DialogLivenessTest}), rendered with the
 * phrasebooks, each distinct directive written once to {@code target/screens/sent/}, where
 * {@code bin/check-screens target/screens/sent} validates and renders them all.
 */
class ScreenCatalogTest {
    static final Path OUT = Path.of("target", "screens", "sent");
    /** The most a directive may take, leaving room under Alexa's 24 KB for the longest speech, card and session. */
    static final int MAX_DIRECTIVE_BYTES = GoldenConversationTest.MAX_RESPONSE_BYTES - 6 * 1024;

    private static final Map<String, String> DISTINCT = new TreeMap<>();
    private static final Set<String> IDS = new TreeSet<>();
    private static int largest;

    @BeforeAll
    static void renderEveryScreenReached() throws IOException {
        ScreenRenderer renderer = new ScreenRenderer(Phrasebook.forLocale("en-US"), Labels.forLocale("en-US"));
        JacksonSerializer serializer = new JacksonSerializer();
        Map<String, String> byJson = new TreeMap<>();
        for (Screen screen : DialogLivenessTest.screensReached()) {
            RenderDocumentDirective directive = renderer.directive(screen);
            String json = serializer.serialize(directive);
            largest = Math.max(largest, json.getBytes(StandardCharsets.UTF_8).length);
            if (IDS.add(ScreenRenderer.documentOf(screen) + " " + screen.id()) || !(screen instanceof Screen.Progress)) {
                // The progress screen can follow any question with any log: one of each screen id is drawn.
                byJson.putIfAbsent(json, ScreenRenderer.documentOf(screen) + "-" + screen.id());
            }
        }
        byJson.forEach((json, name) -> DISTINCT.put(name + "-" + Integer.toHexString(json.hashCode()), json));
        // Each other locale's screens whose text differs from en-US's, checked and drawn beside them.
        for (String locale : Locales.OTHERS) {
            ScreenRenderer there = new ScreenRenderer(Phrasebook.forLocale(locale), Labels.forLocale(locale));
            boolean progressDrawn = false;
            for (Screen screen : DialogLivenessTest.screensReached()) {
                if (screen instanceof Screen.Progress) {
                    if (progressDrawn) {
                        continue;
                    }
                    progressDrawn = true;
                }
                String us = serializer.serialize(renderer.directive(screen));
                String json = serializer.serialize(there.directive(screen));
                if (!json.equals(us)) {
                    IN_LOCALES.putIfAbsent(locale + "-" + ScreenRenderer.documentOf(screen) + "-" + screen.id() + "-"
                            + Integer.toHexString(json.hashCode()), new String[] {us, json});
                }
            }
        }
        if (Files.isDirectory(OUT)) {
            try (var old = Files.list(OUT)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(OUT);
        for (Map.Entry<String, String> e : DISTINCT.entrySet()) {
            String file = e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-") + ".json";
            Files.writeString(OUT.resolve(file), e.getValue());
        }
        for (Map.Entry<String, String[]> e : IN_LOCALES.entrySet()) {
            String file = e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-") + ".json";
            Files.writeString(OUT.resolve(file), e.getValue()[1]);
        }
        System.out.printf(Locale.ROOT, "ScreenCatalog: %d distinct screens (%d document and id pairs), largest"
                + " directive %,d bytes, written to %s; %d more in other locales, where their words differ%n",
                DISTINCT.size(), IDS.size(), largest, OUT, IN_LOCALES.size());
    }

    /** Another locale's screen whose text differs from en-US's: its name, and en-US's directive and its own. */
    private static final Map<String, String[]> IN_LOCALES = new TreeMap<>();

    /** A screen in another locale differs from en-US's only in that locale's words, and some do differ. */
    @Test
    void aScreenInAnotherLocaleDiffersOnlyInThatLocalesWords() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, String[]> e : IN_LOCALES.entrySet()) {
            String locale = e.getKey().substring(0, 5);
            LocaleWords words = new LocaleWords(Phrasebook.forLocale(Locales.US), Phrasebook.forLocale(locale));
            assertEquals(words.inLocale(mapper.readTree(e.getValue()[0])), mapper.readTree(e.getValue()[1]), e.getKey());
            assertTrue(mapper.readTree(e.getValue()[1]).toString().length() <= MAX_DIRECTIVE_BYTES, e.getKey());
        }
        for (String locale : List.of("en-GB", "en-AU", "en-IN")) {
            assertTrue(IN_LOCALES.keySet().stream().anyMatch(k -> k.startsWith(locale)), locale + ": no screen differs");
        }
    }

    @Test
    void everyDocumentAndEveryPhaseIsShown() {
        Set<String> documents = new TreeSet<>();
        Set<String> phases = new TreeSet<>();
        for (String id : IDS) {
            documents.add(id.substring(0, id.indexOf(' ')));
            String screenId = id.substring(id.indexOf(' ') + 1);
            phases.add(screenId.contains(".") ? screenId.substring(0, screenId.indexOf('.')) : screenId);
        }
        assertEquals(Set.of("hold", "progress", "prompt", "result", "stretch"), documents);
        for (com.hipcheck.dialog.Phase phase : com.hipcheck.dialog.Phase.values()) {
            assertTrue(phases.contains(phase.name()), "no screen for " + phase + " in " + phases);
        }
    }

    @Test
    void everyScreenWordIsShownOnSomeScreen() {
        String all = String.join("\n", DISTINCT.values());
        Labels labels = Labels.forLocale("en-US");
        Phrasebook book = Phrasebook.forLocale("en-US");
        for (Label label : Label.values()) {
            String text = labels.text(label, book, "\u0000", "\u0000", "\u0000", "\u0000");
            if (label == Label.PROGRESS_WEEKDAYS) {
                // The weekdays' initials head the columns one by one, from the day the four weeks start on.
                for (String initial : text.split(" ")) {
                    assertTrue(Pattern.compile("\"weekdays\":\\[[^]]*\"" + initial + "\"").matcher(all).find(),
                            label.key() + ": " + initial + " heads no column");
                }
                continue;
            }
            // A word with arguments is looked for by its text around them, inside one JSON string.
            String pattern = Pattern.quote(text).replace("\u0000", "\\E[^\"]*\\Q");
            assertTrue(Pattern.compile(pattern).matcher(all).find(), label.key() + " is on no screen the skill sends");
        }
    }

    /** A screen reader says what each drawing shows, and for which side (the documents bind drawingLabel). */
    @Test
    void everyDrawingIsNamedForAScreenReader() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        int drawn = 0;
        for (String json : DISTINCT.values()) {
            JsonNode screen = mapper.readTree(json).path("datasources").path("screen");
            if (!screen.has("pose") || screen.path("pose").asText().equals("none")) {
                continue;
            }
            drawn++;
            String label = screen.path("drawingLabel").asText().toLowerCase(Locale.ROOT);
            assertTrue(label.contains(screen.path("side").asText()), screen.path("id") + ": \"" + label + "\"");
        }
        assertTrue(drawn > 0, "no drawn screen");
    }

    /**
     * Every touchable part and every drawing of every document carries a screen reader's label,
     * touchables the role of a button, drawings of an image; none is bound to {@code step}, which
     * changes while the screen shows and which an APL 1.4 runtime cannot update a label from.
     */
    @Test
    void everyTouchAndDrawingInTheDocumentsIsLabelled() {
        int seen = 0;
        for (Map.Entry<String, JsonNode> document : ScreenChecks.DOCUMENTS.entrySet()) {
            for (JsonNode component : document.getValue().findParents("type")) {
                String type = component.path("type").asText();
                String role = type.equals("TouchWrapper") ? "button" : type.equals("VectorGraphic") ? "image" : null;
                if (role == null) {
                    continue;
                }
                seen++;
                String label = component.path("accessibilityLabel").asText();
                String where = document.getKey() + ": " + component;
                assertTrue(label.startsWith("${") && !label.contains("step"), where);
                assertEquals(role, component.path("role").asText(), where);
            }
        }
        assertTrue(seen >= 8, "touchables and drawings found: " + seen);
    }

    /** Each document is read from the jar when a screen first needs it, once, and is the skill package's own. */
    @Test
    void eachDocumentIsReadOnceAndIsTheSkillPackagesOwn() {
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, JsonNode> document : ScreenChecks.DOCUMENTS.entrySet()) {
            Map<String, Object> read = ScreenRenderer.document(document.getKey());
            assertSame(read, ScreenRenderer.document(document.getKey()), document.getKey());
            assertEquals(document.getValue(), mapper.valueToTree(read), document.getKey());
        }
        assertEquals(5, ScreenChecks.DOCUMENTS.size());
    }

    @Test
    void everyDirectiveLeavesRoomUnderAlexasLimit() {
        assertTrue(largest <= MAX_DIRECTIVE_BYTES, "largest directive " + largest + " bytes");
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a response's screen, and what a typed touch presses on it. */
class ShownScreenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode response(String directives) throws Exception {
        return MAPPER.readTree("{\"version\":\"1.0\",\"response\":{\"directives\":" + directives + "}}");
    }

    private static final String HOLD = """
            [{"type":"Dialog.Something"},
             {"type":"Alexa.Presentation.APL.RenderDocument","token":"hipcheck","document":{"type":"APL"},
              "datasources":{"screen":{"id":"NEXT_SIDE.LEFT",
                "buttons":[{"label":"It hurts","kind":"hurt","value":""}],
                "end":{"buttons":[{"label":"Ready","kind":"word","value":"READY"},
                                  {"label":"Wait","kind":"command","value":"WAIT"}]}}}}]""";

    @Test
    void readsTheRenderDocumentDirectiveWithTheButtonsOfTheScreenAndItsEndPanel() throws Exception {
        ShownScreen screen = ShownScreen.in(response(HOLD)).orElseThrow();
        assertEquals("NEXT_SIDE.LEFT", screen.id());
        assertEquals("APL", screen.document().path("type").asText());
        assertEquals("NEXT_SIDE.LEFT", screen.datasources().at("/screen/id").asText(), "the whole datasources object");
        assertEquals(List.of("It hurts", "Ready", "Wait"), screen.labels());
        assertEquals(List.of("word", "READY", "NEXT_SIDE.LEFT"),
                screen.arguments(screen.button("  ready ").orElseThrow()));
        assertEquals(List.of("hurt", "", "NEXT_SIDE.LEFT"), screen.arguments(screen.button("IT   HURTS").orElseThrow()));
        assertEquals(Optional.empty(), screen.button("Finish"));
    }

    @Test
    void aResponseWithoutTheDirectiveShowsNoScreen() throws Exception {
        assertTrue(ShownScreen.in(response("[]")).isEmpty());
        assertTrue(ShownScreen.in(MAPPER.readTree("{}")).isEmpty());
    }

    @Test
    void aTypedTouchNamesTheLabelAndAnythingElseIsSpeech() {
        assertEquals(Optional.of("Ready"), ShownScreen.touched("touch Ready"));
        assertEquals(Optional.of("Drops to the bed"), ShownScreen.touched("  Tap   Drops to the bed "));
        assertEquals(Optional.of("Don't keep"), ShownScreen.touched("touch \"Don't keep\""));
        assertEquals(Optional.empty(), ShownScreen.touched("touch"));
        assertEquals(Optional.empty(), ShownScreen.touched("touching my toes"));
        assertEquals(Optional.empty(), ShownScreen.touched("ready"));
    }

    @Test
    void fileNamesAreNumberedAndSafe() {
        ShownScreen screen = new ShownScreen("SETUP_LIE.RIGHT", MAPPER.createObjectNode(), MAPPER.createObjectNode(),
                List.of());
        assertEquals("03-SETUP_LIE.RIGHT", screen.fileStem(3));
        assertEquals("120-SETUP_LIE.RIGHT", screen.fileStem(120));
        assertEquals("ASK_a_b_c", ShownScreen.safe("ASK/a b\\c"));
        assertEquals("_etc_passwd", ShownScreen.safe("../etc/passwd"), "no way out of the directory, no hidden file");
        assertEquals("screen", ShownScreen.safe(""));
        assertEquals(80, ShownScreen.safe("X".repeat(200)).length());
    }
}

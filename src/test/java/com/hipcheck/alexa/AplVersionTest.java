package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A screen is sent only to a device whose APL runtime renders the documents' version. */
class AplVersionTest {
    @RegisterExtension
    final SkillHarness skill = new SkillHarness();

    @ParameterizedTest(name = "{0} renders 1.4: {1}")
    @CsvSource({"1.4, true", "1.5, true", "1.10, true", "2023.3, true", "1.3, false", "1.0, false", "1, false",
            "'', false", "one.four, false"})
    void aVersionIsComparedPartByPart(String version, boolean renders) {
        assertEquals(renders, Conversation.atLeast(version, Conversation.DOCUMENTS_APL));
    }

    @Test
    void theDocumentsDeclareTheVersionTheSkillChecksFor() throws IOException {
        for (String name : new String[] {"prompt", "result", "stretch", "hold", "progress"}) {
            JsonNode doc = new ObjectMapper().readTree(
                    Files.readString(Path.of("skill-package/response/display", name, "document.json")));
            assertEquals(Conversation.DOCUMENTS_APL[0] + "." + Conversation.DOCUMENTS_APL[1],
                    doc.path("version").asText(), name);
        }
    }

    @Test
    void aDeviceWithAnOlderRuntimeGetsTheVoiceOnlyAnswer() throws IOException {
        ObjectNode launch = skill.session().onScreen().envelope(skill.requests().launch());
        ((ObjectNode) launch.path("context").path("System").path("device").path("supportedInterfaces")
                .path("Alexa.Presentation.APL").path("runtime")).put("maxVersion", "1.3");
        JsonNode older = skill.sendEnvelope(launch);
        assertFalse(older.path("response").has("directives"), "no document for an APL 1.3 runtime");

        ObjectNode current = skill.session().envelope(skill.requests().launch());
        assertTrue(skill.sendEnvelope(current).path("response").has("directives"), "a 1.4 runtime gets its screen");
    }
}

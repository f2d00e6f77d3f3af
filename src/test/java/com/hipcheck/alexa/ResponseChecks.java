package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.narration.Msg;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/** The rules every spoken response must keep, checked on the response JSON as Alexa receives it. */
final class ResponseChecks {
    static final int MAX_SSML_CHARS = 8000;
    static final int MAX_BREAK_MILLIS = 10_000;
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final List<String> ALLOWED_TAGS = List.of("speak", "break");

    private ResponseChecks() {}

    /** Checks one response that speaks: SSML, breaks, length, and a reprompt while the session stays open. */
    static void assertSpeaksWell(JsonNode envelope, String where) {
        JsonNode response = envelope.path("response");
        String ssml = response.path("outputSpeech").path("ssml").asText("");
        assertFalse(ssml.isBlank(), where + ": no speech");
        assertValidSsml(ssml, where);
        boolean open = !response.path("shouldEndSession").asBoolean(true);
        if (open) {
            String reprompt = response.path("reprompt").path("outputSpeech").path("ssml").asText("");
            assertFalse(reprompt.isBlank(), where + ": the session stays open without a reprompt");
            assertValidSsml(reprompt, where + " (reprompt)");
        }
    }

    /** Checks that {@code ssml} is well formed, uses only supported tags, and keeps Alexa's limits. */
    static void assertValidSsml(String ssml, String where) {
        assertTrue(ssml.length() < MAX_SSML_CHARS, where + ": SSML is " + ssml.length() + " characters");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        } catch (Exception e) {
            fail(where + ": SSML is not well formed: " + e.getMessage() + "\n" + ssml);
        }
        assertTrue(ssml.startsWith("<speak>") && ssml.endsWith("</speak>"), where + ": not wrapped in <speak>");
        Matcher tags = Pattern.compile("</?([a-zA-Z:-]+)").matcher(ssml);
        while (tags.find()) {
            assertTrue(ALLOWED_TAGS.contains(tags.group(1)), where + ": unexpected tag " + tags.group(1));
        }
        Matcher breaks = BREAK.matcher(ssml);
        while (breaks.find()) {
            long millis = Long.parseLong(breaks.group(1)) * (breaks.group(2).equals("s") ? 1000 : 1);
            assertTrue(millis <= MAX_BREAK_MILLIS, where + ": a break of " + millis + " ms");
        }
        String text = plain(ssml);
        for (String leak : List.of("null", "{", "}", "$")) {
            assertFalse(text.contains(leak), where + ": speech contains '" + leak + "': " + text);
        }
        for (Msg msg : Msg.values()) {
            if (msg.key().contains(".")) {
                assertFalse(text.contains(msg.key()), where + ": the resource key " + msg.key() + " reached speech");
            }
        }
    }

    /** Returns the words of an SSML string, tags removed and entities decoded. */
    static String plain(String ssml) {
        return TAG.matcher(ssml).replaceAll(" ")
                .replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}

package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Phrasebook;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * The rules every response must keep, checked on the response JSON as Alexa receives it.
 *
 * <p>The static checks assert on one response a test expects to speak. An instance checks any
 * response against every rule, whatever was asked, and names the rule a response breaks (a
 * {@link Violation}), so a fuzz can count failures by kind; it remembers the SSML it has already
 * found valid.
 */
final class ResponseChecks {
    static final int MAX_SSML_CHARS = 8000;
    static final int MAX_BREAK_MILLIS = 10_000;
    static final int MAX_RESPONSE_BYTES = 24 * 1024;
    /** Code in text: a package name, an exception, a stack frame, an enum constant, a record's toString. */
    static final Pattern CODE = Pattern.compile(
            "\\b(?:java|javax|jdk|com|org)\\.[a-z]|Exception|Error\\b|\\bat [a-z]+\\.[a-z]|\\.java\\b"
                    + "|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|[A-Za-z]\\[|@[0-9a-f]{4,}|\\bnull\\b");
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)(ms|s)\"/>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final List<String> ALLOWED_TAGS = List.of("speak", "break");

    /** Request types that must be answered with speech. */
    private static final List<String> SPEAKING_TYPES = List.of("LaunchRequest", "IntentRequest",
            "Alexa.Presentation.APL.UserEvent", "Connections.Response");
    /** Request types (by prefix) whose response may not speak, reprompt or show a card. */
    private static final List<String> SILENT_PREFIXES = List.of("SessionEndedRequest", "AudioPlayer.",
            "PlaybackController.", "System.", "CanFulfillIntentRequest");
    private static final List<String> ENDING_INTENTS = List.of("AMAZON.StopIntent", "AMAZON.CancelIntent");

    private final SkillHarness skill;
    private final ObjectMapper mapper = new ObjectMapper();
    private final SessionCodec codec = new SessionCodec();
    private final String errorWords;
    private final String restartWords;
    private final Set<String> validSsml = new HashSet<>();

    /** Returns checks for the responses of {@code skill}, whose operator log they read too. */
    ResponseChecks(SkillHarness skill) {
        this.skill = skill;
        Phrasebook phrasebook = Phrasebook.forLocale("en-US");
        this.errorWords = lower(phrasebook.text(Msg.ERROR_SORRY));
        this.restartWords = lower(phrasebook.text(Msg.RESTARTED));
    }

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
        try {
            Breath.check(envelope, Breath.SEEN);
        } catch (Violation v) {
            fail(where + ": " + v.getMessage());
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

    /** Returns the words a response envelope speaks; empty when it says nothing. */
    /** Returns the response's first directive of {@code type}, or a missing node. */
    static JsonNode directive(JsonNode envelope, String type) {
        if (envelope != null) {
            for (JsonNode d : envelope.path("response").path("directives")) {
                if (type.equals(d.path("type").asText())) {
                    return d;
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Returns the response's directives as "TYPE NAME" (the name where there is one), joined by commas; "none" without. */
    static String directives(JsonNode envelope) {
        List<String> all = new java.util.ArrayList<>();
        for (JsonNode d : envelope.path("response").path("directives")) {
            all.add((d.path("type").asText() + " " + d.path("name").asText("")).strip());
        }
        return all.isEmpty() ? "none" : String.join(", ", all);
    }

    static String speech(JsonNode envelope) {
        return plain(envelope.path("response").path("outputSpeech").path("ssml").asText(""));
    }

    /** Returns whether a response keeps the session open: {@code shouldEndSession} is there, and false. */
    static boolean isOpen(JsonNode envelope) {
        JsonNode end = envelope.path("response").path("shouldEndSession");
        return end.isBoolean() && !end.asBoolean();
    }

    // ---- every rule, whatever was asked ----

    /** One call to the skill. */
    interface Call {
        JsonNode send() throws IOException;
    }

    /**
     * Returns the skill's answer to one call: no exception may escape the handler, and the
     * operator log may report neither a handler's error nor a session the skill could not read.
     */
    JsonNode answer(Call call) {
        skill.clearLog();
        JsonNode response;
        try {
            response = call.send();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new Violation("exception escaped the handler", e.toString());
        }
        checkLog(skill.log());
        return response;
    }

    private void checkLog(String logged) {
        if (logged.isEmpty()) {
            return;
        }
        for (String line : logged.split("\n")) {
            JsonNode json;
            try {
                json = mapper.readTree(line);
            } catch (IOException e) {
                throw new Violation("operator log line is not JSON", line);
            }
            String kind = json.path("kind").asText("");
            if (kind.equals("handler_error")) {
                throw new Violation("a handler threw (the error handler answered)", line);
            }
            if (kind.equals("session_unreadable")) {
                throw new Violation("the skill could not read the session it wrote", line);
            }
        }
    }

    /** Checks one response against every rule that holds whatever was asked. */
    void check(JsonNode request, JsonNode envelope) {
        String type = request.path("type").asText();
        JsonNode response = envelope.path("response");
        if (envelope.isEmpty() || !response.isObject()) {
            throw new Violation("no response envelope", String.valueOf(envelope));
        }
        int bytes;
        try {
            bytes = mapper.writeValueAsBytes(envelope).length;
        } catch (IOException e) {
            throw new Violation("response cannot be written", e.toString());
        }
        if (bytes >= MAX_RESPONSE_BYTES) {
            throw new Violation("response over 24 KB", bytes + " bytes");
        }
        boolean speaks = response.has("outputSpeech");
        boolean mustSpeak = SPEAKING_TYPES.contains(type);
        boolean mustNotSpeak = SILENT_PREFIXES.stream().anyMatch(type::startsWith);
        if (mustSpeak && !speaks) {
            throw new Violation("no speech for a " + type, "");
        }
        if (mustNotSpeak && (speaks || response.has("reprompt") || response.has("card"))) {
            throw new Violation("speech for a " + type + ", which may not speak", "");
        }
        if (type.equals("CanFulfillIntentRequest")
                && !response.path("canFulfillIntent").path("canFulfill").isTextual()) {
            throw new Violation("CanFulfillIntentRequest without a canFulfillIntent answer", "");
        }
        boolean open = isOpen(envelope);
        if (open && !response.path("reprompt").path("outputSpeech").path("ssml").isTextual()) {
            throw new Violation("session stays open without a reprompt", "");
        }
        if (speaks) {
            String ssml = response.path("outputSpeech").path("ssml").asText("");
            if (!"SSML".equals(response.path("outputSpeech").path("type").asText())) {
                throw new Violation("speech is not SSML", response.path("outputSpeech").toString());
            }
            checkSsml(ssml, "speech");
            Breath.check(envelope, Breath.SEEN);
            if (open) {
                String reprompt = response.path("reprompt").path("outputSpeech").path("ssml").asText("");
                if (reprompt.isBlank()) {
                    throw new Violation("session stays open without a reprompt", "");
                }
                checkSsml(reprompt, "reprompt");
            }
            String words = lower(plain(ssml));
            if (words.contains(errorWords) || words.contains("something went wrong")) {
                throw new Violation("the error handler answered", plain(ssml));
            }
            if (words.contains(restartWords) || words.contains("lost our place")) {
                throw new Violation("lost track of the session it wrote", plain(ssml));
            }
        }
        if (response.has("card")) {
            String card = response.path("card").path("title").asText("") + "\n"
                    + response.path("card").path("content").asText("");
            checkWords(card, "card");
        }
        if ("IntentRequest".equals(type)
                && ENDING_INTENTS.contains(request.path("intent").path("name").asText()) && open) {
            throw new Violation(request.path("intent").path("name").asText() + " left the session open", "");
        }
        if (open) {
            JsonNode attributes = envelope.path("sessionAttributes");
            if (!codec.decode(toMap(attributes)).found().isPresent()) {
                throw new Violation("open session with attributes the skill cannot read back",
                        attributes.toString());
            }
        }
    }

    private void checkSsml(String ssml, String what) {
        if (validSsml.contains(ssml)) {
            return;
        }
        try {
            assertValidSsml(ssml, what);
        } catch (AssertionError e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String first = message.split("[:\n]", 3).length > 1 ? message.split("[:\n]", 3)[1].strip() : message;
            throw new Violation("invalid SSML (" + first.replaceAll("[0-9]+", "N") + ")", message);
        }
        checkWords(plain(ssml), what);
        validSsml.add(ssml);
    }

    private static void checkWords(String text, String what) {
        if (CODE.matcher(text).find()) {
            throw new Violation("code, a class name or a constant reached the " + what, text);
        }
        for (String leak : List.of("{", "}", "$")) {
            if (text.contains(leak)) {
                throw new Violation("'" + leak + "' reached the " + what, text);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(JsonNode attributes) {
        return attributes == null || !attributes.isObject() ? null : mapper.convertValue(attributes, Map.class);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

package com.hipcheck.alexa;

import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import com.hipcheck.narration.Phrasebook;

/**
 * Turns a narration into what Alexa takes: SSML for speech (text escaped, pauses as breaks, holds
 * timed against the phrasebook's words) and plain text for cards. This is the only place markup
 * is written.
 */
final class SpeechRenderer {
    private SpeechRenderer() {}

    /**
     * Returns the SSML body of {@code narration}, without the {@code <speak>} element, which the
     * SDK's response builder adds.
     */
    static String ssml(Narration narration, Phrasebook phrasebook) {
        StringBuilder out = new StringBuilder(256);
        for (Part part : narration.timedWith(phrasebook).parts()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (part instanceof Part.Line line) {
                escapeInto(phrasebook.text(line), out);
            } else if (part instanceof Part.Pause pause) {
                out.append("<break time=\"").append(pause.millis()).append("ms\"/>");
            }
        }
        return out.toString();
    }

    /** Returns the lines of {@code narration} as plain text, one per line; pauses are dropped. */
    static String plainText(Narration narration, Phrasebook phrasebook) {
        StringBuilder out = new StringBuilder(256);
        for (Part part : narration.timedWith(phrasebook).parts()) {
            if (part instanceof Part.Line line) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(phrasebook.text(line));
            }
        }
        return out.toString();
    }

    /** Escapes the five characters that are markup in XML. */
    static void escapeInto(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
    }
}

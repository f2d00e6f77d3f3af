package com.hipcheck.narration;

/**
 * Estimates how long Alexa takes to say a short cue at her normal speaking rate, so a hold's
 * countdown cues can be placed on time.
 *
 * <p>The estimate: {@value #MILLIS_PER_WORD} ms per word (150 words a minute, a calm pace at the
 * slow end of Alexa's default voice) and {@value #MILLIS_PER_COMMA} ms per comma, where the voice
 * pauses inside a cue. A word is a run of letters or digits. A sentence end adds nothing: every cue
 * is followed by an SSML break, and a break after a sentence replaces the voice's own pause there
 * rather than adding to it. Only short cues are estimated, so an error of a tenth of a second a
 * word stays well inside the ±2 s a hold allows. {@code bench/hold-timing.sh} renders the holds
 * with espeak-ng at 150 words a minute and measures them against this estimate.
 */
public final class SpeechTiming {
    static final int MILLIS_PER_WORD = 400;
    static final int MILLIS_PER_COMMA = 150;

    private SpeechTiming() {}

    /** Returns the estimated time, in milliseconds, to speak {@code text}. */
    public static int estimateMillis(String text) {
        int words = 0;
        int commas = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || (inWord && c == '\'');
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            if (c == ',') {
                commas++;
            }
        }
        return words * MILLIS_PER_WORD + commas * MILLIS_PER_COMMA;
    }

    /**
     * Returns when {@code part} begins in {@code speech}, in milliseconds from its start, by these
     * estimates (a pause lasts what it says; a hold, its narration); -1 when the speech does not
     * hold that part. A screen uses it to show a step as the voice reaches it.
     */
    public static int millisUntil(Narration speech, Part part, Phrasebook phrasebook) {
        int at = 0;
        for (Part p : speech.parts()) {
            if (p.equals(part)) {
                return at;
            }
            at += millisOf(p, phrasebook);
        }
        return -1;
    }

    private static int millisOf(Part part, Phrasebook phrasebook) {
        if (part instanceof Part.Line line) {
            return estimateMillis(phrasebook.text(line));
        }
        if (part instanceof Part.Pause pause) {
            return pause.millis();
        }
        int total = 0;
        for (Part p : new HoldNarrator(phrasebook).narrate((Part.Timed) part).parts()) {
            total += millisOf(p, phrasebook);
        }
        return total;
    }
}

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
}

package com.hipcheck.narration;

/**
 * Estimates how long Alexa takes to say a short piece of text at her normal speaking rate, so a
 * hold's countdown cues can be placed on time.
 *
 * <p>The estimate: {@value #MILLIS_PER_WORD} ms per word (150 words a minute, a calm reading pace
 * that sits at the slow end of Alexa's default voice), plus {@value #MILLIS_PER_SENTENCE_END} ms for
 * each full stop, question or exclamation mark and {@value #MILLIS_PER_COMMA} ms for each comma,
 * where the voice pauses. A word is a run of letters or digits. Only short cues are estimated, so
 * an error of a tenth of a second a word stays well inside the ±2 s a hold allows; the hold
 * benchmark ({@code bench/hold-timing.sh}) checks the estimate against rendered audio.
 */
public final class SpeechTiming {
    static final int MILLIS_PER_WORD = 400;
    static final int MILLIS_PER_SENTENCE_END = 250;
    static final int MILLIS_PER_COMMA = 150;

    private SpeechTiming() {}

    /** Returns the estimated time, in milliseconds, to speak {@code text}. */
    public static int estimateMillis(String text) {
        int words = 0;
        int sentenceEnds = 0;
        int commas = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || (inWord && c == '\'');
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            if (c == '.' || c == '!' || c == '?') {
                sentenceEnds++;
            } else if (c == ',') {
                commas++;
            }
        }
        return words * MILLIS_PER_WORD + sentenceEnds * MILLIS_PER_SENTENCE_END + commas * MILLIS_PER_COMMA;
    }
}

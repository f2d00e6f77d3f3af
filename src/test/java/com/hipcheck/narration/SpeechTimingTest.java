package com.hipcheck.narration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the estimate: 400 ms a word, 150 ms a comma, nothing for a sentence end
 * (the SSML break after each cue replaces the voice's own pause there).
 */
class SpeechTimingTest {

    @ParameterizedTest(name = "\"{0}\" takes {1} ms")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                                   | 0
            One                                                  | 400
            Twenty seconds left                                  | 1200
            Hold it there for 30 seconds, and keep breathing.    | 3750
            Wait, what, now                                      | 1500
            edge-of-table                                        | 1200
            25 seconds                                           | 800
            "   spaced     out   "                               | 800
            """)
    void estimateIsFourHundredMillisAWordAndOneHundredFiftyAComma(String text, int millis) {
        assertEquals(millis, SpeechTiming.estimateMillis(text));
    }

    @ParameterizedTest(name = "\"{0}\" takes {1} ms")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Five.                                        | 400
            Five. Four. Three.                           | 1200
            Still with me?                               | 1200
            Really?!                                     | 400
            And relax. Ease out of the stretch slowly.   | 3200
            """)
    void aSentenceEndAddsNothing(String text, int millis) {
        assertEquals(millis, SpeechTiming.estimateMillis(text));
    }

    @ParameterizedTest(name = "\"{0}\" takes {1} ms")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            you're           | 400
            you're ready     | 800
            'tis             | 400
            """)
    void anApostropheInsideAWordKeepsItOneWord(String text, int millis) {
        assertEquals(millis, SpeechTiming.estimateMillis(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"HOLD_LEFT_20, 1200", "HOLD_LEFT_10, 1200", "COUNT_5, 400", "COUNT_1, 400", "HOLD_START, 3750"})
    void theHoldCuesTakeTheirEstimatedTime(Msg cue, int millis) {
        assertEquals(millis, SpeechTiming.estimateMillis(Phrasebook.forLocale("en-US").text(cue, 30)));
    }
}

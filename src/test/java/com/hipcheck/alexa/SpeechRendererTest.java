package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Phrasebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechRendererTest {
    private static final Phrasebook BOOK = Phrasebook.forLocale("en-US");

    @ParameterizedTest(name = "[{0}] is written [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            &                  | &amp;
            <                  | &lt;
            >                  | &gt;
            "                  | &quot;
            '                  | &apos;
            plain words        | plain words
            ``                 | ``
            &amp;              | &amp;amp;
            <break time="1s"/> | &lt;break time=&quot;1s&quot;/&gt;
            Tom & Jerry's "<3" | Tom &amp; Jerry&apos;s &quot;&lt;3&quot;
            """)
    void theFiveMarkupCharactersAreEscaped(String text, String escaped) {
        StringBuilder out = new StringBuilder();

        SpeechRenderer.escapeInto(text, out);

        assertEquals(escaped, out.toString());
    }

    @Test
    void wordsFromThePhrasebookAndFromArgumentsAreEscaped() {
        Narration n = Narration.of(Msg.NEXT_SIDE, "<b>&\"'").then(Msg.DISCLAIMER);

        assertEquals("Ready for your &lt;b&gt;&amp;&quot;&apos; side? It&apos;s guidance, not a diagnosis."
                + " If anything hurts, say so.", SpeechRenderer.ssml(n, BOOK));
    }

    @Test
    void pausesBecomeBreaksInMilliseconds() {
        Narration n = Narration.of(Msg.COUNT_2).pause(350).then(Msg.COUNT_1);

        assertEquals("Two. <break time=\"350ms\"/> One.", SpeechRenderer.ssml(n, BOOK));
    }

    @Test
    void aLongPauseBecomesBreaksAlexaAccepts() {
        Narration n = Narration.of(Msg.WAIT_ACK).pause(25_000).then(Msg.WAIT_CHECK);

        assertEquals("Sure, take your time. <break time=\"10000ms\"/> <break time=\"10000ms\"/>"
                + " <break time=\"5000ms\"/> Still with me?", SpeechRenderer.ssml(n, BOOK));
    }

    @Test
    void linesAreSpokenWithTheirArgumentsInTheirOwnWords() {
        Narration n = Narration.of(Msg.HOLD_START, 25).then(Msg.NEXT_SIDE, Msg.SIDE_LEFT);

        assertEquals("Hold it there for 25 seconds, and keep breathing. Ready for your left side?",
                SpeechRenderer.ssml(n, BOOK));
    }

    @Test
    void nothingToSayRendersAsNothing() {
        assertEquals("", SpeechRenderer.ssml(Narration.empty(), BOOK));
        assertEquals("", SpeechRenderer.plainText(Narration.empty(), BOOK));
    }

    @Test
    void plainTextDropsPausesAndPutsEachLineOnItsOwnLine() {
        Narration n = Narration.of(Msg.EDGE_STEP_HUG, Msg.SIDE_LEFT).pause(1500)
                .then(Msg.EDGE_STEP_HANG, Msg.SIDE_RIGHT).pause(750);

        assertEquals("Lie on your back at the edge of the bed, changing over if you need to, and hug your left knee to your chest.\n"
                + "Let your right leg hang off the edge, heavy and loose.", SpeechRenderer.plainText(n, BOOK));
    }

    @Test
    void plainTextIsNotEscaped() {
        Narration n = Narration.of(Msg.NEXT_SIDE, "<b>&\"'");

        assertEquals("Ready for your <b>&\"' side?", SpeechRenderer.plainText(n, BOOK));
    }
}

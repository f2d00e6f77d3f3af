package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SSML read back as a listener hears it. */
class SpeechTest {
    @Test
    void tagsAreDroppedEntitiesDecodedAndBreaksShown() {
        Speech speech = Speech.fromSsml("<speak>Here&apos;s the &quot;edge&quot; stretch &amp; more."
                + " <break time=\"1500ms\"/> Say &lt;ready&gt;.</speak>");
        assertEquals("Here's the \"edge\" stretch & more. [pause 1.5 s] Say <ready>.", speech.readable());
    }

    @Test
    void adjacentBreaksAreOneSilence() {
        Speech speech = Speech.fromSsml("<speak>Sure, take your time. <break time=\"10000ms\"/> "
                + "<break time=\"10000ms\"/> <break time=\"10s\"/> Still with me?</speak>");
        assertEquals(List.of(new Speech.Words("Sure, take your time."), new Speech.Pause(30_000),
                new Speech.Words("Still with me?")), speech.segments());
        assertEquals("Sure, take your time. [pause 30 s] Still with me?", speech.readable());
        assertTrue(speech.hasHold());
    }

    @Test
    void breathsBetweenStepsAreNotAHold() {
        Speech speech = Speech.fromSsml("<speak>One. <break time=\"1500ms\"/> Two. <break time=\"750ms\"/></speak>");
        assertFalse(speech.hasHold());
        assertEquals(2250, speech.pauseMillis());
    }

    @Test
    void nothingSaysNothing() {
        assertTrue(Speech.fromSsml("").isEmpty());
        assertTrue(Speech.fromSsml(null).isEmpty());
        assertTrue(Speech.fromSsml("<speak></speak>").isEmpty());
    }

    @ParameterizedTest(name = "{0} ms is {1} s")
    @CsvSource({"10000,10", "1500,1.5", "750,0.75", "350,0.35", "30000,30"})
    void secondsAreWrittenWithoutTrailingZeros(long millis, String seconds) {
        assertEquals(seconds, Speech.seconds(millis));
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.narration.SpeechTiming;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Real-time playback of a hold, with a clock that only counts. */
class HoldPlayerTest {
    static final String HOLD = "<speak>Hold it there for 20 seconds, and keep breathing. <break time=\"10000ms\"/> "
            + "Ten more seconds. <break time=\"3550ms\"/> Five. <break time=\"350ms\"/> And relax.</speak>";

    @Test
    void cuesArePrintedAtTheirMomentsAndTheWholeHoldIsWaited() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong slept = new AtomicLong();
        HoldPlayer player = new HoldPlayer(new PrintStream(bytes, true, StandardCharsets.UTF_8), slept::addAndGet,
                false, null);

        player.play(Speech.fromSsml(HOLD));

        long speaking = SpeechTiming.estimateMillis("Hold it there for 20 seconds, and keep breathing.")
                + SpeechTiming.estimateMillis("Ten more seconds.") + SpeechTiming.estimateMillis("Five.")
                + SpeechTiming.estimateMillis("And relax.");
        assertEquals(10_000 + 3_550 + 350 + speaking, slept.get());
        String out = bytes.toString(StandardCharsets.UTF_8);
        long start = SpeechTiming.estimateMillis("Hold it there for 20 seconds, and keep breathing.");
        assertTrue(out.contains("  0:00  Hold it there for 20 seconds"), out);
        assertTrue(out.contains("  0:" + String.format("%02d", (start + 10_000) / 1000) + "  Ten more seconds."), out);
        assertTrue(out.startsWith("alexa: (in real time, "), out);
        assertTrue(!out.contains("\r"), "no progress bar redrawn when not on a terminal");
    }

    @Test
    void onATerminalTheSilenceRunsOnAProgressBar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HoldPlayer player = new HoldPlayer(new PrintStream(bytes, true, StandardCharsets.UTF_8), millis -> { },
                true, null);
        player.play(Speech.fromSsml(HOLD));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r  [##"), out);
        assertTrue(out.contains("And relax."));
    }
}

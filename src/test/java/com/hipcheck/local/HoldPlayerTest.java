package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        HoldPlayer player = new HoldPlayer(new PrintStream(bytes, true, StandardCharsets.UTF_8), millis -> {
            slept.addAndGet(millis);
            return false;
        }, false, null);

        assertFalse(player.play(Speech.fromSsml(HOLD)), "nobody spoke");

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
        HoldPlayer player = new HoldPlayer(new PrintStream(bytes, true, StandardCharsets.UTF_8), millis -> false,
                true, null);
        player.play(Speech.fromSsml(HOLD));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r  [##"), out);
        assertTrue(out.contains("And relax."));
    }

    @Test
    void speakingDuringTheSilenceStopsThePlaybackThereAndNothingMoreIsSaid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long speaksAt = SpeechTiming.estimateMillis("Hold it there for 20 seconds, and keep breathing.") + 5_000;
        AtomicLong clock = new AtomicLong();
        HoldPlayer player = new HoldPlayer(new PrintStream(bytes, true, StandardCharsets.UTF_8), millis -> {
            if (clock.get() + millis > speaksAt) {
                return true;
            }
            clock.addAndGet(millis);
            return false;
        }, false, null);

        assertTrue(player.play(Speech.fromSsml(HOLD)), "the user cut it short");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(speaksAt - clock.get() <= 200, "stopped within a tick of the moment, at " + clock);
        assertTrue(out.contains("  0:00  Hold it there for 20 seconds"), out);
        assertTrue(out.strip().endsWith("  0:" + String.format("%02d", clock.get() / 1000) + "  [interrupted]"), out);
        assertFalse(out.contains("Ten more seconds."), "the narration after the interruption is never played");
        assertFalse(out.contains("And relax."), out);
    }
}

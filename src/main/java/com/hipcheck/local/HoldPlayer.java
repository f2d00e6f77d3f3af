package com.hipcheck.local;

import com.hipcheck.narration.SpeechTiming;
import java.io.PrintStream;

/**
 * Plays a response with a hold in real time, so a developer can feel its pacing: each cue is
 * printed (or spoken) at its moment, and the silences between run on a progress bar. Words take
 * as long as the skill itself estimates Alexa needs to say them ({@link SpeechTiming}), which is
 * what the cues were placed by. As on a device, the user may speak at any moment, which stops
 * the rest of the response from being played.
 */
final class HoldPlayer {
    /** Waits, and wakes early when the user speaks; tests pass one that only counts. */
    interface Sleeper {
        /** Waits up to {@code millis}; returns true, as soon as it knows, when the user has spoken meanwhile. */
        boolean sleep(long millis) throws InterruptedException;
    }

    private static final int TICK_MILLIS = 200;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final Sleeper sleeper;
    private final boolean drawBar;
    private final Speaker speaker;

    /**
     * @param drawBar whether to redraw a bar in place, which needs a terminal; without it only the cues are printed
     * @param speaker speaks each cue when not null; the cue then takes as long as it takes to say, and the
     *     user is heard at the next silence
     */
    HoldPlayer(PrintStream out, Sleeper sleeper, boolean drawBar, Speaker speaker) {
        this.out = out;
        this.sleeper = sleeper;
        this.drawBar = drawBar;
        this.speaker = speaker;
    }

    /**
     * Plays {@code speech} to the end, or until the thread is interrupted, and returns false; or until
     * the user speaks: then it marks the moment, plays nothing more, and returns true.
     */
    boolean play(Speech speech) {
        long total = 0;
        for (Speech.Segment s : speech.segments()) {
            total += duration(s);
        }
        out.println("alexa: (in real time, " + Speech.seconds(roundToSecond(total)) + " s)");
        long elapsed = 0;
        try {
            for (Speech.Segment s : speech.segments()) {
                long length = duration(s);
                long played;
                if (s instanceof Speech.Words w) {
                    clearBar();
                    out.println("  " + clock(elapsed) + "  " + w.text());
                    if (speaker != null) {
                        speaker.speak("<speak>" + escape(w.text()) + "</speak>");
                        played = length;
                    } else {
                        played = wait(length, elapsed, total);
                    }
                } else {
                    played = wait(length, elapsed, total);
                }
                elapsed += played;
                if (played < length) {
                    clearBar();
                    out.println("  " + clock(elapsed) + "  [interrupted]");
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clearBar();
        return false;
    }

    private static long duration(Speech.Segment s) {
        return s instanceof Speech.Words w ? SpeechTiming.estimateMillis(w.text()) : ((Speech.Pause) s).millis();
    }

    /** Waits {@code millis} on the bar and returns how long it waited: less when the user spoke. */
    private long wait(long millis, long from, long total) throws InterruptedException {
        for (long done = 0; done < millis; ) {
            long step = Math.min(TICK_MILLIS, millis - done);
            if (sleeper.sleep(step)) {
                return done;
            }
            done += step;
            if (drawBar) {
                long now = from + done;
                int filled = (int) (BAR_WIDTH * now / Math.max(1, total));
                out.print("\r  [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                        + now / 1000 + " of " + roundToSecond(total) / 1000 + " s ");
                out.flush();
            }
        }
        return millis;
    }

    private void clearBar() {
        if (drawBar) {
            out.print("\r" + " ".repeat(BAR_WIDTH + 24) + "\r");
        }
    }

    private static long roundToSecond(long millis) {
        return (millis + 500) / 1000 * 1000;
    }

    private static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

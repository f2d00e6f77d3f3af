package com.hipcheck.narration;

import com.hipcheck.domain.Hold;

/**
 * Narrates one timed hold: a start cue, countdown cues, and a release cue.
 *
 * <p>The hold runs from the end of the start cue to the start of the release cue. Each countdown
 * cue begins when that many seconds are left; the silence before it is the time since the previous
 * cue began, less that cue's estimated speaking time ({@link SpeechTiming}). So the breaks and the
 * spoken cues between start and release add up to the hold. A rest after the release is timed the
 * same way: from the start of its cue to whatever is said next.
 */
public final class HoldNarrator {
    private final Phrasebook phrasebook;

    public HoldNarrator(Phrasebook phrasebook) {
        this.phrasebook = phrasebook;
    }

    /** Returns the narration of {@code timed}: its hold, then its rest when it has one. */
    public Narration narrate(Part.Timed timed) {
        Narration held = narrate(timed.hold());
        if (timed.restSeconds() == 0) {
            return held;
        }
        int cue = SpeechTiming.estimateMillis(phrasebook.text(Msg.REST_START, timed.restSeconds()));
        return held.then(Msg.REST_START, timed.restSeconds()).pause(Math.max(0, timed.restSeconds() * 1000 - cue));
    }

    /** Returns the narration of {@code hold}, from the start cue to the release cue. */
    public Narration narrate(Hold hold) {
        Narration n = Narration.of(Msg.HOLD_START, hold.seconds());
        int holdMillis = hold.seconds() * 1000;
        int elapsed = 0;
        for (int mark : hold.cueMarks()) {
            Msg cue = cueFor(mark);
            int cueStart = holdMillis - mark * 1000;
            n = n.pause(Math.max(0, cueStart - elapsed)).then(cue);
            elapsed = Math.max(cueStart, elapsed) + SpeechTiming.estimateMillis(phrasebook.text(cue));
        }
        return n.pause(Math.max(0, holdMillis - elapsed)).then(Msg.HOLD_RELEASE);
    }

    private static Msg cueFor(int secondsLeft) {
        return switch (secondsLeft) {
            case 20 -> Msg.HOLD_LEFT_20;
            case 10 -> Msg.HOLD_LEFT_10;
            case 5 -> Msg.COUNT_5;
            case 4 -> Msg.COUNT_4;
            case 3 -> Msg.COUNT_3;
            case 2 -> Msg.COUNT_2;
            case 1 -> Msg.COUNT_1;
            default -> throw new IllegalArgumentException("no cue for " + secondsLeft + " seconds left");
        };
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.PracticeRecord;
import java.time.Duration;
import java.util.Optional;

/**
 * What a turn keeps without being told: the practice record follows the plan (the stretch, the
 * hold and the rounds chosen), and once the user has agreed, every change to it is written, and a record not
 * written for a while is written again, so that it expires a year after the user's last visit.
 * Before the user's yes nothing is written at all; the record lives in the session only.
 */
final class Keeping {
    /**
     * A kept record is written again on a visit when it was last written this long ago, though
     * nothing changed: its year then starts again. A week keeps launches of a daily user free of
     * writes, and moves the year's end by at most a week.
     */
    static final Duration REFRESH_AFTER = Duration.ofDays(7);

    private Keeping() {}

    /** Returns {@code turn}, taken in state {@code before}, with its record brought up to date and kept if agreed. */
    static Turn kept(DialogState before, Turn turn) {
        DialogState after = turn.next();
        Memory memory = after.memory();
        // A stretch switched to while on the kept plan is for today ("I can't kneel today"): the plan keeps its own.
        PracticeRecord record = memory.record().with(memory.fromPlan() ? Optional.empty() : after.plan().stretch(),
                after.plan().hold(), after.plan().rounds());
        boolean changed = record.differsFrom(before.memory().record());
        boolean stale = memory.record().updatedAt().plus(REFRESH_AFTER).isBefore(memory.clock());
        if (!memory.keeps() || !before.memory().keeps() || !(changed || stale)) {
            return record == memory.record() ? turn : turn.withNext(after.withMemory(memory.with(record)));
        }
        PracticeRecord written = record.touched(memory.clock());
        return turn.withNext(after.withMemory(memory.with(written)))
                .alsoDoing(java.util.List.of(new Effect.Keep(written, false)));
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.narration.Day;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What Hip Check says about what it keeps: the plan, the days practised, and how today's test
 * compares with the plan the last one left. It never speaks of earlier answers or verdicts: those
 * are not kept.
 */
final class Recall {
    /** "The last four weeks", of "how am I doing?" and the progress screen. */
    static final int PROGRESS_DAYS = 28;
    /** "This past week": today and the six days before it. */
    static final int WEEK_DAYS = 7;
    /** The fewest days in a row, or in the past week, that the welcome back mentions: fewer would not encourage. */
    static final int STREAK_WORTH_SAYING = 3;
    /** Every line {@link #progress} opens with: a turn that says one answers "how am I doing?". */
    static final Set<Msg> PROGRESS_LINES = EnumSet.of(Msg.PROGRESS_DAYS, Msg.PROGRESS_WEEK_AND_MONTH,
            Msg.PROGRESS_ONE_THIS_WEEK, Msg.PROGRESS_NONE_THIS_WEEK, Msg.PROGRESS_ONE_DAY, Msg.PROGRESS_NO_DAYS);

    private Recall() {}

    /** Returns the argument that says {@code day} as the user's own day, relative to today. */
    static Object day(Memory memory, LocalDate day) {
        return new Day(day, memory.today());
    }

    /**
     * Returns how today's test compares with the plan the last one left, in a few words: the
     * same sides to stretch, or a side that no longer needs it; nothing when there was no test.
     */
    static Narration compared(PracticeRecord before, TestAnswers today) {
        if (before.latestTest().isEmpty()) {
            return Narration.empty();
        }
        List<Side> tight = today.tightSides();
        if (tight.equals(before.sides())) {
            return Narration.of(Msg.PLAN_SAME);
        }
        int loosened = 0;
        Side which = Side.RIGHT;
        for (Side side : before.sides()) {
            if (today.verdict(side).outcome() == Outcome.NOT_TIGHT) {
                loosened++;
                which = side;
            }
        }
        return switch (loosened) {
            case 0 -> Narration.empty();
            case 1 -> Narration.of(Msg.SIDE_LOOSENED, Script.sideName(which));
            default -> Narration.of(Msg.BOTH_LOOSENED);
        };
    }

    /** Returns the answer to "what was my last result?": today's, or the plan the last test left. */
    static Narration last(DialogState s) {
        if (s.testDone()) {
            return Script.briefResults(s);
        }
        Memory memory = s.memory();
        Narration unknown = unknown(memory);
        if (!unknown.isEmpty()) {
            return unknown;
        }
        return Narration.of(Msg.PLAN_ONLY).then(plan(memory));
    }

    /** Returns the plan in one sentence: when the last test was, and which sides it left to stretch. */
    private static Narration plan(Memory memory) {
        PracticeRecord r = memory.record();
        if (r.latestTest().isEmpty()) {
            return Narration.empty();
        }
        Object when = day(memory, r.latestTest().get());
        return switch (r.sides().size()) {
            case 0 -> Narration.of(Msg.PLAN_NO_SIDES, when);
            case 1 -> Narration.of(Msg.PLAN_ONE_SIDE, when, Script.sideName(r.sides().get(0)));
            default -> Narration.of(Msg.PLAN_BOTH_SIDES, when);
        };
    }

    /**
     * Returns the answer to "how am I doing?", "is it working?", "when did I last stretch?": days
     * stretched this past week and in the last four weeks, the last of them, and the plan.
     */
    static Narration progress(DialogState s) {
        Memory memory = s.memory();
        Narration unknown = unknown(memory);
        if (!unknown.isEmpty()) {
            return unknown;
        }
        PracticeRecord r = memory.record();
        LocalDate today = memory.today();
        int month = r.daysPractised(today.minusDays(PROGRESS_DAYS - 1L), today);
        int week = r.daysPractised(today.minusDays(WEEK_DAYS - 1L), today);
        Narration n;
        if (month < 2) {
            n = month == 0 ? Narration.of(Msg.PROGRESS_NO_DAYS)
                    : Narration.of(Msg.PROGRESS_ONE_DAY, day(memory, lastPractised(r)));
        } else {
            Object last = day(memory, lastPractised(r));
            n = week == month ? Narration.of(Msg.PROGRESS_DAYS, week, last)
                    : switch (week) {
                        case 0 -> Narration.of(Msg.PROGRESS_NONE_THIS_WEEK, month, last);
                        case 1 -> Narration.of(Msg.PROGRESS_ONE_THIS_WEEK, month, last);
                        default -> Narration.of(Msg.PROGRESS_WEEK_AND_MONTH, week, month, last);
                    };
        }
        return n.then(planInShort(r));
    }

    /**
     * Returns a few words for the welcome back when the practice log encourages: days in a row up
     * to today or yesterday, else most days of the past week; nothing otherwise (a gap is not
     * pointed out).
     */
    static Narration streak(Memory memory) {
        PracticeRecord r = memory.record();
        LocalDate today = memory.today();
        LocalDate day = r.practisedOn().contains(today) ? today : today.minusDays(1);
        int running = 0;
        while (r.practisedOn().contains(day)) {
            running++;
            day = day.minusDays(1);
        }
        if (running >= STREAK_WORTH_SAYING) {
            return Narration.of(Msg.STREAK_DAYS_RUNNING, running);
        }
        int week = r.daysPractised(today.minusDays(WEEK_DAYS - 1L), today);
        return week >= STREAK_WORTH_SAYING + 1 ? Narration.of(Msg.STREAK_THIS_WEEK, week) : Narration.empty();
    }

    /** Returns the plan in a few words, to follow the days practised in one breath. */
    private static Narration planInShort(PracticeRecord r) {
        return switch (r.sides().size()) {
            case 0 -> Narration.empty();
            case 1 -> Narration.of(Msg.PLAN_SHORT_ONE, Script.sideName(r.sides().get(0)));
            default -> Narration.of(Msg.PLAN_SHORT_BOTH);
        };
    }

    private static LocalDate lastPractised(PracticeRecord r) {
        return r.practisedOn().get(r.practisedOn().size() - 1);
    }

    /** Returns what is said when nothing is kept to talk about, or nothing when something is. */
    private static Narration unknown(Memory memory) {
        return switch (memory.storage()) {
            case NONE -> Narration.of(Msg.HISTORY_NONE);
            case DOWN -> memory.consented() ? Narration.empty() : Narration.of(Msg.HISTORY_DOWN);
            case UP -> !memory.consented() || memory.record().isBlank()
                    ? Narration.of(memory.forgotten() ? Msg.HISTORY_FORGOTTEN : Msg.HISTORY_EMPTY)
                    : Narration.empty();
        };
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What Hip Check says about the user's history: the last result, how today's compares with it,
 * and how results have gone over time. Dates are said as the day the test was taken.
 */
final class Recall {
    /**
     * After this many days of stretching a retest is suggested rather than the stretch: about the
     * time a daily stretch needs to make a difference that the test can show.
     */
    static final int RETEST_AFTER_DAYS = 21;

    private Recall() {}

    /** Returns whether the last result is old enough that a retest should come before more stretching. */
    static boolean retestDue(Memory memory) {
        return memory.last().isPresent()
                && ChronoUnit.DAYS.between(memory.last().get().date(), memory.today()) >= RETEST_AFTER_DAYS;
    }

    /** Returns "Last time, on November 2nd, your right side looked tight, your left fine." */
    static Narration lastTime(Memory.Past past) {
        return Narration.of(Msg.LAST_TIME, past.date(), verdicts(past.right(), past.left()));
    }

    /**
     * Returns how today's result compares with the last one, in a few words: the same, or what
     * the side that changed looked like then.
     */
    static Narration compared(Memory.Past last, TestAnswers today) {
        boolean rightSame = last.right() == today.verdict(Side.RIGHT).outcome();
        boolean leftSame = last.left() == today.verdict(Side.LEFT).outcome();
        if (rightSame && leftSame) {
            return Narration.of(Msg.SAME_AS_LAST_TIME, last.date());
        }
        if (rightSame || leftSame) {
            Side changed = rightSame ? Side.LEFT : Side.RIGHT;
            return Narration.of(Msg.SIDE_WAS, Script.sideName(changed), word(last.outcome(changed)));
        }
        return last.right() == last.left() ? Narration.of(Msg.BOTH_WERE, word(last.right()))
                : Narration.of(Msg.BOTH_CHANGED);
    }

    /** Returns the answer to "what was my last result?". */
    static Narration last(Memory memory) {
        Narration unknown = unknown(memory);
        if (!unknown.isEmpty()) {
            return unknown;
        }
        Memory.Past last = memory.last().orElseThrow();
        return Narration.of(Msg.LAST_RESULT, last.date(), verdicts(last.right(), last.left()));
    }

    /**
     * Returns the answer to "how am I doing?": how many results since when, and for each side
     * where it started and where it is now.
     */
    static Narration progress(Memory memory) {
        Narration unknown = unknown(memory);
        if (!unknown.isEmpty()) {
            return unknown;
        }
        List<Memory.Past> past = memory.past();
        Memory.Past newest = past.get(0);
        if (past.size() == 1) {
            return Narration.of(Msg.PROGRESS_ONE, newest.date(), verdicts(newest.right(), newest.left()));
        }
        Memory.Past oldest = past.get(past.size() - 1);
        Narration n = Narration.of(Msg.PROGRESS_COUNT, past.size(), oldest.date());
        if (oldest.right() == oldest.left() && newest.right() == newest.left()) {
            return n.then(trend(Msg.TREND_BOTH_SAME, Msg.TREND_BOTH_CHANGED, null, oldest.right(), newest.right()));
        }
        for (Side side : Side.values()) {
            n = n.then(trend(Msg.TREND_SIDE_SAME, Msg.TREND_SIDE_CHANGED, Script.sideName(side), oldest.outcome(side),
                    newest.outcome(side)));
        }
        return n;
    }

    /** Returns what is said when there is no result to talk about, or nothing when there is one. */
    private static Narration unknown(Memory memory) {
        return switch (memory.storage()) {
            case NONE -> Narration.of(Msg.HISTORY_NONE);
            case DOWN -> Narration.of(Msg.HISTORY_DOWN);
            case UP -> memory.past().isEmpty()
                    ? Narration.of(memory.forgotten() ? Msg.HISTORY_FORGOTTEN : Msg.HISTORY_EMPTY)
                    : Narration.empty();
        };
    }

    private static Narration trend(Msg same, Msg changed, Msg side, Outcome from, Outcome to) {
        if (from == to) {
            return side == null ? Narration.of(same, word(to)) : Narration.of(same, side, word(to));
        }
        return side == null ? Narration.of(changed, word(from), word(to)) : Narration.of(changed, side, word(from), word(to));
    }

    private static Msg word(Outcome o) {
        return switch (o) {
            case TIGHT -> Msg.OUTCOME_TIGHT;
            case NOT_TIGHT -> Msg.OUTCOME_FINE;
            case INCONCLUSIVE -> Msg.OUTCOME_UNCLEAR;
        };
    }

    /** Returns an earlier result in words, "your right side looked tight, your left fine", to go inside a sentence. */
    static Part.Line verdicts(Outcome right, Outcome left) {
        if (right == left) {
            return line(switch (right) {
                case TIGHT -> Msg.PAST_BOTH_TIGHT;
                case NOT_TIGHT -> Msg.PAST_BOTH_FINE;
                case INCONCLUSIVE -> Msg.PAST_BOTH_UNCLEAR;
            });
        }
        // Name first the side that says most: tight, then unclear, then fine.
        Side first = Script.rank(right) <= Script.rank(left) ? Side.RIGHT : Side.LEFT;
        Outcome a = first == Side.RIGHT ? right : left;
        Outcome b = first == Side.RIGHT ? left : right;
        Msg which = a == Outcome.TIGHT ? (b == Outcome.NOT_TIGHT ? Msg.PAST_TIGHT_FINE : Msg.PAST_TIGHT_UNCLEAR)
                : Msg.PAST_UNCLEAR_FINE;
        return line(which, Script.sideName(first), Script.sideName(first.other()));
    }

    private static Part.Line line(Msg msg, Object... args) {
        return new Part.Line(msg, List.of(args));
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.util.ArrayList;
import java.util.List;

/**
 * What a turn keeps without being told, read from how the state changed: an unfinished test's
 * place after each answer (so a dropped session can pick it up, with or without a
 * SessionEndedRequest), dropped once the test finishes or starts again, and today's saved result
 * brought up to date when an answer, the stretch or the hold changes.
 */
final class Keeping {
    private Keeping() {}

    /** Returns the effects that follow from going from {@code before} to {@code after}. */
    static List<Effect> between(DialogState before, DialogState after) {
        List<Effect> effects = new ArrayList<>(1);
        Memory memory = after.memory();
        boolean answersChanged = !same(before.answers(), after.answers());
        if (memory.keepsPlaces() && answersChanged) {
            if (unfinished(after)) {
                effects.add(new Effect.KeepPlace(new UnfinishedTest(memory.clock(), after.answers())));
            } else if (unfinished(before)) {
                effects.add(new Effect.DropPlace());
            }
        }
        // A result saved this turn is saved whole; one saved earlier is updated when it changes.
        if (memory.savedAt().isPresent() && before.memory().savedAt().equals(memory.savedAt())
                && after.answers().isComplete() && !memory.fromPast()
                && (answersChanged || before.plan().stretch().orElse(null) != after.plan().stretch().orElse(null)
                        || before.plan().hold().seconds() != after.plan().hold().seconds())) {
            effects.add(new Effect.UpdateResult(new TestRecord(memory.savedAt().get(), after.answers(),
                    after.plan().stretch(), after.plan().hold())));
        }
        return effects;
    }

    /**
     * Returns whether two tests have the same answers. Compared side by side rather than with the
     * record's own equals, whose first call bootstraps method handles that every turn of a cold
     * start would pay for.
     */
    private static boolean same(TestAnswers a, TestAnswers b) {
        return a == b || (a.right().equals(b.right()) && a.left().equals(b.left()));
    }

    private static boolean unfinished(DialogState s) {
        TestAnswers answers = s.answers();
        return !s.memory().fromPast() && !answers.isEmpty() && !answers.isComplete();
    }
}

package com.hipcheck.dialog;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Outcome;
import com.hipcheck.domain.Side;
import com.hipcheck.narration.Label;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a screen shows for one turn, as data: which of the five documents, and what fills it.
 * Words are phrasebook keys ({@link Msg}, {@link Label}), never text; the Alexa adapter fills a
 * document's datasource from this (see {@code skill-package/response/display/README.md}).
 * {@link Screens} chooses it from the turn.
 */
public sealed interface Screen {

    /** Returns the screen's id, {@code PHASE[.SIDE[.QUESTION]]}, which a touch sends back. */
    String id();

    /** Returns the id of the screen that state {@code s} shows; a touch that carries another is on an old screen. */
    static String idFor(DialogState s) {
        return Screens.id(s);
    }

    /** Returns the buttons the screen shows first (a countdown's end buttons come after it). */
    List<Button> buttons();

    /** The drawing: which position, and which part is highlighted. */
    enum Pose { LYING, KNEELING, NONE }

    /** The part of the drawing in amber; {@code LYING} uses the first six, {@code KNEELING} the rest and HIP. */
    enum Focus { NONE, BODY, HUG, HANG, HIP, BACK, KNEEL, SQUEEZE, TALL, GLIDE }

    /** The drawing of one side: {@code side} is the leg being tested or stretched. */
    record Figure(Pose pose, Side side, Focus focus) {
        public Figure {
            Objects.requireNonNull(pose, "pose");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(focus, "focus");
        }
    }

    /** A screen word with its arguments ({@link Label}, {@link Msg} or a number), such as "Right side · question 1 of 3". */
    record Caption(Label label, List<Object> args) {
        public Caption {
            Objects.requireNonNull(label, "label");
            args = List.copyOf(args);
        }

        static Caption of(Label label, Object... args) {
            return new Caption(label, List.of(args));
        }
    }

    /** A button: its label, and what touching it means, exactly as saying it does. */
    record Button(Label label, UserEvent event) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(event, "event");
        }
    }

    /** The {@code prompt} document: a step or a question, with its drawing and answer buttons. */
    record Prompt(String id, Caption heading, Narration text, Optional<Msg> note, Figure figure,
            List<Button> buttons) implements Screen {
        public Prompt {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(figure, "figure");
            buttons = List.copyOf(buttons);
        }
    }

    /** One side of a result: its outcome and the signs behind it, in screen words. */
    record SideResult(Side side, Outcome outcome, List<Label> signs) {
        public SideResult {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(outcome, "outcome");
            signs = List.copyOf(signs);
        }
    }

    /** The {@code result} document: the verdicts as spoken, each side with its signs, and what comes next. */
    record Result(String id, Narration summary, List<SideResult> sides, Narration text, List<Button> buttons)
            implements Screen {
        public Result {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
            sides = List.copyOf(sides);
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /** One day of the practice log: whether the user stretched, and whether they took the test that day. */
    record Day(LocalDate date, boolean practised, boolean tested, boolean today) {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The {@code progress} document: the last four weeks as days stretched, the tests marked,
     * with the answer as spoken and what the phase asks, in whole weeks ending today.
     */
    record Progress(String id, Caption heading, List<Day> days, Narration text, List<Button> buttons)
            implements Screen {
        public Progress {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            days = List.copyOf(days);
            if (days.isEmpty() || days.size() % 7 != 0) {
                throw new IllegalArgumentException("whole weeks of days, not " + days.size());
            }
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * One step of a stretch: the line said for it, and the part it moves. The adapter times it
     * against the turn's speech, where the same line is said.
     */
    record Step(Narration text, Focus focus) {
        public Step {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(focus, "focus");
        }
    }

    /**
     * The {@code stretch} document: a stretch's steps one at a time, then the question to start
     * the hold. {@code timedBy} is the speech the steps are shown in step with: the turn's own
     * when it says them, else the steps as they are said, so they still come at a reading pace.
     */
    record Steps(String id, Narration heading, Figure figure, List<Step> steps, Narration text, List<Button> buttons,
            Narration timedBy) implements Screen {
        public Steps {
            Objects.requireNonNull(timedBy, "timedBy");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(figure, "figure");
            steps = List.copyOf(steps);
            Objects.requireNonNull(text, "text");
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * The {@code hold} document: a countdown the device runs in step with the spoken hold, then the
     * rest before the next round counted down too ({@link #restSeconds}), then what the next phase
     * asks. Its id is the next phase's, as its end buttons answer that. {@code timedBy}
     * is the turn's speech, which holds the hold (and the rest) the counts keep step with.
     */
    record Countdown(String id, Caption heading, Figure figure, Narration text, Hold hold, List<Button> buttons,
            Caption endHeading, Narration endText, List<Button> endButtons, Narration timedBy) implements Screen {
        public Countdown {
            Objects.requireNonNull(timedBy, "timedBy");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(hold, "hold");
            buttons = List.copyOf(buttons);
            Objects.requireNonNull(endHeading, "endHeading");
            Objects.requireNonNull(endText, "endText");
            endButtons = List.copyOf(endButtons);
        }

        /** Returns how long the rest after the hold lasts, as the speech times it; 0 for none. */
        public int restSeconds() {
            Optional<Part.Timed> timed = timedBy.timed();
            return timed.isPresent() ? timed.get().restSeconds() : 0;
        }
    }
}

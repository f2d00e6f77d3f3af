package com.hipcheck.dialog;

import com.hipcheck.dialog.Screen.Button;
import com.hipcheck.dialog.Screen.Caption;
import com.hipcheck.dialog.Screen.Figure;
import com.hipcheck.dialog.Screen.Focus;
import com.hipcheck.dialog.Screen.Pose;
import com.hipcheck.dialog.UserEvent.Command;
import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.Finding;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Verdict;
import com.hipcheck.narration.Label;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what a screen shows for a turn: the screen of the phase the turn arrives at, the
 * countdown for a turn that narrates a hold, or the last words of a turn that ends the session.
 * Every button means what its words mean when said in that phase ({@link Prompts} says the same).
 */
final class Screens {
    /** The id of the screen a closing turn shows; no touch on it is current. */
    static final String ENDED = "END";

    private static final Button READY = new Button(Label.BUTTON_READY, Word.READY);
    private static final Button WAIT = new Button(Label.BUTTON_WAIT, Command.WAIT);
    private static final Button STOP = new Button(Label.BUTTON_STOP, Command.STOP);
    private static final Button HURTS = new Button(Label.BUTTON_HURTS, new UserEvent.Hurt(Optional.empty(), false));
    /** "Still sore", to "is it better now?": pain said, which there means it is not better. */
    private static final Button HURTS_STILL = new Button(Label.BUTTON_STILL_SORE,
            new UserEvent.Hurt(Optional.empty(), false));

    private Screens() {}

    /** Returns what the screen shows for {@code turn}, taken in state {@code before}. */
    static Screen of(DialogState before, Turn turn) {
        DialogState s = turn.next();
        Reply reply = turn.reply();
        if (holds(reply.speech()) && s.plan().stretch().isPresent()) {
            return countdown(before, s, reply.speech());
        }
        if (reply.endSession()) {
            return ended(s, reply);
        }
        if (saysProgress(reply.speech())) {
            return progress(s, reply.speech());
        }
        Screen screen = of(s);
        // Steps keep step with this turn's voice when it says them.
        if (screen instanceof Screen.Steps steps && says(reply.speech(), steps.steps().get(0).text())) {
            return new Screen.Steps(steps.id(), steps.heading(), steps.figure(), steps.steps(), steps.text(),
                    steps.buttons(), reply.speech());
        }
        return screen;
    }

    /** Returns the id of the screen that state {@code s} shows: a touch carrying another id is on an old screen. */
    static String id(DialogState s) {
        return switch (s.phase()) {
            case ASK -> s.confirming().isPresent() ? "CONFIRM." + s.side() + "." + s.confirming().get()
                    : "ASK." + s.side() + "." + s.answers(s.side()).nextQuestion().orElseThrow();
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, STRETCH_SETUP, NEXT_SIDE, PAUSED -> s.phase() + "."
                    + s.side();
            case OFFER_TEST, OFFER_STRETCH, RETEST_OFFER, ANOTHER_ROUND, WELCOME_BACK, CHECK_IN, OFFER_SAVE,
                    CONFIRM_FORGET, CONFIRM_REMINDER -> s.phase().name();
        };
    }

    /** Returns the screen of the phase {@code s} is in. */
    static Screen of(DialogState s) {
        String id = id(s);
        Narration prompt = Prompts.of(s).prompt();
        Side side = s.side();
        return switch (s.phase()) {
            case OFFER_TEST -> s.memory().returning()
                    ? new Screen.Prompt(id, Caption.of(Label.HEADING_WELCOME_BACK), prompt, Optional.empty(),
                            lying(side, Focus.NONE), yesNo(Label.BUTTON_START, Label.BUTTON_NOT_NOW))
                    : new Screen.Prompt(id, Caption.of(Label.TITLE), Narration.of(Msg.WELCOME).then(prompt),
                            Optional.of(Msg.DISCLAIMER), lying(side, Focus.NONE),
                            yesNo(Label.BUTTON_START, Label.BUTTON_NOT_NOW));
            case SETUP_LIE -> setup(id, prompt, Focus.BODY);
            case SETUP_HUG -> setup(id, prompt, Focus.HUG);
            case SETUP_HANG -> setup(id, prompt, Focus.HANG);
            case ASK -> question(s, id, prompt);
            case SWITCH_SIDE -> new Screen.Prompt(id, Caption.of(Label.HEADING_SIDE, sideLabel(side)), prompt,
                    Optional.empty(), lying(side, Focus.HANG), List.of(READY, WAIT));
            case OFFER_STRETCH -> result(s, id, Narration.of(Msg.OFFER_STRETCH), List.of(
                    new Button(Label.BUTTON_EDGE, chose(Stretch.EDGE_OF_TABLE)),
                    new Button(Label.BUTTON_KNEELING, chose(Stretch.HALF_KNEELING))));
            case RETEST_OFFER -> result(s, id, Narration.of(Msg.RETEST_OFFER),
                    yesNo(Label.BUTTON_RETEST, Label.BUTTON_NOT_NOW));
            // After stretching the question stands alone; after a result with nothing to stretch, with the result.
            case OFFER_SAVE -> Prompts.stretched(s)
                    ? new Screen.Prompt(id, Caption.of(Label.HOLD_END_DONE), prompt, Optional.empty(),
                            stretchFigure(s, side, Focus.NONE), yesNo(Label.BUTTON_KEEP, Label.BUTTON_DONT_KEEP))
                    : result(s, id, Narration.of(Msg.SAVE_OFFER_TEST), yesNo(Label.BUTTON_KEEP, Label.BUTTON_DONT_KEEP));
            case STRETCH_SETUP -> steps(s, id);
            case NEXT_SIDE -> new Screen.Prompt(id, Caption.of(Label.HEADING_STRETCH, sideLabel(side)), prompt,
                    Optional.empty(), stretchFigure(s, side, Focus.NONE), List.of(READY, STOP));
            case ANOTHER_ROUND -> new Screen.Prompt(id, Caption.of(Label.HOLD_END_DONE), prompt, Optional.empty(),
                    stretchFigure(s, side, Focus.NONE), yesNo(Label.BUTTON_ANOTHER_ROUND, Label.BUTTON_FINISH));
            case PAUSED -> new Screen.Prompt(id, Caption.of(Label.HEADING_PAUSED), prompt, Optional.empty(), none(side),
                    List.of(new Button(Label.BUTTON_CONTINUE, Word.YES), STOP));
            case CHECK_IN -> new Screen.Prompt(id, Caption.of(Label.HEADING_WELCOME_BACK), prompt, Optional.empty(),
                    none(side), List.of(new Button(Label.BUTTON_BETTER, Word.READY), HURTS_STILL));
            case WELCOME_BACK -> new Screen.Prompt(id, Caption.of(Label.HEADING_WELCOME_BACK), prompt, Optional.empty(),
                    none(side), List.of(new Button(Label.BUTTON_STRETCH_NOW, Word.YES),
                            new Button(Label.BUTTON_RETEST, Command.START_TEST)));
            case CONFIRM_FORGET -> new Screen.Prompt(id, Caption.of(Label.HEADING_FORGET), prompt, Optional.empty(),
                    none(side), yesNo(Label.BUTTON_DELETE, Label.BUTTON_KEEP_HISTORY));
            case CONFIRM_REMINDER -> reminderQuestion(s, id, prompt);
        };
    }

    /**
     * A reminder's question with its yes and not-now: a movement break beside the result it follows,
     * as the question to keep a test is; any other on a screen of its own.
     */
    private static Screen reminderQuestion(DialogState s, String id, Narration prompt) {
        List<Button> answers = yesNo(Label.BUTTON_YES, Label.BUTTON_NOT_NOW);
        if (s.testDone() && s.reminding().orElseThrow().kind() == ReminderAsk.Kind.MOVEMENT_BREAK) {
            return result(s, id, prompt, answers);
        }
        return new Screen.Prompt(id, Caption.of(Label.HEADING_REMINDER), prompt, Optional.empty(), none(s.side()),
                answers);
    }

    /** The hold: counted down on the device, then the rest before the next round, then what the next phase asks. */
    private static Screen countdown(DialogState before, DialogState s, Narration speech) {
        Stretch stretch = s.plan().stretch().orElseThrow();
        Side held = before.side();
        List<Button> next = of(s).buttons();
        // With more than one round a side, the heading says which round is held, as the voice did before it.
        Plan plan = before.plan();
        Caption heading = plan.setLength() > 1 && plan.round() <= plan.setLength()
                ? Caption.of(Label.HEADING_HOLD_ROUND, sideLabel(held), stretchLabel(stretch), plan.round(),
                        plan.setLength())
                : Caption.of(Label.HEADING_HOLD, sideLabel(held), stretchLabel(stretch));
        // After a round that is not the side's last comes a rest, then the next round's set-up.
        Label end = s.phase() == Phase.NEXT_SIDE ? Label.HOLD_END_SWITCH
                : s.phase() == Phase.STRETCH_SETUP ? Label.HOLD_END_REST : Label.HOLD_END_DONE;
        return new Screen.Countdown(id(s), heading, stretchFigure(s, held, Focus.HIP),
                Narration.of(Msg.HOLD_START, s.plan().hold().seconds()), s.plan().hold(), List.of(HURTS),
                Caption.of(end), Prompts.of(s).prompt(), next, speech);
    }

    /** The answer to "how am I doing?": the last four weeks as days, with the answer and what the phase asks. */
    private static Screen progress(DialogState s, Narration speech) {
        Memory memory = s.memory();
        LocalDate today = memory.today();
        List<Screen.Day> days = new ArrayList<>(Recall.PROGRESS_DAYS);
        for (LocalDate day = today.minusDays(Recall.PROGRESS_DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            days.add(new Screen.Day(day, memory.record().practisedOn().contains(day),
                    memory.record().testedOn().contains(day), day.equals(today)));
        }
        return new Screen.Progress(id(s), Caption.of(Label.HEADING_PROGRESS), days, speech, of(s).buttons());
    }

    private static boolean saysProgress(Narration speech) {
        for (Part part : speech.parts()) {
            if (part instanceof Part.Line line && Recall.PROGRESS_LINES.contains(line.msg())) {
                return true;
            }
        }
        return false;
    }

    /** The last screen: the result when the session ends on it, else the closing words, with nothing to touch. */
    private static Screen ended(DialogState s, Reply reply) {
        for (Msg advice : List.of(Msg.FOLLOW_NOT_TIGHT, Msg.CLOSING_MOVEMENT)) {
            if (says(reply.speech(), advice) && s.testDone()) {
                return result(s, ENDED, Narration.of(advice), List.of());
            }
        }
        return new Screen.Prompt(ENDED, Caption.of(Label.TITLE), reply.speech(), Optional.empty(), none(s.side()),
                List.of());
    }

    private static Screen setup(String id, Narration prompt, Focus focus) {
        return new Screen.Prompt(id, Caption.of(Label.HEADING_SETUP), prompt, Optional.empty(), lying(Side.RIGHT, focus),
                List.of(READY, WAIT));
    }

    private static Screen question(DialogState s, String id, Narration prompt) {
        Question q = s.answers(s.side()).nextQuestion().orElseThrow();
        Caption heading = Caption.of(Label.HEADING_QUESTION, sideLabel(s.side()), q.ordinal() + 1);
        if (s.confirming().isPresent()) {
            // Its own buttons: "yes" here confirms what was heard, which the question's buttons do not mean.
            Focus part = s.confirming().get().question() == Question.BACK_ARCHES ? Focus.BACK : Focus.HANG;
            return new Screen.Prompt(id, heading, prompt, Optional.empty(), lying(s.side(), part),
                    yesNo(Label.BUTTON_THATS_RIGHT, Label.BUTTON_ASK_AGAIN));
        }
        List<Button> answers = switch (q) {
            case THIGH_DROPS -> answers(Label.BUTTON_THIGH_YES, Label.BUTTON_THIGH_NO);
            case LEG_DRIFTS_OUT -> answers(Label.BUTTON_DRIFT_YES, Label.BUTTON_DRIFT_NO);
            case BACK_ARCHES -> answers(Label.BUTTON_ARCH_YES, Label.BUTTON_ARCH_NO);
        };
        Focus focus = q == Question.BACK_ARCHES ? Focus.BACK : Focus.HANG;
        return new Screen.Prompt(id, heading, prompt, Optional.empty(), lying(s.side(), focus), answers);
    }

    private static Screen result(DialogState s, String id, Narration text, List<Button> buttons) {
        List<Screen.SideResult> sides = new ArrayList<>(2);
        for (Side side : Side.values()) {
            sides.add(sideResult(side, s.answers().verdict(side)));
        }
        return new Screen.Result(id, Script.verdicts(s), sides, text, buttons);
    }

    private static Screen.SideResult sideResult(Side side, Verdict verdict) {
        List<Label> signs = new ArrayList<>(3);
        switch (verdict.outcome()) {
            case TIGHT -> {
                for (Finding f : verdict.findings()) {
                    signs.add(switch (f) {
                        case THIGH_STAYS_UP -> Label.SIGN_THIGH_UP;
                        case LEG_DRIFTS_OUT -> Label.SIGN_DRIFT;
                        case BACK_ARCHES -> Label.SIGN_ARCH;
                    });
                }
            }
            case NOT_TIGHT -> signs.add(Label.SIGN_NONE);
            case INCONCLUSIVE -> signs.add(verdict.unsure().size() == Question.values().length ? Label.SIGN_ALL_UNSURE
                    : Label.SIGN_UNSURE);
        }
        return new Screen.SideResult(side, verdict.outcome(), signs);
    }

    private static Screen steps(DialogState s, String id) {
        Stretch stretch = s.plan().stretch().orElseThrow();
        List<Narration> lines = Script.stepLines(stretch, s.side());
        List<Focus> focus = stretch == Stretch.EDGE_OF_TABLE ? List.of(Focus.HUG, Focus.HANG, Focus.HIP)
                : List.of(Focus.KNEEL, Focus.SQUEEZE, Focus.TALL, Focus.GLIDE);
        List<Screen.Step> steps = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            steps.add(new Screen.Step(lines.get(i), focus.get(i)));
        }
        Narration ready = Script.firstHold(s) ? Narration.of(Msg.INTERRUPT_ANYTIME).then(Msg.STRETCH_READY)
                : Narration.of(Msg.STRETCH_READY);
        return new Screen.Steps(id, Script.stretchIntro(stretch, s.side()), stretchFigure(s, s.side(), Focus.NONE), steps,
                ready, List.of(READY, HURTS), Script.stretchSteps(stretch, s.side()));
    }

    private static boolean holds(Narration speech) {
        return speech.timed().isPresent();
    }

    private static boolean says(Narration speech, Narration line) {
        return speech.parts().containsAll(line.parts());
    }

    private static boolean says(Narration speech, Msg msg) {
        for (Part part : speech.parts()) {
            if (part instanceof Part.Line line && line.msg() == msg) {
                return true;
            }
        }
        return false;
    }

    private static List<Button> yesNo(Label yes, Label no) {
        return List.of(new Button(yes, Word.YES), new Button(no, Word.NO));
    }

    private static List<Button> answers(Label yes, Label no) {
        return List.of(new Button(yes, Word.YES), new Button(no, Word.NO), new Button(Label.BUTTON_UNSURE, Word.UNSURE));
    }

    private static UserEvent chose(Stretch stretch) {
        return new UserEvent.ChoseStretch(Optional.of(stretch), false);
    }

    private static Figure lying(Side side, Focus focus) {
        return new Figure(Pose.LYING, side, focus);
    }

    private static Figure none(Side side) {
        return new Figure(Pose.NONE, side, Focus.NONE);
    }

    private static Figure stretchFigure(DialogState s, Side side, Focus focus) {
        boolean kneeling = s.plan().stretch().orElse(Stretch.EDGE_OF_TABLE) == Stretch.HALF_KNEELING;
        return new Figure(kneeling ? Pose.KNEELING : Pose.LYING, side, focus);
    }

    private static Label sideLabel(Side side) {
        return side == Side.RIGHT ? Label.SIDE_RIGHT : Label.SIDE_LEFT;
    }

    private static Label stretchLabel(Stretch stretch) {
        return stretch == Stretch.EDGE_OF_TABLE ? Label.BUTTON_EDGE : Label.BUTTON_KNEELING;
    }
}

package com.hipcheck.dialog;

import com.hipcheck.dialog.UserEvent.Command;
import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Region;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static com.hipcheck.dialog.TestTurns.aLittle;
import static com.hipcheck.dialog.TestTurns.afterAnswer;
import static com.hipcheck.dialog.TestTurns.answer;
import static com.hipcheck.dialog.TestTurns.confirm;
import static com.hipcheck.dialog.TestTurns.confirmed;
import static com.hipcheck.dialog.TestTurns.heard;
import static com.hipcheck.dialog.TestTurns.record;
import static com.hipcheck.dialog.TestTurns.reopenLastQuestion;
import static com.hipcheck.dialog.TestTurns.startTest;
import static com.hipcheck.dialog.TestTurns.unanswerLast;
import static com.hipcheck.dialog.StretchTurns.askedHold;
import static com.hipcheck.dialog.StretchTurns.hold;
import static com.hipcheck.dialog.StretchTurns.startStretch;
import static com.hipcheck.dialog.Turns.end;
import static com.hipcheck.dialog.Turns.enter;
import static com.hipcheck.dialog.Turns.giveTime;
import static com.hipcheck.dialog.Turns.goBack;
import static com.hipcheck.dialog.Turns.help;
import static com.hipcheck.dialog.Turns.notAskingYet;
import static com.hipcheck.dialog.Turns.stay;

/**
 * The conversation as one pure function: from a state and what the user did to the next turn.
 * Nothing here knows about Alexa or a locale; the same dialog runs on Lambda and on this machine.
 *
 * <p>{@link #next} first answers the events that mean the same everywhere (stop, pain, help,
 * repeat, a plain question, a stretch or hold named, fallback), then hands a reply to the test's
 * current phase: {@link #inPhase} is the one table of what each phase accepts and where it goes.
 * What each phase says on arrival, on silence and for help is the table in {@link Prompts}; the
 * test's own turns (answers recorded, confirmed and said back, the result) are {@link TestTurns}, the
 * stretch's (its set-up, the holds, the rounds and the rests) {@link StretchTurns}.
 * For a device with a screen ({@link #withScreens}) every turn also shows what {@link Screens}
 * chooses for it; the spoken turn is the same either way.
 */
public final class Dialog {
    /** How long Hip Check stays quiet when asked to wait, before a gentle check. */
    static final int WAIT_MILLIS = 30_000;

    /**
     * What the phase is asked to give a meaning to: a short reply, a description of what the leg
     * or back does (in words the model knows, or vague: words read only for their direction), or
     * "go back".
     */
    private enum Said { YES, READY, NO, UNSURE, DESCRIPTION, VAGUE_DESCRIPTION, BACK }

    /** Whether the device has a screen, so every turn also shows one. */
    private final boolean screens;

    /**
     * Returns the turn that follows {@code event} in state {@code s}. Whatever the event, the
     * turn never says word for word what the turn before it said, and it keeps count of how the
     * conversation is going (see {@link Talk}).
     */
    public Turn next(DialogState s, UserEvent event) {
        return shown(s, spoken(s, event));
    }

    /** Returns the dialog for a device without a screen: its turns speak and carry no screen. */
    public Dialog() {
        this(false);
    }

    private Dialog(boolean screens) {
        this.screens = screens;
    }

    /** Returns the dialog for a device with a screen: every turn, and its turn for a failure, also shows one. */
    public static Dialog withScreens() {
        return new Dialog(true);
    }

    /** Returns {@code turn}, taken in state {@code before}, showing its screen last when the device has one. */
    private Turn shown(DialogState before, Turn turn) {
        if (!screens) {
            return turn;
        }
        Optional<Turn> failed = turn.ifFailed().isEmpty() ? Optional.empty()
                : Optional.of(showing(before, turn.ifFailed().get()));
        Turn shown = showing(before, turn);
        return new Turn(shown.next(), shown.reply(), shown.effects(), failed);
    }

    private static Turn showing(DialogState before, Turn turn) {
        return turn.alsoDoing(List.of(new Effect.Show(Screens.of(before, turn))));
    }

    /** Returns the turn for {@code event}, as spoken: what {@link #next} shows is added to it. */
    private Turn spoken(DialogState s, UserEvent event) {
        Turn turn = decide(s, event);
        if (ReminderTurns.calls(turn)) {
            // Said and counted once the adapter tells how the call went (UserEvent.Reminded).
            return turn;
        }
        boolean understood = event != Command.FALLBACK
                && !(event instanceof UserEvent.Described d && d.descriptions().isEmpty());
        Turn done = Keeping.kept(s, finish(s, turn, understood));
        return turn.ifFailed().isEmpty() ? done
                : new Turn(done.next(), done.reply(), done.effects(),
                        Optional.of(finish(s, turn.ifFailed().get(), understood)));
    }

    /** Keeps count of the turn, and makes sure it does not say word for word what the turn before said. */
    private static Turn finish(DialogState s, Turn turn, boolean understood) {
        int said = turn.reply().speech().fingerprint();
        if (said == s.talk().lastSaid()) {
            turn = turn.saidAfter(Narration.of(Msg.ONCE_MORE));
            said = turn.reply().speech().fingerprint();
        }
        Talk talk = turn.next().talk().after(understood, said);
        return turn.withNext(turn.next().withTalk(talk));
    }

    private Turn decide(DialogState s, UserEvent said) {
        // "One more time" is another round where one is offered, and "say that again" anywhere else.
        UserEvent event = said == Word.AGAIN ? (s.phase() == Phase.ANOTHER_ROUND ? Word.YES : Command.REPEAT)
                : said == Word.DELETE && !deciding(s.phase()) ? Command.FORGET_ME : said;
        // The plain question answered last turn is kept for "repeat" only, which says it again.
        DialogState now = event == Command.REPEAT ? s : s.withoutAside();
        return switch (event.kind()) {
            case LAUNCH -> welcome(start(((UserEvent.Launch) event).known()));
            // A touch means what saying it means, on the screen it was made on.
            case TOUCHED -> touched(s, now, (UserEvent.Touched) event);
            case COMMAND -> command(now, (Command) event);
            case HURT -> hurt(now, (UserEvent.Hurt) event);
            case ASKED -> asked(now, ((UserEvent.Asked) event).topic());
            case CHOSE_STRETCH -> chose(now, (UserEvent.ChoseStretch) event);
            // At a reminder's question a number is the time ("make it 8"), never a hold.
            case ASKED_HOLD -> now.phase() == Phase.CONFIRM_REMINDER
                    ? ReminderTurns.hourSaid(now, ((UserEvent.AskedHold) event).seconds())
                    : askedHold(now, ((UserEvent.AskedHold) event).seconds());
            case ASKED_ROUNDS -> askedRounds(now, ((UserEvent.AskedRounds) event).count());
            case REMIND -> ReminderTurns.asked(now, (UserEvent.Remind) event);
            case PERMISSION -> ReminderTurns.permission(now, (UserEvent.PermissionAnswered) event);
            case REMINDED -> ReminderTurns.reminded(now, (UserEvent.Reminded) event);
            case CORRECTED -> corrected(now, (UserEvent.Corrected) event);
            case WORD -> now.confirming().isPresent() && now.phase() == Phase.ASK ? confirmed(now, (Word) event)
                    : event == Word.A_LITTLE && now.phase() == Phase.ASK ? aLittle(now)
                    : inPhase(now, said((Word) event, now.phase()), List.of());
            case DESCRIBED -> {
                UserEvent.Described described = (UserEvent.Described) event;
                List<Description> seen = described.descriptions();
                // Words that matched nothing known were not understood, wherever they were said.
                yield seen.isEmpty() ? command(now, Command.FALLBACK)
                        : inPhase(now, described.sure() ? Said.DESCRIPTION : Said.VAGUE_DESCRIPTION, seen);
            }
        };
    }

    /**
     * Takes a touch as the words it stands for, on the screen now shown; a button from a screen
     * that has moved on answers nothing now asked, so the question now pending is asked in short.
     */
    private Turn touched(DialogState s, DialogState now, UserEvent.Touched touch) {
        Optional<UserEvent> meant = touch.meantFor(Screens.id(s));
        return meant.isPresent() ? decide(s, meant.get())
                : stay(now, Narration.of(Msg.TOUCH_STALE).then(Prompts.of(now).simple()));
    }

    /**
     * Returns the state a conversation starts in, given what the adapter knows: a pause from an
     * earlier day is asked about first; a kept plan with a side to stretch, tested recently,
     * offers the stretch straight away; otherwise the test is offered.
     */
    public DialogState start(UserEvent.Known known) {
        Memory memory = Memory.at(known.now(), known.storage(), known.kept(), known.zone());
        DialogState fresh = DialogState.initial(memory);
        return memory.pauseToAskAbout() ? fresh.moveTo(Phase.CHECK_IN) : planned(fresh);
    }

    /** Returns the welcome back to a kept plan when it is due, or else {@code fresh} itself, offering the test. */
    private static DialogState planned(DialogState fresh) {
        Memory memory = fresh.memory();
        return memory.hasPlan() && !memory.retestDue() && !memory.pausedToday() ? fresh.onPlan() : fresh;
    }

    /**
     * Returns the turn for {@code event} when the saved state could not be read: a fresh start,
     * said so. Events that make sense from the start (yes, ready, start, a question, help) carry on
     * from there; an answer meant for a question that is now lost is not applied, and the offer to
     * start is made again. Stop and pain need no apology: they are answered as always.
     */
    public Turn restart(UserEvent.Known known, UserEvent event) {
        return shown(start(known), restarted(known, event));
    }

    private Turn restarted(UserEvent.Known known, UserEvent event) {
        DialogState fresh = start(known);
        if (fresh.phase() != Phase.OFFER_TEST && event != Command.STOP && event.kind() != UserEvent.Kind.HURT) {
            // The store kept something to go on with: offer it rather than starting again.
            return spoken(fresh, new UserEvent.Launch(known)).saidAfter(Narration.of(Msg.LOST_PLACE));
        }
        boolean plain = event.kind() == UserEvent.Kind.LAUNCH || event.kind() == UserEvent.Kind.HURT
                || event == Command.STOP;
        if (plain) {
            return spoken(fresh, event);
        }
        // Help is not carried on: the offer to start is all the help a fresh start needs.
        boolean carriesOn = event == Word.YES || event == Word.READY || event == Command.START_TEST
                || event == Command.START_OVER || event.kind() == UserEvent.Kind.ASKED
                || event.kind() == UserEvent.Kind.REMIND || event.kind() == UserEvent.Kind.PERMISSION;
        if (!carriesOn) {
            return enter(fresh, Narration.of(Msg.RESTARTED));
        }
        return spoken(fresh, event == Command.START_OVER ? Command.START_TEST : event)
                .saidAfter(Narration.of(Msg.RESTARTED));
    }

    // ---- Events that mean the same in every phase ---------------------------------------------

    /**
     * Welcomes the user: a first visit hears what Hip Check does and that it is guidance; a
     * returning user hears a short welcome with what is known, and the disclaimer when the test
     * or the stretch begins.
     */
    private Turn welcome(DialogState start) {
        Memory memory = start.memory();
        if (memory.pausedToday()) {
            return new Turn(start, Reply.end(Narration.of(Msg.WELCOME_BACK).then(Msg.PAUSED_TODAY)));
        }
        if (start.phase() == Phase.OFFER_TEST && !memory.returning()) {
            return enter(start.disclaimedNow(), Narration.of(Msg.WELCOME).then(Msg.DISCLAIMER));
        }
        Narration lead = Narration.of(Msg.WELCOME_BACK);
        if (start.phase() == Phase.WELCOME_BACK) {
            lead = lead.then(Recall.streak(memory));
        }
        if (start.phase() == Phase.OFFER_TEST && memory.record().latestTest().isPresent()) {
            lead = lead.then(Msg.LAST_TEST, Recall.day(memory, memory.record().latestTest().get()));
            if (memory.retestDue() && !memory.record().sides().isEmpty()) {
                lead = lead.then(Msg.RETEST_DUE);
            }
        }
        return enter(start, lead);
    }

    private Turn command(DialogState s, Command command) {
        return switch (command) {
            case STOP -> end(s, Msg.GOODBYE);
            case HELP -> stay(s, Prompts.of(s).fullHelp());
            // Once there is a result, "why?" gives every sign behind it; before, it asks what this step is for.
            case EXPLAIN -> s.testDone() ? stay(s, Script.reasons(s).then(Prompts.of(s).simple()))
                    : stay(s, Prompts.of(s).fullHelp());
            case REPEAT -> stay(s, s.aside().isPresent() ? asideAgain(s, s.aside().get()) : Prompts.of(s).prompt());
            case START_TEST -> startTest(s, Narration.empty());
            case START_OVER -> startTest(s, Narration.of(Msg.STARTING_OVER));
            case MY_STRETCH -> myStretch(s);
            case STEPS -> StretchTurns.stepsAsked(s);
            case WAIT -> giveTime(s);
            case BACK -> inPhase(s, Said.BACK, List.of());
            case FALLBACK -> notUnderstood(s);
            // What was asked before is asked again in short; no "back to it": a history fills the breath.
            case LAST_RESULT -> stay(s, Recall.last(s).then(Prompts.of(s).simple()));
            case PROGRESS -> stay(s, Recall.progress(s).then(Prompts.of(s).simple()));
            case FORGET_ME -> s.memory().storage() == Memory.Storage.NONE
                    ? stay(s, Narration.of(Msg.NOTHING_KEPT).then(backToIt(s)))
                    // The store answered with nothing for this user, or it was deleted this session.
                    : s.memory().storage() == Memory.Storage.UP && !s.memory().consented()
                    ? stay(s, Narration.of(Msg.NOTHING_KEPT_YET).then(backToIt(s)))
                    : s.phase() == Phase.CONFIRM_FORGET ? stay(s, Prompts.of(s).prompt())
                    : enter(s.interruptedBy(Phase.CONFIRM_FORGET), Narration.empty());
        };
    }

    /** Returns the way back to what was pending after an answer given in passing: its question, in short. */
    static Narration backToIt(DialogState s) {
        return s.phase() == Phase.OFFER_TEST ? Prompts.of(s).simple()
                : Narration.of(Msg.BACK_TO_IT).then(Prompts.of(s).simple());
    }

    /**
     * Stops at once for pain. The first report pauses, with what to do now for where it happened
     * (the test or a stretch, the knee or the back); a second report, or a red flag (numbness,
     * tingling or pain down the leg, sudden weakness), ends the stretching for today.
     */
    private static Turn hurt(DialogState s, UserEvent.Hurt hurt) {
        DialogState hurting = s.withTalk(s.talk().hurt());
        if (hurt.redFlag()) {
            return end(pausedForToday(hurting), Msg.RED_FLAG);
        }
        if (s.phase() == Phase.CHECK_IN) {
            // Pain said when asked whether it is better: it is not.
            return end(pausedForToday(s), Msg.CHECK_IN_NOT_BETTER);
        }
        if (cameWithPain(s.phase())) {
            // The pain they came about, said before anything started: no strike, and the offer stands.
            return stay(s, Narration.of(Msg.CAME_WITH_PAIN).then(Prompts.of(s).simple()));
        }
        if (s.talk().painReports() > 0) {
            return end(pausedForToday(hurting), Msg.PAIN_AGAIN);
        }
        Activity where = activity(s.underlyingPhase());
        Narration advice = Narration.of(switch (where) {
            case TEST -> Msg.PAIN_EASE_TEST;
            case STRETCH -> Msg.PAIN_EASE_STRETCH;
            case NONE -> Msg.PAIN_EASE;
        });
        if (hurt.where().isPresent()) {
            advice = advice.then(switch (hurt.where().get()) {
                case KNEE -> where == Activity.STRETCH ? Msg.PAIN_KNEE_STRETCH : Msg.PAIN_KNEE_TEST;
                case BACK -> where == Activity.TEST ? Msg.PAIN_BACK_TEST : Msg.PAIN_BACK;
                case HIP -> where == Activity.TEST ? Msg.PAIN_HIP_TEST : Msg.PAIN_HIP;
            });
        }
        return enter(hurting.phase() == Phase.PAUSED ? hurting : hurting.paused(), advice);
    }

    /**
     * Returns the state with a safety pause until the end of the user's day: kept with the record
     * for a user who agreed, in this session only for one who has not.
     */
    private static DialogState pausedForToday(DialogState s) {
        Memory memory = s.memory();
        return s.withMemory(memory.with(memory.record().paused(memory.today())));
    }

    /**
     * Returns whether pain said in {@code phase} is the pain the user came with: nothing has
     * started yet in this session, so it is no report of pain from the test or a stretch.
     */
    private static boolean cameWithPain(Phase phase) {
        return switch (phase) {
            case OFFER_TEST, WELCOME_BACK -> true;
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE, OFFER_STRETCH, RETEST_OFFER, STRETCH_SETUP,
                    NEXT_SIDE, ANOTHER_ROUND, PAUSED, CHECK_IN, OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER -> false;
        };
    }

    /** What the user was doing, which decides what to do about pain. */
    private enum Activity { TEST, STRETCH, NONE }

    private static Activity activity(Phase phase) {
        return switch (phase) {
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE -> Activity.TEST;
            case STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND -> Activity.STRETCH;
            case OFFER_TEST, OFFER_STRETCH, RETEST_OFFER, PAUSED, CHECK_IN, WELCOME_BACK, OFFER_SAVE,
                    CONFIRM_FORGET, CONFIRM_REMINDER -> Activity.NONE;
        };
    }

    /**
     * Answers what was not understood, more plainly each time: first the question again in other
     * words, then as a yes or no with an example, then the way to help or to stop.
     */
    private static Turn notUnderstood(DialogState s) {
        return switch (Math.min(s.talk().misheard(), 2)) {
            case 0 -> stay(s, Narration.of(Msg.FALLBACK_SORRY).then(Prompts.of(s).reprompt()));
            case 1 -> stay(s, Narration.of(Msg.FALLBACK_AGAIN).then(Prompts.of(s).simple()));
            default -> stay(s, Narration.of(Msg.FALLBACK_HELP_OR_STOP));
        };
    }

    /**
     * Changes an answer because the user said it was wrong: "that's wrong" takes the last answer
     * back and asks it again; "no, it drops" records the new words for the question just
     * answered (or the part named) and says the change; "change my answer for the back" asks that
     * question again. Answers change during the test and at its result, not in the middle of a
     * stretch.
     */
    private Turn corrected(DialogState s, UserEvent.Corrected c) {
        if (!correctable(s.underlyingPhase()) || (s.underlyingPhase() == Phase.OFFER_SAVE && Prompts.stretched(s))) {
            return stay(s, Narration.of(Msg.CORRECT_LATER).then(Prompts.of(s).reprompt()));
        }
        DialogState at = s.resume().isPresent() ? s.resumed() : s;
        // Just after switching sides the left has nothing yet: the last answer is the right side's.
        Side side = c.side().orElse(at.answers(at.side()).isEmpty() && at.side() == Side.LEFT ? Side.RIGHT
                : at.side());
        SideAnswers answers = at.answers(side);
        if (answers.isEmpty()) {
            return stay(s, Narration.of(Msg.NOTHING_TO_CHANGE).then(Prompts.of(s).reprompt()));
        }
        if (c.descriptions().isEmpty() && c.part().isEmpty()) {
            return inPhase(at, Said.BACK, List.of()).saidAfter(Narration.of(Msg.CORRECT_LEAD));
        }
        Question question = c.part().map(Dialog::questionOf).orElse(answers.lastAnswered().orElseThrow());
        if (c.descriptions().isEmpty()) {
            // Taking back a right-side answer while the left has some would break the order of the test.
            boolean clearable = side == Side.LEFT || at.answers().left().isEmpty();
            if (!clearable) {
                return stay(s, Narration.of(Msg.CORRECT_HOW).then(Prompts.of(s).reprompt()));
            }
            return afterAnswer(at, side, answers.without(question), Narration.of(Msg.CORRECT_LEAD));
        }
        Observation o = c.descriptions().get(0).readFor(question);
        return afterAnswer(at, side, answers.with(o.question(), o.answer()), Narration.of(Msg.CHANGED, heard(o)));
    }

    private static boolean correctable(Phase phase) {
        return switch (phase) {
            // At the consent question after a result with nothing to stretch (not after stretching: see corrected).
            case ASK, SWITCH_SIDE, OFFER_STRETCH, RETEST_OFFER, OFFER_SAVE -> true;
            case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG, STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND, PAUSED,
                    CHECK_IN, WELCOME_BACK, CONFIRM_FORGET, CONFIRM_REMINDER -> false;
        };
    }

    private static Question questionOf(Region part) {
        return switch (part) {
            case THIGH -> Question.THIGH_DROPS;
            case LEG -> Question.LEG_DRIFTS_OUT;
            case BACK -> Question.BACK_ARCHES;
        };
    }

    /**
     * Answers a plain question. Health information is never given without the note that it is
     * guidance, not a diagnosis: in a session that has not said the disclaimer (a one-shot
     * question, or a returning user's), the answer starts with it. At the start that is the
     * disclaimer itself, then the offer of the test; elsewhere (a returning user's welcome) the
     * short note, then the pending question in short, the disclaimer proper coming as the test or
     * stretch begins. Either way the three fit one breath.
     */
    private Turn asked(DialogState s, Topic topic) {
        if (!s.disclaimed() && givesHealthInformation(topic)) {
            if (s.phase() == Phase.OFFER_TEST) {
                return stay(s.disclaimedNow().withAside(topic),
                        Narration.of(Msg.DISCLAIMER).then(Script.answer(topic)).then(Msg.OFFER_TEST));
            }
            return stay(s.withAside(topic),
                    Narration.of(Msg.GUIDANCE_NOTE).then(Script.answer(topic)).then(Prompts.of(s).simple()));
        }
        return stay(s.withAside(topic), asideAgain(s, topic));
    }

    /** Returns whether the answer to {@code topic} is health information, rather than how the test goes. */
    private static boolean givesHealthInformation(Topic topic) {
        return switch (topic) {
            case SHOULD_STRETCH, WHY_BACK, EVERY_DAY, SITTING, SAFEST, HOW_TO_KNOW, HIP_FLEXORS, SIGNS, INSTEAD -> true;
            case TEST_LENGTH, WHAT_NEEDED -> false;
        };
    }

    /**
     * Returns the answer to a plain question and what follows it: at the start, an invitation to
     * take the test; anywhere else, the way back to the question that was pending.
     */
    private static Narration asideAgain(DialogState s, Topic topic) {
        Narration then = s.phase() != Phase.OFFER_TEST ? Narration.of(Msg.BACK_TO_IT).then(Prompts.of(s).simple())
                : Narration.of(leadsIntoTest(topic) ? Msg.LEAD_INTO_TEST : Msg.OFFER_TEST);
        return Script.answer(topic).then(then);
    }

    /** Returns whether {@code phase} asks whether to keep or delete what is kept. */
    private static boolean deciding(Phase phase) {
        return phase == Phase.OFFER_SAVE || phase == Phase.CONFIRM_FORGET;
    }

    /** Returns whether the answer to {@code topic} says the test tells, so the offer says "which is true". */
    private static boolean leadsIntoTest(Topic topic) {
        return switch (topic) {
            // What to do instead holds when they are not tight: the test tells.
            case SHOULD_STRETCH, WHY_BACK, EVERY_DAY, SITTING, SAFEST, INSTEAD -> true;
            case HOW_TO_KNOW, TEST_LENGTH, HIP_FLEXORS, WHAT_NEEDED, SIGNS -> false;
        };
    }

    /**
     * "My stretch", "the usual", "skip the test". Before a stretch: the kept plan's stretch at once,
     * a test under way set aside, as asked; today's tight sides when the test is done; without either,
     * the test comes first. In a stretch it carries on, as yes would. It answers no question of
     * consent, deletion or whether the pain has eased: those are asked again.
     */
    private Turn myStretch(DialogState s) {
        return switch (s.phase()) {
            case OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER, CHECK_IN -> stay(s, Prompts.of(s).reprompt());
            case STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND, PAUSED, OFFER_STRETCH -> inPhase(s, Said.YES, List.of());
            case OFFER_TEST, WELCOME_BACK, RETEST_OFFER, SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE -> {
                Stretch usual = s.memory().record().stretch().orElse(Stretch.EDGE_OF_TABLE);
                if (s.testDone() || s.memory().fromPlan()) {
                    yield choseStretch(s, Optional.of(s.plan().stretch().orElse(usual)));
                }
                if (s.memory().hasPlan()) {
                    DialogState planned = DialogState.initial(s.memory()).withTalk(s.talk()).onPlan();
                    yield startStretch(planned, usual, planned.stretchOrder().get(0));
                }
                Msg why = s.phase() == Phase.OFFER_TEST ? Msg.NO_PLAN_YET : Msg.TEST_FIRST;
                yield stay(s, Narration.of(why).then(Prompts.of(s).simple()));
            }
        };
    }

    /** A stretch named, left to Hip Check, or "the other one": the one not under way, or not the plan's. */
    private Turn chose(DialogState s, UserEvent.ChoseStretch chose) {
        if (chose.leftToUs()) {
            return chosenForThem(s);
        }
        if (chose.other()) {
            Stretch current = s.plan().stretch().orElse(s.memory().record().stretch().orElse(Stretch.EDGE_OF_TABLE));
            return choseStretch(s, Optional.of(StretchTurns.other(current)));
        }
        return choseStretch(s, chose.stretch());
    }

    /** Naming a stretch works once the test has found a tight side, even while paused for pain. */
    private Turn choseStretch(DialogState s, Optional<Stretch> stretch) {
        // Stretching on the kept plan has its sides without a test today.
        if (s.tightSides().isEmpty() || stretch.isEmpty()) {
            Msg why = s.tightSides().isEmpty() ? (s.testDone() ? Msg.NO_STRETCH_NEEDED : Msg.TEST_FIRST)
                    : Msg.UNKNOWN_STRETCH;
            return stay(s, Narration.of(why).then(Prompts.of(s).reprompt()));
        }
        // Switching stretch mid-setup keeps the side; anywhere else the first tight side starts. The
        // stretch already set up keeps its round; any other start is from the first round.
        boolean setUp = s.underlyingPhase() == Phase.STRETCH_SETUP;
        Side side = setUp ? s.side() : s.stretchOrder().get(0);
        DialogState from = setUp && s.plan().stretch().equals(stretch) ? s : s.withPlan(s.plan().fromTheStart());
        return startStretch(from, stretch.get(), side);
    }

    /**
     * Chooses for a user who says "whichever": the edge-of-table stretch, which needs no moving
     * from the test's position, and says so. Before there is a tight side it is answered as any
     * stretch named then.
     */
    private Turn chosenForThem(DialogState s) {
        Turn chosen = choseStretch(s, Optional.of(Stretch.EDGE_OF_TABLE));
        return !s.tightSides().isEmpty() ? chosen.saidAfter(Narration.of(Msg.PICKED_FOR_YOU))
                : chosen;
    }

    /**
     * Sets how many rounds a side, wherever it is said; at the welcome back it is yes to the
     * stretch with that many rounds, and at "another round?" it is that many more, now. It answers no question
     * of consent, deletion, a reminder or whether the pain has eased: those are asked again.
     */
    private Turn askedRounds(DialogState s, OptionalInt count) {
        Narration said = StretchTurns.roundsSaid(count);
        if (count.isEmpty() || !Plan.allowsRounds(count.getAsInt())) {
            return stay(s, said.then(Prompts.of(s).simple()));
        }
        DialogState next = s.withPlan(s.plan().withRounds(count.getAsInt()));
        return switch (s.phase()) {
            case OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER, CHECK_IN -> stay(s, Prompts.of(s).reprompt());
            case WELCOME_BACK -> inPhase(next, Said.YES, List.of()).saidAfter(said);
            // At "another round?", that many more now, said in the short set-up; the rounds chosen for
            // next time stay as they are.
            case ANOTHER_ROUND -> StretchTurns.extraSet(s, count.getAsInt(), Narration.empty());
            case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE, OFFER_STRETCH, RETEST_OFFER,
                    STRETCH_SETUP, NEXT_SIDE, PAUSED -> stay(next, said.then(Prompts.of(next).reprompt()));
        };
    }

    // ---- What each phase accepts ---------------------------------------------------------------

    private static Said said(Word word, Phase phase) {
        return switch (word) {
            case YES -> Said.YES;
            case NO -> Said.NO;
            case READY -> Said.READY;
            case DONE -> doneMeans(phase);
            // Read by aLittle before the table; anywhere else it answers nothing that was asked.
            case A_LITTLE -> Said.UNSURE;
            case UNSURE -> Said.UNSURE;
            // Read by decide before the table: another round, or "repeat".
            case AGAIN -> Said.YES;
            // "Okay" agrees to an offer; to a test question or a request for consent it says nothing.
            case OKAY -> switch (phase) {
                case ASK, OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER -> Said.READY;
                // "Okay" does not say whether it is better: the question is asked again, plainly.
                case CHECK_IN -> Said.UNSURE;
                case OFFER_TEST, SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, OFFER_STRETCH, RETEST_OFFER,
                        STRETCH_SETUP, NEXT_SIDE, ANOTHER_ROUND, PAUSED, WELCOME_BACK -> Said.YES;
            };
            case KEEP -> phase == Phase.OFFER_SAVE ? Said.YES : phase == Phase.CONFIRM_FORGET ? Said.NO : Said.UNSURE;
            // Anywhere but these two, decide has made it a wish to be forgotten.
            case DELETE -> phase == Phase.CONFIRM_FORGET ? Said.YES : Said.NO;
        };
    }

    /**
     * Returns what "I'm done" means in a phase: ready, where a step waits for the user to finish
     * it (at a question that asks for the answer); no, where something more is offered, so it
     * never starts another round or a stretch.
     */
    private static Said doneMeans(Phase phase) {
        return switch (phase) {
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, ASK, SWITCH_SIDE, STRETCH_SETUP -> Said.READY;
            // "Ready for your other side?" is an offer too: done is not yet, never the next stretch.
            case OFFER_TEST, OFFER_STRETCH, RETEST_OFFER, NEXT_SIDE, ANOTHER_ROUND, PAUSED, CHECK_IN,
                    WELCOME_BACK, OFFER_SAVE, CONFIRM_FORGET, CONFIRM_REMINDER -> Said.NO;
        };
    }

    /**
     * The transition table: for each phase, what a reply, a description and "go back" lead to.
     * "Not sure" outside a test question asks what is being asked, so it gets the phase's help.
     */
    private Turn inPhase(DialogState s, Said said, List<Description> seen) {
        return switch (s.phase()) {
            case OFFER_TEST -> switch (said) {
                case YES, READY -> startTest(s, Narration.empty());
                // The welcome offered a retest instead of the plan: no to it is the plan's stretch.
                case NO -> s.memory().hasPlan() && s.memory().retestDue()
                        ? myStretch(s).saidAfter(Narration.of(Msg.RETEST_LATER))
                        : end(s, Msg.DECLINED_TEST);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> stay(s, Narration.of(Msg.AT_START).then(Prompts.of(s).prompt()));
            };
            case SETUP_LIE, SETUP_HUG -> switch (said) {
                case YES, READY -> enter(s.moveTo(s.phase() == Phase.SETUP_LIE ? Phase.SETUP_HUG : Phase.SETUP_HANG),
                        Narration.empty());
                // "No" to "say ready when you're there" means "not yet".
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.moveTo(s.phase() == Phase.SETUP_LIE ? Phase.OFFER_TEST : Phase.SETUP_LIE));
            };
            // Words about the leg before any question is asked describe getting into position: they
            // say the user is ready, and are never taken as an answer.
            case SETUP_HANG, SWITCH_SIDE -> switch (said) {
                case YES, READY, DESCRIPTION, VAGUE_DESCRIPTION -> enter(s.moveTo(Phase.ASK), Narration.empty());
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case BACK -> goBack(s.phase() == Phase.SETUP_HANG ? s.moveTo(Phase.SETUP_HUG)
                        : reopenLastQuestion(s, Side.RIGHT));
            };
            case ASK -> switch (said) {
                case YES -> answer(s, Answer.YES);
                case NO -> answer(s, Answer.NO);
                case UNSURE -> answer(s, Answer.UNSURE);
                case READY -> stay(s, Narration.of(Msg.NEED_ANSWER).then(Prompts.of(s).reprompt()));
                case DESCRIPTION -> record(s, seen);
                case VAGUE_DESCRIPTION -> confirm(s, seen);
                case BACK -> goBack(unanswerLast(s));
            };
            case OFFER_STRETCH, RETEST_OFFER -> switch (said) {
                case YES, READY -> s.phase() == Phase.OFFER_STRETCH
                        ? startStretch(s, Stretch.EDGE_OF_TABLE, s.stretchOrder().get(0))
                        : startTest(s, Narration.empty());
                case NO -> end(s, s.phase() == Phase.OFFER_STRETCH ? Msg.CLOSING_NO_STRETCH : Msg.CLOSING_NO_RETEST);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(reopenLastQuestion(s, Side.LEFT));
            };
            case STRETCH_SETUP -> switch (said) {
                case YES, READY -> hold(s);
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(stretchOffer(s));
            };
            case NEXT_SIDE -> switch (said) {
                case YES, READY -> enter(s.moveTo(Phase.STRETCH_SETUP), Narration.empty());
                case NO -> giveTime(s);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(stretchOffer(s));
            };
            case ANOTHER_ROUND -> switch (said) {
                case YES, READY -> StretchTurns.anotherRound(s);
                // Done stretching: the natural moment to ask whether to keep the plan.
                case NO -> s.memory().asksConsent() ? enter(s.moveTo(Phase.OFFER_SAVE), Narration.empty())
                        : end(s, closing(s));
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(stretchOffer(s));
            };
            case PAUSED -> switch (said) {
                case YES, READY -> enter(s.resumed(), Narration.of(Msg.RESUMING));
                case NO -> end(s, Msg.GOODBYE);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> goBack(s.resumed());
            };
            case WELCOME_BACK -> switch (said) {
                case YES, READY -> startStretch(s, s.memory().record().stretch().orElse(Stretch.EDGE_OF_TABLE),
                        s.stretchOrder().get(0));
                case NO -> enter(DialogState.initial(s.memory().newTest()).withTalk(s.talk()), Narration.empty());
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> stay(s, Narration.of(Msg.AT_START).then(Prompts.of(s).prompt()));
            };
            // A yes, or words that the pain has eased ("it's better", "the pain is gone", which mean
            // ready after a pause too), say it is better; not sure is asked again.
            case CHECK_IN -> switch (said) {
                case YES, READY -> enter(planned(DialogState.initial(s.memory().with(s.memory().record().unpaused()))
                        .withTalk(s.talk())), Narration.of(Msg.CHECK_IN_BETTER));
                case NO -> end(pausedForToday(s), Msg.CHECK_IN_NOT_BETTER);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> stay(s, Narration.of(Msg.AT_START).then(Prompts.of(s).prompt()));
            };
            // Keeping anything needs a plain yes: "next" or "ready" is no answer to this.
            case OFFER_SAVE -> switch (said) {
                case READY -> stay(s, Narration.of(Msg.ONLY_WITH_YES).then(Prompts.of(s).simple()));
                case YES -> keepFirst(s);
                case NO -> nothingToStretch(s)
                        ? ReminderTurns.offerMovementBreaks(answered(s, false), Narration.of(Msg.NOT_SAVED))
                        : new Turn(answered(s, false), Reply.end(Narration.of(Msg.NOT_SAVED).then(closing(s))));
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
                case BACK -> Prompts.stretched(s) ? stay(s, Narration.of(Msg.AT_START).then(Prompts.of(s).prompt()))
                        : goBack(reopenLastQuestion(s, Side.LEFT));
            };
            // Deleting cannot be undone: only a plain yes does it; "ready" is no answer to this.
            case CONFIRM_FORGET -> switch (said) {
                case YES -> forget(s);
                case NO, BACK -> enter(s.resumed(), Narration.of(Msg.KEPT_HISTORY));
                case READY, UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
            };
            // Amazon's rule for reminders: set only on a plain yes to the time and repetition said.
            case CONFIRM_REMINDER -> switch (said) {
                case YES -> ReminderTurns.agreed(s);
                case NO, BACK -> ReminderTurns.declined(s);
                case READY -> ReminderTurns.onlyWithYes(s);
                case UNSURE -> help(s);
                case DESCRIPTION, VAGUE_DESCRIPTION -> notAskingYet(s);
            };
        };
    }

    /**
     * Returns the state offering the stretch again: today's result's offer, or the returning user's;
     * a stretch started from there starts from its first round.
     */
    private static DialogState stretchOffer(DialogState s) {
        return s.withPlan(s.plan().fromTheStart()).moveTo(s.memory().fromPlan() ? Phase.WELCOME_BACK
                : Phase.OFFER_STRETCH);
    }

    /**
     * Keeps the practice record for the first time: the user said yes. The session ends there,
     * with the closing words of what was done; when the store fails, the user hears so.
     */
    private static Turn keepFirst(DialogState s) {
        DialogState agreed = answered(s, true);
        Memory memory = agreed.memory();
        PracticeRecord record = memory.record().with(s.plan().stretch(), s.plan().hold(), s.plan().rounds())
                .touched(memory.clock());
        Narration closing = closing(s);
        // With a plan kept, a daily reminder is the natural next step: offered, its time said.
        // With nothing to stretch, a daily movement break instead.
        DialogState keeping = agreed.withMemory(memory.with(record));
        Turn kept = Prompts.stretched(s) ? ReminderTurns.offer(keeping, Narration.of(Msg.SAVED_PLAN))
                : nothingToStretch(s) ? ReminderTurns.offerMovementBreaks(keeping, Narration.of(Msg.SAVED_TEST))
                : new Turn(keeping, Reply.end(Narration.of(Msg.SAVED_TEST).then(closing)));
        Turn failed = new Turn(answered(s, false), Reply.end(Narration.of(Msg.SAVE_FAILED).then(closing)));
        return kept.doing(new Effect.Keep(record, true), failed);
    }

    /**
     * Returns the state once the consent question is answered: asked, agreed or not, and back in
     * the phase it followed (another round offered, or the result), where the session ends.
     */
    private static DialogState answered(DialogState s, boolean agreed) {
        List<Side> order = s.stretchOrder();
        DialogState back = Prompts.stretched(s)
                ? s.stretchPhase(Phase.ANOTHER_ROUND, s.plan().stretch().orElseThrow(), order.get(order.size() - 1))
                : s.moveTo(Phase.RETEST_OFFER);
        return back.withMemory(s.memory().askedNow(agreed));
    }

    /** Returns whether the session's test is done and found nothing to stretch: movement breaks are the advice. */
    private static boolean nothingToStretch(DialogState s) {
        return s.testDone() && s.tightSides().isEmpty();
    }

    /** Returns the closing words for what the session did: stretched (gently, after pain), or found nothing to stretch. */
    static Narration closing(DialogState s) {
        if (!Prompts.stretched(s)) {
            return Narration.of(Msg.FOLLOW_NOT_TIGHT);
        }
        return Narration.of(s.talk().painReports() > 0 ? Msg.CLOSING_GENTLE : Msg.CLOSING_WARM);
    }

    /**
     * Deletes everything kept for the user, then goes back to what was pending; stretching on the
     * last saved result (not a test taken now) gives way to the offer of a test, as that result is gone.
     */
    private static Turn forget(DialogState s) {
        DialogState back = s.resumed();
        // Stretching on the kept plan, or asking after a kept pause, has nothing left to go on with.
        DialogState gone = back.memory().fromPlan() || back.phase() == Phase.CHECK_IN
                ? DialogState.initial(back.memory().newTest().forgottenNow()).withTalk(back.talk())
                : back.withMemory(back.memory().forgottenNow());
        Turn done = enter(gone, Narration.of(Msg.FORGOTTEN));
        return done.doing(new Effect.Forget(), enter(back, Narration.of(Msg.FORGET_FAILED)));
    }
}

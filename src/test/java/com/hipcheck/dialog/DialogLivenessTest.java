package com.hipcheck.dialog;

import static com.hipcheck.dialog.ReminderAsk.Kind.STRETCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.dialog.UserEvent.Command;
import com.hipcheck.dialog.UserEvent.Word;
import com.hipcheck.domain.HipFlexorRule;
import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Region;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Part;
import java.util.ArrayDeque;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Liveness of the pure dialog, in every state a conversation can reach: stop ends the session,
 * every turn's reply is well formed, and a cooperative user reaches a polite end within
 * {@link #FINISH_WITHIN} turns, every turn changing the state.
 *
 * <p>The states are found by breadth-first search from the welcome, and from every restart, over
 * an alphabet of every event with its values. States are told apart by what decides what happens
 * next ({@link Kind}), which bounds the search to a few thousand; the first state found of each
 * kind stands for it. (Told apart exactly, the test's answers, the aside, the hold and the round
 * make well over a hundred thousand.)
 */
public class DialogLivenessTest {
    /** A cooperative user finishes from any state within this many turns (a full test is about 15). */
    static final int FINISH_WITHIN = 30;
    /** More kinds of state than this means {@link Kind} no longer bounds the search. */
    static final int MAX_STATES = 200_000;

    /** The dialog for a device with a screen: the same turns as a voice-only device's, each also showing a screen. */
    private static final Dialog DIALOG = Dialog.withScreens();
    private static final List<UserEvent> ALPHABET = alphabet();
    /** The ways a conversation opens: with no store, and with each kind of history a store can hold. */
    private static final Map<String, UserEvent.Launch> LAUNCHES = launches();

    private static long started;
    private static Search search;
    private static int stopProbes;
    private static int cooperativeTurns;
    private static int longestFinish;

    @BeforeAll
    static void exploreEveryReachableState() {
        if (search != null) {
            return;
        }
        started = System.nanoTime();
        search = new Search();
        search.run();
    }

    /**
     * Returns every screen a turn showed in the search, each once: what a screen device can be
     * sent, from every kind of state, after every event and every touch.
     */
    public static Set<Screen> screensReached() {
        exploreEveryReachableState();
        return Collections.unmodifiableSet(search.screens);
    }

    @Test
    void everyScreenShowsButtonsThatItsStateTakes() {
        // The buttons of a state's own screen are touches of that screen: each must be taken, not
        // answered as a touch on an old screen.
        List<String> stale = new ArrayList<>();
        for (Reached r : search.reached.values()) {
            Screen screen = Screens.of(r.state());
            for (Screen.Button b : screen.buttons()) {
                Turn turn = DIALOG.next(r.state(), new UserEvent.Touched(screen.id(), b.event()));
                if (turn.reply().speech().parts().get(0).equals(Narration.of(Msg.TOUCH_STALE).parts().get(0))) {
                    stale.add(r + ": " + b);
                }
            }
        }
        assertTrue(stale.isEmpty(), stale.size() + " buttons taken as from an old screen, such as " + first(stale));
    }

    @AfterAll
    static void printSummary() {
        System.out.printf(Locale.ROOT, "DialogLiveness: %d states reached from the welcome and %d restarts, %d turns"
                        + " over %d events, %d stop and %d cooperative probes (longest finish %d turns), %.1f s%n",
                search.reached.size(), ALPHABET.size(), search.turns, ALPHABET.size(), stopProbes, cooperativeTurns,
                longestFinish, (System.nanoTime() - started) / 1e9);
    }

    @Test
    void theSearchEndsWithinItsBoundAndReachesEveryPhase() {
        assertTrue(search.complete, "the search was cut off at " + MAX_STATES + " states");
        Set<Phase> phases = search.reached.keySet().stream().map(Kind::phase)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
        assertEquals(EnumSet.allOf(Phase.class), phases);
    }

    @Test
    void everyTurnFromEveryReachableStateIsWellFormed() {
        assertTrue(search.malformed.isEmpty(), search.malformedCount + " ill-formed turns, the first:\n"
                + String.join("\n", search.malformed));
    }

    @Test
    void stopEndsTheSessionInEveryReachableState() {
        List<String> open = new ArrayList<>();
        for (Reached r : search.reached.values()) {
            stopProbes++;
            if (!DIALOG.next(r.state(), Command.STOP).reply().endSession()) {
                open.add(r.toString());
            }
        }
        assertTrue(open.isEmpty(), "stop leaves the session open in " + open.size() + " states, such as "
                + first(open));
    }

    @Test
    void aCooperativeUserFinishesPolitelyFromEveryReachableState() {
        Map<DialogState, Integer> turnsToFinish = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Reached r : search.reached.values()) {
            String failure = finish(r, turnsToFinish);
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " states a cooperative user does not finish from, such as "
                + first(failures));
    }

    /**
     * Plays the cooperative user from one state; returns why it does not finish, or null. States
     * already known to finish, and in how many turns, are not played again.
     */
    private static String finish(Reached from, Map<DialogState, Integer> turnsToFinish) {
        List<DialogState> path = new ArrayList<>();
        List<String> said = new ArrayList<>();
        DialogState s = from.state();
        int rest;
        while (true) {
            Integer known = turnsToFinish.get(s);
            if (known != null) {
                rest = known;
                break;
            }
            if (path.size() == FINISH_WITHIN) {
                return from + ": " + FINISH_WITHIN + " cooperative turns do not end the conversation: " + said;
            }
            UserEvent move = cooperativeMove(s);
            said.add(label(move));
            Turn turn = DIALOG.next(s, move);
            cooperativeTurns++;
            String wrong = wellFormed(turn);
            if (wrong != null) {
                return from + ", then " + said + ": " + wrong;
            }
            path.add(s);
            if (turn.reply().endSession()) {
                rest = 0;
                break;
            }
            // The aside is dropped and the talk counted on every turn: neither is progress.
            if (turn.next().withoutAside().withTalk(Talk.FRESH).equals(s.withoutAside().withTalk(Talk.FRESH))) {
                return from + ", then " + said + ": stuck, the cooperative turn changes nothing in " + s;
            }
            s = turn.next();
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            turnsToFinish.put(path.get(i), rest + path.size() - i);
        }
        int total = rest + path.size();
        longestFinish = Math.max(longestFinish, total);
        return total <= FINISH_WITHIN ? null
                : from + ": a cooperative user needs " + total + " turns to finish, more than " + FINISH_WITHIN;
    }

    /**
     * Returns what a user who wants to finish does: takes the test, says ready when asked to get
     * into position, answers the pending question, takes the stretch offered, declines a retest
     * and another round, and resumes after a pause. No default: a new phase does not compile
     * until this has decided.
     */
    static UserEvent cooperativeMove(DialogState s) {
        return switch (s.phase()) {
            case OFFER_TEST -> Word.YES;
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE, STRETCH_SETUP, NEXT_SIDE, PAUSED -> Word.READY;
            case ASK -> UserEvent.Described.unnamed(List.of(switch (s.answers(s.side()).nextQuestion().orElseThrow()) {
                case THIGH_DROPS -> Observation.THIGH_DROPS;
                case LEG_DRIFTS_OUT -> Observation.LEG_STAYS_STRAIGHT;
                case BACK_ARCHES -> Observation.BACK_FLAT;
            }));
            case OFFER_STRETCH, WELCOME_BACK, OFFER_SAVE, CHECK_IN -> Word.YES;
            case RETEST_OFFER, ANOTHER_ROUND, CONFIRM_FORGET, CONFIRM_REMINDER -> Word.NO;
        };
    }

    /** Returns what is wrong with a turn's reply, or null when it is well formed. */
    private static String wellFormed(Turn turn) {
        Reply reply = turn.reply();
        if (!speaks(reply.speech())) {
            return "the reply says nothing: " + reply.speech();
        }
        if (reply.endSession() != reply.reprompt().isEmpty()) {
            return reply.endSession() ? "a reprompt for a session that ends" : "no reprompt while the session is open";
        }
        if (!reply.endSession() && !speaks(reply.reprompt())) {
            return "the reprompt says nothing: " + reply.reprompt();
        }
        return null;
    }

    private static boolean speaks(Narration n) {
        return n.parts().stream().anyMatch(Part.Line.class::isInstance);
    }

    private static Map<String, UserEvent.Launch> launches() {
        Map<String, UserEvent.Launch> all = new LinkedHashMap<>();
        all.put("launch, no store", (UserEvent.Launch) Events.LAUNCH);
        all.put("launch, first visit", (UserEvent.Launch) Events.FIRST_VISIT);
        all.put("launch, store down", new UserEvent.Launch(
                new UserEvent.Known(Events.NOW, Memory.Storage.DOWN, Optional.empty(), java.time.ZoneOffset.UTC)));
        all.put("launch, tight yesterday", (UserEvent.Launch) Events.RETURNING_TIGHT);
        all.put("launch, tight last month", new UserEvent.Launch(
                UserEvent.Known.up(Events.NOW, Optional.of(Events.TIGHT_RIGHT_LAST_MONTH))));
        all.put("launch, paused yesterday", (UserEvent.Launch) Events.RETURNING_PAUSED);
        all.put("launch, paused today", (UserEvent.Launch) Events.RETURNING_PAUSED_TODAY);
        return all;
    }

    /** Every event with its values: each command and word, descriptions, questions, stretches and holds. */
    private static List<UserEvent> alphabet() {
        List<UserEvent> events = new ArrayList<>(List.of(Command.values()));
        events.addAll(List.of(Word.values()));
        events.add(new UserEvent.Described(List.of()));
        for (Observation o : Observation.values()) {
            events.add(UserEvent.Described.unnamed(List.of(o)));
            // Words read only for their direction: confirmed before anything is recorded.
            events.add(new UserEvent.Described(List.of(Description.unnamed(o)), false));
            for (Region region : Region.values()) {
                events.add(new UserEvent.Described(List.of(new Description(o, Optional.of(region)))));
            }
        }
        for (Observation o : Observation.values()) {
            for (Observation other : Observation.values()) {
                if (o != other) {
                    events.add(UserEvent.Described.unnamed(List.of(o, other)));
                }
            }
        }
        for (Topic t : Topic.values()) {
            events.add(new UserEvent.Asked(t));
        }
        // The daily reminder: every request, Alexa's answer to the permission of every status (and
        // one whose token is lost), and every outcome of every call to the Reminders API.
        LocalTime seven = LocalTime.of(19, 0);
        for (UserEvent.Remind.Request request : UserEvent.Remind.Request.values()) {
            events.add(new UserEvent.Remind(request, Optional.of(seven)));
            events.add(new UserEvent.Remind(request, Optional.empty()));
        }
        for (UserEvent.PermissionAnswered.Answer answer : UserEvent.PermissionAnswered.Answer.values()) {
            for (ReminderAsk.Kind kind : ReminderAsk.Kind.values()) {
                events.add(new UserEvent.PermissionAnswered(answer, Optional.of(seven), kind));
            }
            events.add(new UserEvent.PermissionAnswered(answer, Optional.empty(), STRETCH));
        }
        for (Effect.ReminderCall call : List.of(new Effect.SetReminder(seven, STRETCH),
                new Effect.SetReminder(ReminderAsk.MOVEMENT_BREAK_TIME, ReminderAsk.Kind.MOVEMENT_BREAK),
                new Effect.ChangeReminder(seven), new Effect.CancelReminder(), new Effect.ListReminders())) {
            for (UserEvent.Reminded.Result result : UserEvent.Reminded.Result.values()) {
                events.add(new UserEvent.Reminded(call, result, List.of()));
            }
            if (call instanceof Effect.ListReminders) {
                events.add(new UserEvent.Reminded(call, UserEvent.Reminded.Result.DONE, List.of(seven)));
                events.add(new UserEvent.Reminded(call, UserEvent.Reminded.Result.DONE, List.of(seven, seven)));
            }
        }
        for (Stretch s : Stretch.values()) {
            events.add(new UserEvent.ChoseStretch(Optional.of(s)));
        }
        events.add(new UserEvent.ChoseStretch(Optional.empty()));
        events.add(UserEvent.ChoseStretch.whichever());
        events.add(UserEvent.ChoseStretch.theOther());
        for (int count : new int[] {1, 3, 6}) {
            events.add(new UserEvent.AskedRounds(OptionalInt.of(count)));
        }
        events.add(new UserEvent.AskedRounds(OptionalInt.empty()));
        for (int seconds : new int[] {20, 25, 30, 19, 31}) {
            events.add(new UserEvent.AskedHold(OptionalInt.of(seconds)));
        }
        events.add(new UserEvent.AskedHold(OptionalInt.empty()));
        events.add(new UserEvent.Hurt(Optional.empty(), false));
        for (BodyPart where : BodyPart.values()) {
            events.add(new UserEvent.Hurt(Optional.of(where), false));
        }
        events.add(new UserEvent.Hurt(Optional.empty(), true));
        events.add(new UserEvent.Corrected(List.of(), Optional.empty(), Optional.empty()));
        for (Region region : Region.values()) {
            events.add(new UserEvent.Corrected(List.of(), Optional.of(region), Optional.empty()));
        }
        for (Observation o : Observation.values()) {
            events.add(new UserEvent.Corrected(List.of(Description.unnamed(o)), Optional.empty(), Optional.empty()));
            events.add(new UserEvent.Corrected(List.of(Description.unnamed(o)), Optional.empty(),
                    Optional.of(Side.RIGHT)));
        }
        return List.copyOf(events);
    }

    private static String label(UserEvent e) {
        return switch (e.kind()) {
            case LAUNCH -> "launch";
            case COMMAND, WORD -> ((Enum<?>) e).name();
            case DESCRIBED -> "described " + ((UserEvent.Described) e).descriptions();
            case CORRECTED -> "corrected " + ((UserEvent.Corrected) e).descriptions() + " "
                    + ((UserEvent.Corrected) e).part().map(Region::name).orElse("");
            case ASKED -> "asked " + ((UserEvent.Asked) e).topic();
            case CHOSE_STRETCH -> "chose " + (((UserEvent.ChoseStretch) e).leftToUs() ? "whichever"
                    : ((UserEvent.ChoseStretch) e).other() ? "the other"
                    : ((UserEvent.ChoseStretch) e).stretch().map(Stretch::name).orElse("nothing known"));
            case ASKED_HOLD -> "hold " + ((UserEvent.AskedHold) e).seconds();
            case ASKED_ROUNDS -> "rounds " + ((UserEvent.AskedRounds) e).count();
            case HURT -> ((UserEvent.Hurt) e).redFlag() ? "red flag"
                    : "hurts " + ((UserEvent.Hurt) e).where().map(BodyPart::name).orElse("somewhere");
            case TOUCHED -> "touched " + label(((UserEvent.Touched) e).event()) + " on "
                    + ((UserEvent.Touched) e).screenId();
            case REMIND -> "remind " + ((UserEvent.Remind) e).request() + " " + ((UserEvent.Remind) e).at();
            case PERMISSION -> "permission " + ((UserEvent.PermissionAnswered) e).answer() + " "
                    + ((UserEvent.PermissionAnswered) e).at();
            case REMINDED -> "reminded " + ((UserEvent.Reminded) e).call() + " " + ((UserEvent.Reminded) e).result()
                    + " " + ((UserEvent.Reminded) e).times();
        };
    }

    private static String first(List<String> items) {
        return items.isEmpty() ? "" : items.get(0);
    }

    /**
     * What decides what happens next in a state: everything but the aside's topic, the hold's
     * length and the round's number, with a finished side reduced to its verdict.
     */
    record Kind(Phase phase, Optional<Phase> resume, Side side, String right, String left,
            Optional<Stretch> stretch, String round, boolean holdChanged, boolean disclaimed, boolean aside,
            int misheard, boolean hurt, String memory) {

        static Kind of(DialogState s) {
            Plan plan = s.plan();
            // Of how the talk has gone, only what changes the next turn: misses (up to the third) and pain.
            return new Kind(s.phase(), s.resume(), s.side(), side(s.answers().right()), side(s.answers().left()),
                    s.plan().stretch(), stretching(s.underlyingPhase()) ? rounds(plan) : "",
                    !s.plan().hold().equals(Hold.DEFAULT), s.disclaimed(), s.aside().isPresent(),
                    Math.min(s.talk().misheard(), 2), s.talk().painReports() > 0, memory(s.memory()));
        }

        /** Returns whether {@code phase} is in a stretch, where the round decides what comes next. */
        private static boolean stretching(Phase phase) {
            return phase == Phase.STRETCH_SETUP || phase == Phase.NEXT_SIDE || phase == Phase.ANOTHER_ROUND;
        }

        /**
         * Of the rounds, what changes the next turn: the first round (set up in full or short), a
         * side's last (then the next side or another round), and an extra set (set up in short).
         */
        private static String rounds(Plan plan) {
            return (plan.round() == 1 ? "first" : "later") + (plan.round() >= plan.setLength() ? " last" : "")
                    + (plan.more() > 0 ? " extra" : "");
        }

        /** Of the memory, what changes the next turn: the store, the flags, and whether there is anything to recall. */
        private static String memory(Memory m) {
            // Kept coarse, or the search grows tenfold: whether consent is asked, a save is made,
            // and the recalled result is stretched on are what turn a phase another way.
            return (m.storage() == Memory.Storage.NONE ? "no store" : "store")
                    + (m.asksConsent() ? " asks" : m.consented() ? " consented" : "")
                    + (m.fromPlan() ? " on plan" : "") + (m.consented() && !m.record().isBlank() ? " returning" : "")
                    + (m.record().pausedOn().isPresent() ? " paused" : "");
        }

        private static String side(SideAnswers answers) {
            return answers.isComplete() ? HipFlexorRule.evaluate(answers).outcome().name() : answers.asMap().toString();
        }
    }

    /** A state the search reached, and the events that reach it. */
    record Reached(DialogState state, List<String> route) {
        @Override
        public String toString() {
            return state.phase() + " after " + String.join(", ", route);
        }
    }

    /** The breadth-first search: the states reached, the turns taken, and any turn that was ill-formed. */
    private static final class Search {
        final Map<Kind, Reached> reached = new LinkedHashMap<>();
        final Set<Screen> screens = new LinkedHashSet<>();
        final List<String> malformed = new ArrayList<>();
        int malformedCount;
        long turns;
        /** Whether every state reached was explored, within {@link #MAX_STATES}. */
        boolean complete;
        private final Queue<Reached> queue = new ArrayDeque<>();

        void run() {
            for (Map.Entry<String, UserEvent.Launch> launch : LAUNCHES.entrySet()) {
                take(List.of(), launch.getKey(), () -> DIALOG.next(DialogState.initial(), launch.getValue()));
                // A restart goes on from what the store holds: nothing, or a plan or a pause to offer.
                boolean restarts = launch.getValue().known().kept().isEmpty();
                for (UserEvent e : restarts ? ALPHABET : List.<UserEvent>of()) {
                    take(List.of(launch.getKey()), "restart on " + label(e),
                            () -> DIALOG.restart(launch.getValue().known(), e));
                }
            }
            while (!queue.isEmpty() && reached.size() <= MAX_STATES) {
                Reached r = queue.poll();
                for (UserEvent e : ALPHABET) {
                    take(r.route(), label(e), () -> DIALOG.next(r.state(), e));
                }
                // Each button of the state's screen, and a touch on a screen that has moved on.
                Screen screen = Screens.of(r.state());
                for (Screen.Button b : screen.buttons()) {
                    UserEvent touch = new UserEvent.Touched(screen.id(), b.event());
                    take(r.route(), label(touch), () -> DIALOG.next(r.state(), touch));
                }
                UserEvent old = new UserEvent.Touched("OLD", Word.YES);
                take(r.route(), label(old), () -> DIALOG.next(r.state(), old));
            }
            complete = queue.isEmpty();
        }

        /** Takes one turn, checks it, and queues the state it leads to if that is new and the session goes on. */
        private void take(List<String> route, String said, Supplier<Turn> step) {
            turns++;
            Turn turn;
            try {
                turn = step.get();
            } catch (RuntimeException e) {
                malformed(route, said, "throws " + e);
                return;
            }
            String wrong = wellFormed(turn);
            if (wrong == null && turn.screen().isEmpty()) {
                wrong = "shows no screen";
            }
            if (wrong != null) {
                malformed(route, said, wrong);
                return;
            }
            screens.add(turn.screen().get());
            turn.ifFailed().flatMap(Turn::screen).ifPresent(screens::add);
            Kind kind = Kind.of(turn.next());
            if (!turn.reply().endSession() && !reached.containsKey(kind)) {
                List<String> to = new ArrayList<>(route);
                to.add(said);
                Reached next = new Reached(turn.next(), List.copyOf(to));
                reached.put(kind, next);
                queue.add(next);
            }
        }

        private void malformed(List<String> route, String said, String what) {
            if (malformedCount++ < 10) {
                List<String> to = new ArrayList<>(route);
                to.add(said);
                malformed.add("after " + String.join(", ", to) + ": " + what);
            }
        }
    }
}

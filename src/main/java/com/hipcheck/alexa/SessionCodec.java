package com.hipcheck.alexa;

import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.ReminderAsk;
import com.hipcheck.dialog.Memory;
import com.hipcheck.dialog.Phase;
import com.hipcheck.dialog.Plan;
import com.hipcheck.dialog.Talk;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Topic;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that reads and writes the dialog state in Alexa's session attributes: pure, a
 * map in and a {@link Decoded} out. The state lives under one key, with a version; anything
 * missing, mistyped, unknown or inconsistent is reported as unreadable, never thrown.
 */
final class SessionCodec {
    /** The session attribute that holds Hip Check's state. */
    static final String ATTRIBUTE = "hipCheck";
    /** Bumped whenever the layout changes; an older layout is unreadable and restarts safely. */
    static final int VERSION = 2;
    /** No value of ours is longer; a longer one is not ours. */
    private static final int MAX_STRING = 32;
    /** A time zone's id is longer than our other values ("America/Argentina/ComodRivadavia"). */
    private static final int MAX_ZONE = 64;

    /** The keys inside the state map. */
    enum Key {
        V("v"), PHASE("phase"), SIDE("side"), RIGHT("right"), LEFT("left"), STRETCH("stretch"), HOLD("hold"),
        ROUND("round"), RESUME("resume"), ASIDE("aside"), DISCLAIMED("disclaimed"),
        // Added in the same version: absent in a session written before them, they read as zero.
        TURNS("turns"), MISHEARD("misheard"), PAIN("pain"), SAID("said"),
        // What is known of the user and may be kept; absent when there is no store.
        STORE("store"), CONSENTED("consented"), FROM_PLAN("fromPlan"), FORGOTTEN("forgotten"), ASKED("asked"),
        ZONE("zone"), KEPT("kept"),
        // Inside KEPT: the practice record, as the store keeps it.
        SIDES("sides"), ROUNDS("rounds"), TESTED_ON("testedOn"), PRACTISED_ON("practisedOn"), PAUSED_ON("pausedOn"),
        UPDATED_AT("updatedAt"),
        // A description waiting for the user's yes; absent when none is, as in sessions from before it.
        CONFIRM("confirm"),
        // The rounds a side (ROUNDS, as in KEPT) and the extra set's; absent in a session from before rounds.
        MORE("more"),
        // A reminder offered and waiting for the user's yes ("19:00"), whether it moves the one there is,
        // and its kind; absent when none is, as in sessions from before it (the kind: from before movement breaks).
        REMIND_AT("remindAt"), REMIND_CHANGE("remindChange"), REMIND_OFFERED("remindOffered"),
        REMIND_KIND("remindKind"),
        // Inside KEPT: the days of the tests before the latest; absent when none, as in sessions from before it.
        TESTED_BEFORE("testedBefore");

        final String name;

        Key(String name) {
            this.name = name;
        }
    }

    /** The outcome of reading a session: its state, nothing, or why it could not be read. */
    sealed interface Decoded permits Found, Empty, Unreadable {
        /** Returns the state, when one was read. */
        Optional<DialogState> found();

        /** Returns why there is no state to go on with, for log lines; empty when one was found. */
        Optional<String> problem();
    }

    /** The session held a sound state. */
    record Found(DialogState state) implements Decoded {
        @Override
        public Optional<DialogState> found() {
            return Optional.of(state);
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }
    }

    /** The session held no state of Hip Check's at all. */
    record Empty() implements Decoded {
        @Override
        public Optional<DialogState> found() {
            return Optional.empty();
        }

        @Override
        public Optional<String> problem() {
            return Optional.of("no state in session");
        }
    }

    /** The session held something under Hip Check's key that is not a sound state. */
    record Unreadable(String reason) implements Decoded {
        @Override
        public Optional<DialogState> found() {
            return Optional.empty();
        }

        @Override
        public Optional<String> problem() {
            return Optional.of(reason);
        }
    }

    private static final class Damaged extends Exception {
        Damaged(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Returns the session attributes that hold {@code state}. The layout is the same as before
     * the dialog was reshaped, so a session in flight during a deploy stays readable.
     */
    Map<String, Object> encode(DialogState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Key.V.name, VERSION);
        m.put(Key.PHASE.name, state.phase().name());
        m.put(Key.SIDE.name, state.side().name());
        m.put(Key.RIGHT.name, answers(state.answers().right()));
        m.put(Key.LEFT.name, answers(state.answers().left()));
        putIfPresent(m, Key.STRETCH, state.plan().stretch());
        m.put(Key.HOLD.name, state.plan().hold().seconds());
        m.put(Key.ROUND.name, state.plan().round());
        m.put(Key.ROUNDS.name, state.plan().rounds());
        m.put(Key.MORE.name, state.plan().more());
        putIfPresent(m, Key.RESUME, state.resume());
        putIfPresent(m, Key.ASIDE, state.aside());
        putIfPresent(m, Key.CONFIRM, state.confirming());
        if (state.reminding().isPresent()) {
            m.put(Key.REMIND_AT.name, state.reminding().get().at().toString());
            m.put(Key.REMIND_CHANGE.name, state.reminding().get().change());
            m.put(Key.REMIND_OFFERED.name, state.reminding().get().offered());
            m.put(Key.REMIND_KIND.name, state.reminding().get().kind().name());
        }
        m.put(Key.DISCLAIMED.name, state.disclaimed());
        m.put(Key.TURNS.name, state.talk().turns());
        m.put(Key.MISHEARD.name, state.talk().misheard());
        m.put(Key.PAIN.name, state.talk().painReports());
        m.put(Key.SAID.name, state.talk().lastSaid());
        // Written with no store too: the record holds a pause for the rest of the session.
        Memory memory = state.memory();
        {
            m.put(Key.STORE.name, memory.storage().name());
            m.put(Key.CONSENTED.name, memory.consented());
            m.put(Key.FROM_PLAN.name, memory.fromPlan());
            m.put(Key.FORGOTTEN.name, memory.forgotten());
            m.put(Key.ASKED.name, memory.asked());
            m.put(Key.ZONE.name, memory.zone().getId());
            m.put(Key.KEPT.name, record(memory.record()));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(ATTRIBUTE, m);
        return attributes;
    }

    private static void putIfPresent(Map<String, Object> m, Key key, Optional<? extends Enum<?>> value) {
        if (value.isPresent()) {
            m.put(key.name, value.get().name());
        }
    }

    /** Reads the state from session attributes; {@code null} attributes hold nothing. */
    Decoded decode(Map<String, Object> attributes) {
        if (attributes == null || !attributes.containsKey(ATTRIBUTE)) {
            return new Empty();
        }
        try {
            Map<?, ?> m = map(attributes.get(ATTRIBUTE), ATTRIBUTE);
            int version = integer(m, Key.V);
            if (version != VERSION) {
                return new Unreadable("state version " + version + ", expected " + VERSION);
            }
            return new Found(new DialogState(parse(Phase.class, m.get(Key.PHASE.name), Key.PHASE.name),
                    parse(Side.class, m.get(Key.SIDE.name), Key.SIDE.name),
                    new TestAnswers(sideAnswers(m, Key.RIGHT), sideAnswers(m, Key.LEFT)),
                    plan(m),
                    constant(m, Key.RESUME, Phase.class), constant(m, Key.ASIDE, Topic.class), bool(m, Key.DISCLAIMED),
                    new Talk(count(m, Key.TURNS), count(m, Key.MISHEARD), count(m, Key.PAIN), count(m, Key.SAID)),
                    memory(m), constant(m, Key.CONFIRM, Observation.class), reminding(m)));
        } catch (Damaged e) {
            return new Unreadable(e.getMessage());
        } catch (IllegalArgumentException e) {
            return new Unreadable("inconsistent state");
        }
    }

    /**
     * Reads the plan. A session written before rounds (no {@code rounds} key) did one hold a side,
     * its {@code round} counting the rounds offered after: it goes on as one round a side.
     */
    private static Plan plan(Map<?, ?> m) throws Damaged {
        Optional<Stretch> stretch = constant(m, Key.STRETCH, Stretch.class);
        Hold hold = hold(integer(m, Key.HOLD));
        int round = integer(m, Key.ROUND);
        if (!m.containsKey(Key.ROUNDS.name)) {
            if (round < 1) {
                throw new Damaged("round out of range");
            }
            return new Plan(stretch, hold, 1, 1, 0);
        }
        int rounds = integer(m, Key.ROUNDS);
        int more = integer(m, Key.MORE);
        if (!Plan.allowsRounds(rounds) || more < 0 || more > Plan.MAX_ROUNDS || !Plan.allowsRounds(round)) {
            throw new Damaged("rounds out of range");
        }
        return new Plan(stretch, hold, round, rounds, more);
    }

    /** Returns the practice record as the session keeps it. */
    private static Map<String, Object> record(PracticeRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> sides = new ArrayList<>(2);
        for (Side side : r.sides()) {
            sides.add(side.name());
        }
        m.put(Key.SIDES.name, sides);
        putIfPresent(m, Key.STRETCH, r.stretch());
        m.put(Key.HOLD.name, r.hold().seconds());
        m.put(Key.ROUNDS.name, r.rounds());
        r.latestTest().ifPresent(day -> m.put(Key.TESTED_ON.name, day.toString()));
        if (!r.earlierTests().isEmpty()) {
            m.put(Key.TESTED_BEFORE.name, days(r.earlierTests()));
        }
        m.put(Key.PRACTISED_ON.name, days(r.practisedOn()));
        r.pausedOn().ifPresent(day -> m.put(Key.PAUSED_ON.name, day.toString()));
        m.put(Key.UPDATED_AT.name, r.updatedAt().toString());
        return m;
    }

    /**
     * Reads what is known of the user. The clock is not kept: the adapter sets it on every
     * request ({@link DialogState#at}).
     */
    private static Memory memory(Map<?, ?> m) throws Damaged {
        Optional<Memory.Storage> storage = constant(m, Key.STORE, Memory.Storage.class);
        if (storage.isEmpty()) {
            return Memory.NONE;
        }
        return new Memory(storage.get(), bool(m, Key.CONSENTED), record(map(m.get(Key.KEPT.name), Key.KEPT.name)),
                bool(m, Key.FROM_PLAN), bool(m, Key.FORGOTTEN), bool(m, Key.ASKED), Instant.EPOCH, zone(m));
    }

    private static ZoneId zone(Map<?, ?> m) throws Damaged {
        if (m.get(Key.ZONE.name) instanceof String s && s.length() <= MAX_ZONE) {
            try {
                return ZoneId.of(s);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw new Damaged(Key.ZONE.name + " is not a time zone");
    }

    private static PracticeRecord record(Map<?, ?> m) throws Damaged {
        if (!(m.get(Key.SIDES.name) instanceof List<?> sideList) || sideList.size() > Side.values().length) {
            throw new Damaged(Key.SIDES.name + " is not a list of sides");
        }
        List<Side> sides = new ArrayList<>(2);
        for (Object side : sideList) {
            sides.add(parse(Side.class, side, Key.SIDES.name));
        }
        List<LocalDate> days = days(m.get(Key.PRACTISED_ON.name), Key.PRACTISED_ON);
        int rounds = integer(m, Key.ROUNDS);
        if (rounds < 1 || rounds > PracticeRecord.MAX_ROUNDS) {
            throw new Damaged("rounds out of range");
        }
        List<LocalDate> tested = new ArrayList<>();
        if (m.containsKey(Key.TESTED_BEFORE.name)) {
            if (!m.containsKey(Key.TESTED_ON.name)) {
                throw new Damaged(Key.TESTED_BEFORE.name + " without " + Key.TESTED_ON.name);
            }
            tested.addAll(days(m.get(Key.TESTED_BEFORE.name), Key.TESTED_BEFORE));
        }
        if (m.containsKey(Key.TESTED_ON.name)) {
            tested.add(day(m.get(Key.TESTED_ON.name), Key.TESTED_ON));
        }
        Optional<LocalDate> paused = m.containsKey(Key.PAUSED_ON.name)
                ? Optional.of(day(m.get(Key.PAUSED_ON.name), Key.PAUSED_ON)) : Optional.empty();
        return new PracticeRecord(sides, constant(m, Key.STRETCH, Stretch.class), hold(integer(m, Key.HOLD)), rounds,
                tested, days, paused, instant(m.get(Key.UPDATED_AT.name)));
    }

    private static List<String> days(List<LocalDate> days) {
        List<String> texts = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            texts.add(day.toString());
        }
        return texts;
    }

    private static List<LocalDate> days(Object value, Key key) throws Damaged {
        if (!(value instanceof List<?> list) || list.size() > PracticeRecord.PRACTICE_DAYS) {
            throw new Damaged(key.name + " is not a list of days");
        }
        List<LocalDate> days = new ArrayList<>(list.size());
        for (Object day : list) {
            days.add(day(day, key));
        }
        return days;
    }

    private static LocalDate day(Object value, Key key) throws Damaged {
        if (value instanceof String s && s.length() <= MAX_STRING) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new Damaged(key.name + " holds something that is not a day");
    }

    private static Instant instant(Object value) throws Damaged {
        if (value instanceof String s && s.length() <= MAX_STRING) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new Damaged(Key.UPDATED_AT.name + " is not a time");
    }

    private static Map<String, Object> answers(SideAnswers answers) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Question q : Question.values()) {
            answers.get(q).ifPresent(a -> m.put(q.name(), a.name()));
        }
        return m;
    }

    private static SideAnswers sideAnswers(Map<?, ?> state, Key key) throws Damaged {
        Map<?, ?> m = map(state.get(key.name), key.name);
        if (m.size() > Question.values().length) {
            throw new Damaged(key.name + " has too many answers");
        }
        SideAnswers answers = SideAnswers.none();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Question q = parse(Question.class, e.getKey(), key.name);
            Answer a = parse(Answer.class, e.getValue(), key.name);
            answers = answers.with(q, a);
        }
        return answers;
    }

    private static Hold hold(int seconds) throws Damaged {
        if (!Hold.isAllowed(seconds)) {
            throw new Damaged("hold out of range");
        }
        return new Hold(seconds);
    }

    private static Map<?, ?> map(Object value, String name) throws Damaged {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new Damaged(name + " is not an object");
    }

    private static int integer(Map<?, ?> m, Key key) throws Damaged {
        Object value = m.get(key.name);
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long n = ((Number) value).longValue();
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return (int) n;
            }
        }
        throw new Damaged(key.name + " is not a whole number");
    }

    /** Returns the reminder waiting for a yes, or empty when the session holds none. */
    private static Optional<ReminderAsk> reminding(Map<?, ?> m) throws Damaged {
        Object at = m.get(Key.REMIND_AT.name);
        if (at == null) {
            return Optional.empty();
        }
        if (!(at instanceof String text) || !text.matches("\\d{2}:\\d{2}")) {
            throw new Damaged(Key.REMIND_AT.name + " is not a time of day");
        }
        try {
            // A session written before movement breaks were offered asked about a stretch reminder.
            return Optional.of(new ReminderAsk(LocalTime.parse(text), bool(m, Key.REMIND_CHANGE),
                    bool(m, Key.REMIND_OFFERED), constant(m, Key.REMIND_KIND, ReminderAsk.Kind.class)
                            .orElse(ReminderAsk.Kind.STRETCH)));
        } catch (DateTimeParseException e) {
            throw new Damaged(Key.REMIND_AT.name + " is not a time of day");
        }
    }

    /** Returns a counter that a session written before it existed does not hold: absent reads as 0. */
    private static int count(Map<?, ?> m, Key key) throws Damaged {
        return m.containsKey(key.name) ? integer(m, key) : 0;
    }

    private static boolean bool(Map<?, ?> m, Key key) throws Damaged {
        if (m.get(key.name) instanceof Boolean b) {
            return b;
        }
        throw new Damaged(key.name + " is not true or false");
    }

    /** Returns the constant stored under {@code key}, or empty when the key is absent. */
    private static <E extends Enum<E>> Optional<E> constant(Map<?, ?> m, Key key, Class<E> type) throws Damaged {
        Object value = m.get(key.name);
        return value == null ? Optional.empty() : Optional.of(parse(type, value, key.name));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value, String where) throws Damaged {
        if (value instanceof String s && s.length() <= MAX_STRING) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(s)) {
                    return constant;
                }
            }
        }
        throw new Damaged(where + " has an unknown " + type.getSimpleName());
    }
}

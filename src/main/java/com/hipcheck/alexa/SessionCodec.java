package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that reads and writes the dialog state in Alexa's session attributes. The state
 * lives under one key, with a version; anything missing, mistyped, unknown or inconsistent is
 * reported as unreadable, never thrown.
 */
final class SessionCodec {
    /** The session attribute that holds Hip Check's state. */
    static final String ATTRIBUTE = "hipCheck";
    /** Bumped whenever the layout changes; an older layout is unreadable and restarts safely. */
    static final int VERSION = 1;
    /** No value of ours is longer; a longer one is not ours. */
    private static final int MAX_STRING = 32;

    /** The keys inside the state map. */
    enum Key {
        V("v"), PHASE("phase"), SIDE("side"), RIGHT("right"), LEFT("left"), STRETCH("stretch"), HOLD("hold"),
        ROUND("round"), RESUME("resume"), ASIDE("aside"), DISCLAIMED("disclaimed");

        final String name;

        Key(String name) {
            this.name = name;
        }
    }

    /** The outcome of reading a session: a state, or why there is none. */
    record Decoded(DialogState state, String problem) {
        static Decoded ok(DialogState state) {
            return new Decoded(state, null);
        }

        static Decoded unreadable(String problem) {
            return new Decoded(null, problem);
        }

        boolean isOk() {
            return state != null;
        }
    }

    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** Returns the session attributes that hold {@code state}. */
    Map<String, Object> encode(DialogState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Key.V.name, VERSION);
        m.put(Key.PHASE.name, state.phase().name());
        m.put(Key.SIDE.name, state.side().name());
        m.put(Key.RIGHT.name, answers(state.right()));
        m.put(Key.LEFT.name, answers(state.left()));
        if (state.stretch() != null) {
            m.put(Key.STRETCH.name, state.stretch().name());
        }
        m.put(Key.HOLD.name, state.hold().seconds());
        m.put(Key.ROUND.name, state.round());
        if (state.resumePhase() != null) {
            m.put(Key.RESUME.name, state.resumePhase().name());
        }
        if (state.aside() != null) {
            m.put(Key.ASIDE.name, state.aside().name());
        }
        m.put(Key.DISCLAIMED.name, state.disclaimed());
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(ATTRIBUTE, m);
        return attributes;
    }

    /** Reads the state from session attributes; {@code null} or foreign attributes are unreadable. */
    Decoded decode(Map<String, Object> attributes) {
        if (attributes == null || !attributes.containsKey(ATTRIBUTE)) {
            return Decoded.unreadable("no state in session");
        }
        try {
            Map<?, ?> m = map(attributes.get(ATTRIBUTE), ATTRIBUTE);
            int version = integer(m, Key.V);
            if (version != VERSION) {
                return Decoded.unreadable("state version " + version + ", expected " + VERSION);
            }
            return Decoded.ok(new DialogState(
                    constant(m, Key.PHASE, Phase.class, true),
                    constant(m, Key.SIDE, Side.class, true),
                    sideAnswers(m, Key.RIGHT),
                    sideAnswers(m, Key.LEFT),
                    constant(m, Key.STRETCH, Stretch.class, false),
                    hold(integer(m, Key.HOLD)),
                    integer(m, Key.ROUND),
                    constant(m, Key.RESUME, Phase.class, false),
                    constant(m, Key.ASIDE, Topic.class, false),
                    bool(m, Key.DISCLAIMED)));
        } catch (Unreadable e) {
            return Decoded.unreadable(e.getMessage());
        } catch (IllegalArgumentException e) {
            return Decoded.unreadable("inconsistent state");
        }
    }

    /** Returns the phase recorded in a request's session, for log lines, or null when there is none to read. */
    static String phaseOf(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return null;
        }
        Decoded decoded = new SessionCodec().decode(input.getAttributesManager().getSessionAttributes());
        return decoded.isOk() ? decoded.state().phase().name() : null;
    }

    private static Map<String, Object> answers(SideAnswers answers) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Question q : Question.values()) {
            answers.get(q).ifPresent(a -> m.put(q.name(), a.name()));
        }
        return m;
    }

    private static SideAnswers sideAnswers(Map<?, ?> state, Key key) throws Unreadable {
        Map<?, ?> m = map(state.get(key.name), key.name);
        if (m.size() > Question.values().length) {
            throw new Unreadable(key.name + " has too many answers");
        }
        SideAnswers answers = SideAnswers.none();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Question q = parse(Question.class, e.getKey(), key.name);
            Answer a = parse(Answer.class, e.getValue(), key.name);
            answers = answers.with(q, a);
        }
        return answers;
    }

    private static Hold hold(int seconds) throws Unreadable {
        if (!Hold.isAllowed(seconds)) {
            throw new Unreadable("hold out of range");
        }
        return new Hold(seconds);
    }

    private static Map<?, ?> map(Object value, String name) throws Unreadable {
        if (value instanceof Map<?, ?> m) {
            return m;
        }
        throw new Unreadable(name + " is not an object");
    }

    private static int integer(Map<?, ?> m, Key key) throws Unreadable {
        Object value = m.get(key.name);
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long n = ((Number) value).longValue();
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return (int) n;
            }
        }
        throw new Unreadable(key.name + " is not a whole number");
    }

    private static boolean bool(Map<?, ?> m, Key key) throws Unreadable {
        if (m.get(key.name) instanceof Boolean b) {
            return b;
        }
        throw new Unreadable(key.name + " is not true or false");
    }

    private static <E extends Enum<E>> E constant(Map<?, ?> m, Key key, Class<E> type, boolean required)
            throws Unreadable {
        Object value = m.get(key.name);
        if (value == null && !required) {
            return null;
        }
        return parse(type, value, key.name);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value, String where) throws Unreadable {
        if (value instanceof String s && s.length() <= MAX_STRING) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(s)) {
                    return constant;
                }
            }
        }
        throw new Unreadable(where + " has an unknown " + type.getSimpleName());
    }
}

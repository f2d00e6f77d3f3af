package com.hipcheck.alexa;

import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Stretch;
import java.util.List;
import java.util.Optional;

/**
 * What a button sends when touched, and back: {@code SendEvent} arguments {@code [kind, value,
 * screen id]}, where kind and value name the spoken event the touch means ({@code word YES},
 * {@code command STOP}, {@code stretch EDGE_OF_TABLE}, {@code hurt ANYWHERE}).
 */
final class Touches {
    /**
     * The value of "it hurts", no part named. Not empty: the SDK's serializer leaves empty strings
     * out of a response, and the document would then send no value at all.
     */
    static final String HURT_ANYWHERE = "ANYWHERE";

    private Touches() {}

    /** Returns the kind and value a button for {@code event} sends. */
    static String[] arguments(UserEvent event) {
        if (event instanceof UserEvent.Word word) {
            return new String[] {"word", word.name()};
        }
        if (event instanceof UserEvent.Command command) {
            return new String[] {"command", command.name()};
        }
        if (event instanceof UserEvent.ChoseStretch chose && chose.stretch().isPresent()) {
            return new String[] {"stretch", chose.stretch().get().name()};
        }
        if (event instanceof UserEvent.Hurt hurt && hurt.where().isEmpty() && !hurt.redFlag()) {
            return new String[] {"hurt", HURT_ANYWHERE};
        }
        throw new IllegalArgumentException("no button sends " + event);
    }

    /** Returns the touch that {@code arguments} describe, or empty when they name no event a button sends. */
    static Optional<UserEvent.Touched> read(List<Object> arguments) {
        if (arguments == null || arguments.size() != 3) {
            return Optional.empty();
        }
        if (!(arguments.get(0) instanceof String kind && arguments.get(1) instanceof String value
                && arguments.get(2) instanceof String screenId)) {
            return Optional.empty();
        }
        Optional<UserEvent> event = switch (kind) {
            case "word" -> constant(UserEvent.Word.class, value).map(UserEvent.class::cast);
            case "command" -> constant(UserEvent.Command.class, value).map(UserEvent.class::cast);
            case "stretch" -> constant(Stretch.class, value)
                    .map(s -> (UserEvent) new UserEvent.ChoseStretch(Optional.of(s), false));
            case "hurt" -> value.equals(HURT_ANYWHERE) ? Optional.of(new UserEvent.Hurt(Optional.empty(), false))
                    : Optional.empty();
            default -> Optional.empty();
        };
        // A button only ever sends the events below; anything else did not come from our screens.
        if (event.isEmpty() || event.get() == UserEvent.Command.FALLBACK) {
            return Optional.empty();
        }
        return Optional.of(new UserEvent.Touched(screenId, event.get()));
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

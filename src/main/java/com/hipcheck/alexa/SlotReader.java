package com.hipcheck.alexa;

import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads slot values defensively: a missing slot, an unresolved value or an id the code does not
 * know all come back empty rather than as an exception.
 */
final class SlotReader {
    /** Longer numbers than this are not a hold length anyone meant. */
    private static final int MAX_NUMBER_DIGITS = 4;
    /** Longer words than this for one slot are not a description of a leg. */
    private static final int MAX_WORDS_CHARS = 120;
    /** How much of one slot's words the reading order looks at: far more than anyone says. */
    private static final int MAX_READ_CHARS = 500;

    private SlotReader() {}

    /**
     * Returns the enum constant named by the slot's resolved value id, when entity resolution
     * matched a value of the catalogue.
     */
    static <E extends Enum<E>> Optional<E> resolvedId(Intent intent, SlotName name, Class<E> type) {
        return slot(intent, name).flatMap(SlotReader::matchedId).flatMap(id -> constant(type, id));
    }

    /** Returns the slot's value as Alexa sent it (a built-in type's, such as {@code AMAZON.TIME}'s "19:00"), or null. */
    static String value(Intent intent, SlotName name) {
        return slot(intent, name).map(Slot::getValue).filter(v -> v.length() <= MAX_WORDS_CHARS).orElse(null);
    }

    /** Returns whether the slot matched the catalogue value with {@code id}. */
    static boolean matches(Intent intent, SlotName name, String id) {
        return slot(intent, name).flatMap(SlotReader::matchedId).filter(id::equals).isPresent();
    }

    /**
     * Returns the words the user said for the slot when entity resolution matched none of the
     * catalogue's values (Alexa's ER_SUCCESS_NO_MATCH), so they can still be read; empty when the
     * slot is missing, matched, or holds more than anyone says for it.
     */
    static Optional<String> unmatchedWords(Intent intent, SlotName name) {
        Optional<Slot> slot = slot(intent, name);
        if (slot.isEmpty() || matchedId(slot.get()).isPresent()) {
            return Optional.empty();
        }
        String value = slot.get().getValue();
        return value == null || value.isBlank() || value.length() > MAX_WORDS_CHARS ? Optional.empty()
                : Optional.of(value);
    }

    /**
     * Returns the words heard in every slot of {@code intent}, matched or not, for the reading
     * order to look at; a value longer than anyone says is cut short there rather than left out,
     * so a red flag said first in it still counts.
     */
    static List<String> allWords(Intent intent) {
        Map<String, Slot> slots = intent.getSlots();
        if (slots == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>(slots.size());
        for (Slot slot : slots.values()) {
            String value = slot == null ? null : slot.getValue();
            if (value != null && !value.isBlank()) {
                words.add(value.length() <= MAX_READ_CHARS ? value : value.substring(0, MAX_READ_CHARS));
            }
        }
        return words;
    }

    /** Returns the slot's number, when it holds a whole number of at most four digits. */
    static OptionalInt number(Intent intent, SlotName name) {
        return slot(intent, name).map(Slot::getValue).map(SlotReader::digits).orElse(OptionalInt.empty());
    }

    /**
     * Returns the number a catalogue value stands for, its id (a hold said as "half a minute" is
     * the HOLD_LENGTH value with id 30); empty when the slot is missing or matched nothing.
     */
    static OptionalInt numberedId(Intent intent, SlotName name) {
        return slot(intent, name).flatMap(SlotReader::matchedId).map(SlotReader::digits).orElse(OptionalInt.empty());
    }

    /** Returns the whole number written in {@code text} as digits, or empty for anything else. */
    private static OptionalInt digits(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > MAX_NUMBER_DIGITS) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i)) || digits.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    private static Optional<Slot> slot(Intent intent, SlotName name) {
        Map<String, Slot> slots = intent.getSlots();
        return slots == null ? Optional.empty() : Optional.ofNullable(slots.get(name.modelName()));
    }

    private static Optional<String> matchedId(Slot slot) {
        if (slot.getResolutions() == null || slot.getResolutions().getResolutionsPerAuthority() == null) {
            return Optional.empty();
        }
        for (Resolution resolution : slot.getResolutions().getResolutionsPerAuthority()) {
            boolean matched = resolution != null && resolution.getStatus() != null
                    && resolution.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH;
            if (matched && resolution.getValues() != null) {
                for (ValueWrapper wrapper : resolution.getValues()) {
                    if (wrapper != null && wrapper.getValue() != null && wrapper.getValue().getId() != null) {
                        return Optional.of(wrapper.getValue().getId());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}

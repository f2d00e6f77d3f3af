package com.hipcheck.aws;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a practice record into a DynamoDB item and back; the item design is described on
 * {@link DynamoDbPracticeStore}. Reading never throws: an item it cannot read is no record.
 */
final class Items {
    static final String USER = "user";
    static final String SK = "sk";
    static final String VERSION = "v";
    static final String SIDES = "sides";
    static final String STRETCH = "stretch";
    static final String HOLD_SECONDS = "holdSeconds";
    static final String ROUNDS = "rounds";
    static final String TESTED_ON = "testedOn";
    static final String TESTED_BEFORE = "testedBefore";
    static final String PRACTISED_ON = "practisedOn";
    static final String PAUSED_ON = "pausedOn";
    static final String UPDATED_AT = "updatedAt";
    static final String EXPIRES_AT = "expiresAt";

    /** Every attribute an item may hold (published as {@link DynamoDbPracticeStore#ATTRIBUTES}). */
    static final Set<String> ATTRIBUTES = Set.of(USER, SK, VERSION, SIDES, STRETCH, HOLD_SECONDS, ROUNDS, TESTED_ON,
            TESTED_BEFORE, PRACTISED_ON, PAUSED_ON, UPDATED_AT, EXPIRES_AT);

    /** The sort key of the account's own record; a person's is {@code plan#<personId>}. */
    static final String PLAN = "plan";
    private static final String PERSON_PREFIX = PLAN + "#";
    private static final String FORMAT_VERSION = "2";

    private Items() {}

    /** Returns the sort key of {@code who}'s record. */
    static String sortKey(Owner who) {
        return who.personId().isPresent() ? PERSON_PREFIX + who.personId().get() : PLAN;
    }

    /** Returns whether {@code sortKey} names a practice record, anyone's; anything else is from the old layout. */
    static boolean isPlan(String sortKey) {
        return sortKey.equals(PLAN) || sortKey.startsWith(PERSON_PREFIX);
    }

    /** Returns the key of {@code who}'s record. */
    static Map<String, AttributeValue> key(Owner who) {
        return key(who.userId(), sortKey(who));
    }

    /** Returns the key of one item. */
    static Map<String, AttributeValue> key(String user, String sortKey) {
        return Map.of(USER, s(user), SK, s(sortKey));
    }

    /** Returns the item of {@code who}'s record. */
    static Map<String, AttributeValue> item(Owner who, PracticeRecord r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(USER, s(who.userId()));
        item.put(SK, s(sortKey(who)));
        item.put(VERSION, n(FORMAT_VERSION));
        List<AttributeValue> sides = new ArrayList<>(2);
        for (Side side : r.sides()) {
            sides.add(s(side.name()));
        }
        item.put(SIDES, AttributeValue.fromL(sides));
        r.stretch().ifPresent(stretch -> item.put(STRETCH, s(stretch.name())));
        item.put(HOLD_SECONDS, n(Integer.toString(r.hold().seconds())));
        item.put(ROUNDS, n(Integer.toString(r.rounds())));
        r.latestTest().ifPresent(day -> item.put(TESTED_ON, s(day.toString())));
        // The latest test on its own, as items held it before the earlier ones were kept.
        if (!r.earlierTests().isEmpty()) {
            item.put(TESTED_BEFORE, days(r.earlierTests()));
        }
        item.put(PRACTISED_ON, days(r.practisedOn()));
        r.pausedOn().ifPresent(day -> item.put(PAUSED_ON, s(day.toString())));
        item.put(UPDATED_AT, s(r.updatedAt().toString()));
        item.put(EXPIRES_AT, n(Long.toString(r.expiresAt().getEpochSecond())));
        return item;
    }

    /** Returns the record an item holds, or empty when it is not one this version can read. */
    static Optional<PracticeRecord> read(Map<String, AttributeValue> item) {
        try {
            if (!FORMAT_VERSION.equals(number(item, VERSION))) {
                return Optional.empty();
            }
            List<Side> sides = new ArrayList<>(2);
            for (AttributeValue v : list(item, SIDES)) {
                sides.add(Side.valueOf(v.s()));
            }
            List<LocalDate> tested = item.containsKey(TESTED_BEFORE) ? days(item, TESTED_BEFORE) : new ArrayList<>();
            day(item, TESTED_ON).ifPresent(tested::add);
            Optional<Stretch> stretch = item.containsKey(STRETCH)
                    ? Optional.of(Stretch.valueOf(string(item, STRETCH))) : Optional.empty();
            return Optional.of(new PracticeRecord(sides, stretch, new Hold(Integer.parseInt(number(item, HOLD_SECONDS))),
                    Integer.parseInt(number(item, ROUNDS)), tested, days(item, PRACTISED_ON), day(item, PAUSED_ON),
                    Instant.parse(string(item, UPDATED_AT))));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            // Damaged or written by something else: no record, and the next keep replaces it.
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Optional.of(LocalDate.parse(string(item, name))) : Optional.empty();
    }

    private static List<LocalDate> days(Map<String, AttributeValue> item, String name) {
        List<LocalDate> days = new ArrayList<>();
        for (AttributeValue v : list(item, name)) {
            days.add(LocalDate.parse(v.s()));
        }
        return days;
    }

    private static AttributeValue days(List<LocalDate> days) {
        List<AttributeValue> values = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            values.add(s(day.toString()));
        }
        return AttributeValue.fromL(values);
    }

    private static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || !v.hasL()) {
            throw new IllegalArgumentException(name + " is not a list");
        }
        return v.l();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.s() == null) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return v.s();
    }

    private static String number(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.n() == null) {
            throw new IllegalArgumentException(name + " is not a number");
        }
        return v.n();
    }
}

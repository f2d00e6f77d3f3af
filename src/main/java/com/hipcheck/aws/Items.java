package com.hipcheck.aws;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns results and an unfinished test into DynamoDB items and back; the item design is described
 * on {@link DynamoDbHistoryStore}. Reading never throws: an item it cannot read is skipped.
 */
final class Items {
    static final String USER = "user";
    static final String SK = "sk";
    static final String VERSION = "v";
    static final String RIGHT = "right";
    static final String LEFT = "left";
    static final String RIGHT_OUTCOME = "rightOutcome";
    static final String LEFT_OUTCOME = "leftOutcome";
    static final String STRETCH = "stretch";
    static final String HOLD = "hold";
    static final String SAVED_AT = "savedAt";
    static final String EXPIRES_AT = "expiresAt";

    /** The sort key of the unfinished test; above every result's, so it comes first descending. */
    static final String PLACE_KEY = "unfinished";
    static final String RESULT_PREFIX = "result#";

    private static final String FORMAT_VERSION = "1";
    private static final char UNANSWERED = '-';
    /** Fixed width (nanoseconds always written), so sort keys order as instants do. */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Items() {}

    /** Returns an instant as sort keys and savedAt hold it: fixed width, so strings compare as instants. */
    static String instant(Instant at) {
        return INSTANT.format(at);
    }

    /** Returns the sort key of the result taken at {@code takenAt}. */
    static String resultKey(Instant takenAt) {
        return RESULT_PREFIX + instant(takenAt);
    }

    /** Returns the key of one item. */
    static Map<String, AttributeValue> key(String user, String sortKey) {
        return Map.of(USER, s(user), SK, s(sortKey));
    }

    /** Returns the item of one result. */
    static Map<String, AttributeValue> result(String user, TestRecord result) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(USER, s(user));
        item.put(SK, s(resultKey(result.takenAt())));
        item.put(VERSION, n(FORMAT_VERSION));
        item.put(RIGHT, s(code(result.answers().right())));
        item.put(LEFT, s(code(result.answers().left())));
        item.put(RIGHT_OUTCOME, s(result.verdict(Side.RIGHT).outcome().name()));
        item.put(LEFT_OUTCOME, s(result.verdict(Side.LEFT).outcome().name()));
        result.stretch().ifPresent(stretch -> item.put(STRETCH, s(stretch.name())));
        item.put(HOLD, n(Integer.toString(result.hold().seconds())));
        item.put(EXPIRES_AT, n(Long.toString(result.expiresAt().getEpochSecond())));
        return item;
    }

    /** Returns the item of the unfinished test. */
    static Map<String, AttributeValue> place(String user, UnfinishedTest place) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(USER, s(user));
        item.put(SK, s(PLACE_KEY));
        item.put(VERSION, n(FORMAT_VERSION));
        item.put(SAVED_AT, s(instant(place.savedAt())));
        item.put(RIGHT, s(code(place.answers().right())));
        item.put(LEFT, s(code(place.answers().left())));
        item.put(EXPIRES_AT, n(Long.toString(place.expiresAt().getEpochSecond())));
        return item;
    }

    /**
     * Returns the history in the items of one partition, read newest first: the unfinished test
     * and at most {@link HistoryStore#RESULTS_LOADED} results. Items that cannot be read are left out.
     */
    static History history(List<Map<String, AttributeValue>> items) {
        List<TestRecord> results = new ArrayList<>();
        Optional<UnfinishedTest> place = Optional.empty();
        for (Map<String, AttributeValue> item : items) {
            String sortKey = string(item, SK);
            if (sortKey == null) {
                continue;
            }
            if (sortKey.equals(PLACE_KEY)) {
                place = place.or(() -> readPlace(item));
            } else if (sortKey.startsWith(RESULT_PREFIX) && results.size() < HistoryStore.RESULTS_LOADED) {
                readResult(item).ifPresent(results::add);
            }
        }
        return new History(results, place);
    }

    /** Returns the result in {@code item}, or empty when it is not a readable result. */
    static Optional<TestRecord> readResult(Map<String, AttributeValue> item) {
        try {
            String sortKey = string(item, SK);
            if (sortKey == null || !sortKey.startsWith(RESULT_PREFIX)) {
                return Optional.empty();
            }
            Instant takenAt = Instant.parse(sortKey.substring(RESULT_PREFIX.length()));
            Optional<TestAnswers> answers = answers(item);
            String hold = number(item, HOLD);
            if (answers.isEmpty() || !answers.get().isComplete() || hold == null) {
                return Optional.empty();
            }
            String stretch = string(item, STRETCH);
            return Optional.of(new TestRecord(takenAt, answers.get(),
                    stretch == null ? Optional.empty() : Optional.of(Stretch.valueOf(stretch)),
                    new Hold(Integer.parseInt(hold))));
        } catch (RuntimeException malformed) {
            // A bad date, number, stretch or hold: an unreadable item is as good as none.
            return Optional.empty();
        }
    }

    /** Returns the unfinished test in {@code item}, or empty when it is not a readable one. */
    static Optional<UnfinishedTest> readPlace(Map<String, AttributeValue> item) {
        try {
            String savedAt = string(item, SAVED_AT);
            Optional<TestAnswers> answers = answers(item);
            if (savedAt == null || answers.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new UnfinishedTest(Instant.parse(savedAt), answers.get()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<TestAnswers> answers(Map<String, AttributeValue> item) {
        Optional<SideAnswers> right = side(string(item, RIGHT));
        Optional<SideAnswers> left = side(string(item, LEFT));
        return right.isPresent() && left.isPresent()
                ? Optional.of(new TestAnswers(right.get(), left.get()))
                : Optional.empty();
    }

    /** Returns one side's answers as one letter per question in asking order: Y, N, U or '-' for none. */
    static String code(SideAnswers answers) {
        Question[] questions = Question.values();
        char[] letters = new char[questions.length];
        for (int i = 0; i < questions.length; i++) {
            letters[i] = answers.get(questions[i]).map(Items::letter).orElse(UNANSWERED);
        }
        return new String(letters);
    }

    private static Optional<SideAnswers> side(String code) {
        Question[] questions = Question.values();
        if (code == null || code.length() != questions.length) {
            return Optional.empty();
        }
        SideAnswers answers = SideAnswers.none();
        for (int i = 0; i < questions.length; i++) {
            char c = code.charAt(i);
            if (c == UNANSWERED) {
                continue;
            }
            Optional<Answer> answer = answer(c);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            answers = answers.with(questions[i], answer.get());
        }
        return Optional.of(answers);
    }

    private static char letter(Answer answer) {
        return switch (answer) {
            case YES -> 'Y';
            case NO -> 'N';
            case UNSURE -> 'U';
        };
    }

    private static Optional<Answer> answer(char letter) {
        return switch (letter) {
            case 'Y' -> Optional.of(Answer.YES);
            case 'N' -> Optional.of(Answer.NO);
            case 'U' -> Optional.of(Answer.UNSURE);
            default -> Optional.empty();
        };
    }

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(String value) {
        return AttributeValue.builder().n(value).build();
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static String number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.n();
    }
}

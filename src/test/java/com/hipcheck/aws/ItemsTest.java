package com.hipcheck.aws;

import static com.hipcheck.aws.Items.n;
import static com.hipcheck.aws.Items.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A practice record as one DynamoDB item and back, without a table. */
class ItemsTest {
    private static final Owner WHO = Owner.account("amzn1.ask.account.items");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static PracticeRecord testedOn(List<LocalDate> days) {
        return new PracticeRecord(List.of(Side.RIGHT), Optional.of(Stretch.EDGE_OF_TABLE), Hold.DEFAULT, 3, days,
                List.of(DAY.minusDays(1)), Optional.empty(), T0);
    }

    @Test
    void theLatestTestIsTestedOnAndTheEarlierOnesTestedBefore() {
        PracticeRecord record = testedOn(List.of(DAY.minusDays(40), DAY.minusDays(19), DAY));

        Map<String, AttributeValue> item = Items.item(WHO, record);

        assertEquals("2026-12-01", item.get(Items.TESTED_ON).s());
        assertEquals(List.of("2026-10-22", "2026-11-12"),
                item.get(Items.TESTED_BEFORE).l().stream().map(AttributeValue::s).toList());
        assertEquals(Optional.of(record), Items.read(item));
    }

    @Test
    void anItemWithOneTestHasNoTestedBefore() {
        PracticeRecord record = testedOn(List.of(DAY));

        Map<String, AttributeValue> item = Items.item(WHO, record);

        assertFalse(item.containsKey(Items.TESTED_BEFORE));
        assertEquals(Optional.of(record), Items.read(item));
        assertFalse(Items.item(WHO, testedOn(List.of())).containsKey(Items.TESTED_ON));
    }

    /** An item written before the earlier tests were kept holds the latest test alone: it reads as that one test. */
    @Test
    void anItemFromBeforeTestedBeforeReadsAsItsOneTest() {
        Map<String, AttributeValue> old = new HashMap<>(Map.of("user", s(WHO.userId()), "sk", s("plan"),
                "v", n("2"), "sides", AttributeValue.fromL(List.of(s("RIGHT"))), "stretch", s("EDGE_OF_TABLE"),
                "holdSeconds", n("30"), "rounds", n("3"), "testedOn", s("2026-12-01"),
                "practisedOn", AttributeValue.fromL(List.of(s("2026-11-30")))));
        old.put("updatedAt", s("2026-12-01T00:00:00Z"));
        old.put("expiresAt", n("1827619200"));

        assertEquals(Optional.of(testedOn(List.of(DAY))), Items.read(old));
    }

    @Test
    void anItemWhoseTestedBeforeIsNotAListIsNoRecord() {
        Map<String, AttributeValue> item = new HashMap<>(Items.item(WHO, testedOn(List.of(DAY))));
        item.put(Items.TESTED_BEFORE, s("2026-11-10"));

        assertEquals(Optional.empty(), Items.read(item));
    }
}

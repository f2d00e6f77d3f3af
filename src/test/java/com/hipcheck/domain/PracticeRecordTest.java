package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The days a practice record keeps: tests and practice, oldest first, each once, the last 90. */
class PracticeRecordTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final PracticeRecord BLANK = PracticeRecord.blank(Instant.parse("2026-11-01T09:00:00Z"));

    @Test
    void aTestIsAddedAfterTheEarlierOnes() {
        PracticeRecord record = BLANK.tested(TODAY.minusDays(35), List.of(Side.RIGHT))
                .tested(TODAY.minusDays(14), List.of(Side.RIGHT, Side.LEFT))
                .tested(TODAY, List.of(Side.LEFT));

        assertEquals(List.of(TODAY.minusDays(35), TODAY.minusDays(14), TODAY), record.testedOn());
        assertEquals(Optional.of(TODAY), record.latestTest());
        assertEquals(List.of(TODAY.minusDays(35), TODAY.minusDays(14)), record.earlierTests());
        assertEquals(List.of(Side.LEFT), record.sides(), "the plan is the latest test's");
    }

    @Test
    void aSecondTestOnTheSameDayKeepsTheDayOnce() {
        PracticeRecord record = BLANK.tested(TODAY, List.of(Side.RIGHT)).tested(TODAY, List.of());

        assertEquals(List.of(TODAY), record.testedOn());
        assertEquals(List.of(), record.earlierTests());
        assertEquals(List.of(), record.sides());
    }

    @Test
    void aTestDropsTheTestsNinetyDaysOrMoreBeforeIt() {
        PracticeRecord record = BLANK.tested(TODAY.minusDays(PracticeRecord.PRACTICE_DAYS), List.of(Side.RIGHT))
                .tested(TODAY.minusDays(PracticeRecord.PRACTICE_DAYS - 1L), List.of(Side.RIGHT));
        assertEquals(2, record.testedOn().size());

        PracticeRecord later = record.tested(TODAY, List.of(Side.RIGHT));

        assertEquals(List.of(TODAY.minusDays(PracticeRecord.PRACTICE_DAYS - 1L), TODAY), later.testedOn());
    }

    @Test
    void testDaysAreKeptOldestFirstAndOnceWhateverOrderTheyCameIn() {
        PracticeRecord record = new PracticeRecord(List.of(Side.RIGHT), Optional.empty(), Hold.DEFAULT, 1,
                List.of(TODAY, TODAY.minusDays(21), TODAY, TODAY.minusDays(200)), List.of(), Optional.empty(),
                Instant.parse("2026-12-01T00:00:00Z"));

        assertEquals(List.of(TODAY.minusDays(21), TODAY), record.testedOn());
    }

    @Test
    void aRecordWithoutTestsHasNoLatestTest() {
        assertEquals(Optional.empty(), BLANK.latestTest());
        assertEquals(List.of(), BLANK.earlierTests());
        assertTrue(BLANK.isBlank());
    }

    @Test
    void theLastActiveDayIsTheLatestTestOrTheLatestPracticeWhicheverCameLater() {
        PracticeRecord tested = BLANK.tested(TODAY.minusDays(21), List.of(Side.RIGHT)).tested(TODAY.minusDays(3),
                List.of(Side.RIGHT));
        assertEquals(Optional.of(TODAY.minusDays(3)), tested.lastActive());
        assertEquals(Optional.of(TODAY.minusDays(3)), tested.practised(TODAY.minusDays(5)).lastActive());
        assertEquals(Optional.of(TODAY), tested.practised(TODAY).lastActive());
    }

    @Test
    void anotherTestDayMakesTheRecordDiffer() {
        PracticeRecord once = BLANK.tested(TODAY.minusDays(21), List.of(Side.RIGHT));

        assertTrue(once.tested(TODAY, List.of(Side.RIGHT)).differsFrom(once));
    }
}

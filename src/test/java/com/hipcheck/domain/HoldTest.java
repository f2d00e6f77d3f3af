package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HoldTest {

    @ParameterizedTest
    @ValueSource(ints = {20, 21, 25, 29, 30})
    void holdsFromTwentyToThirtySecondsAreAllowed(int seconds) {
        assertTrue(Hold.isAllowed(seconds));
        assertEquals(seconds, new Hold(seconds).seconds());
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MIN_VALUE, -30, 0, 1, 19, 31, 45, 300, Integer.MAX_VALUE + 20L, Long.MAX_VALUE})
    void holdsOutsideTwentyToThirtySecondsAreRefused(long seconds) {
        assertFalse(Hold.isAllowed(seconds));
        if (seconds >= Integer.MIN_VALUE && seconds <= Integer.MAX_VALUE) {
            assertThrows(IllegalArgumentException.class, () -> new Hold((int) seconds));
        }
    }

    @Test
    void theDefaultHoldIsThirtySeconds() {
        assertEquals(new Hold(30), Hold.DEFAULT);
    }

    @ParameterizedTest(name = "a {0}-second hold is cued at {1} seconds left")
    @CsvSource({
            "30, 20 10 5 4 3 2 1",
            "25, 20 10 5 4 3 2 1",
            "24, 10 5 4 3 2 1",
            "21, 10 5 4 3 2 1",
            "20, 10 5 4 3 2 1",
    })
    void cuesFallAtTwentyWhenItIsFiveSecondsAfterTheStartThenTenThenFiveToOne(int seconds, String marks) {
        List<Integer> expected = Arrays.stream(marks.split(" ")).map(Integer::valueOf).toList();

        assertEquals(expected, new Hold(seconds).cueMarks());
    }
}

package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Words are read for the question that was asked: question x what was said -> what is recorded. */
class DescriptionTest {

    @ParameterizedTest(name = "at {0}, \"{1}\" (matched as {2}, part named: {3}) records {4}")
    @CsvSource(delimiter = '|', textBlock = """
            THIGH_DROPS    | it stays down          | BACK_FLAT          |       | THIGH_DROPS
            THIGH_DROPS    | it's flat              | BACK_FLAT          |       | THIGH_DROPS
            THIGH_DROPS    | it's on the bed        | BACK_FLAT          |       | THIGH_DROPS
            THIGH_DROPS    | it's relaxed           | BACK_FLAT          |       | THIGH_DROPS
            THIGH_DROPS    | it lifts               | BACK_ARCHES        |       | THIGH_STAYS_UP
            THIGH_DROPS    | it stays up            | THIGH_STAYS_UP     |       | THIGH_STAYS_UP
            THIGH_DROPS    | it rests on the bed    | THIGH_DROPS        |       | THIGH_DROPS
            THIGH_DROPS    | it drifts out          | LEG_DRIFTS_OUT     |       | LEG_DRIFTS_OUT
            THIGH_DROPS    | my back arches         | BACK_ARCHES        | BACK  | BACK_ARCHES
            THIGH_DROPS    | my back is flat        | BACK_FLAT          | BACK  | BACK_FLAT
            THIGH_DROPS    | my leg stays up        | THIGH_STAYS_UP     | LEG   | THIGH_STAYS_UP
            THIGH_DROPS    | my thigh is flat       | BACK_FLAT          | THIGH | THIGH_DROPS
            LEG_DRIFTS_OUT | it drifts out          | LEG_DRIFTS_OUT     |       | LEG_DRIFTS_OUT
            LEG_DRIFTS_OUT | it stays in line       | LEG_STAYS_STRAIGHT |       | LEG_STAYS_STRAIGHT
            LEG_DRIFTS_OUT | my knee falls out      | LEG_DRIFTS_OUT     | LEG   | LEG_DRIFTS_OUT
            LEG_DRIFTS_OUT | it stays up            | THIGH_STAYS_UP     |       | THIGH_STAYS_UP
            LEG_DRIFTS_OUT | it's flat              | BACK_FLAT          |       | BACK_FLAT
            BACK_ARCHES    | it stays up            | THIGH_STAYS_UP     |       | BACK_ARCHES
            BACK_ARCHES    | it drops               | THIGH_DROPS        |       | BACK_FLAT
            BACK_ARCHES    | it's flat              | BACK_FLAT          |       | BACK_FLAT
            BACK_ARCHES    | there's a gap under it | BACK_ARCHES        |       | BACK_ARCHES
            BACK_ARCHES    | it stays down          | BACK_FLAT          |       | BACK_FLAT
            BACK_ARCHES    | my thigh stays up      | THIGH_STAYS_UP     | THIGH | THIGH_STAYS_UP
            BACK_ARCHES    | my leg drifts          | LEG_DRIFTS_OUT     | LEG   | LEG_DRIFTS_OUT
            BACK_ARCHES    | my back drifts         | LEG_DRIFTS_OUT     | BACK  | LEG_DRIFTS_OUT
            """)
    void wordsAreReadForTheQuestionAsked(Question pending, String said, Observation words, Region named,
            Observation recorded) {
        assertEquals(recorded, new Description(words, Optional.ofNullable(named)).readFor(pending), said);
    }

    @ParameterizedTest
    @EnumSource(Observation.class)
    void wordsAtTheirOwnQuestionMeanWhatTheySay(Observation words) {
        assertEquals(words, Description.unnamed(words).readFor(words.question()));
    }
}

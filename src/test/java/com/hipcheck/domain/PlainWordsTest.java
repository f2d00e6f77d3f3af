package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Words the catalogue does not know, read for direction and negation, then for the question asked. */
class PlainWordsTest {

    @ParameterizedTest(name = "at {0}, \"{1}\" records {2}")
    @CsvSource(delimiter = '|', textBlock = """
            THIGH_DROPS    | doesn't really go down     | THIGH_STAYS_UP
            THIGH_DROPS    | kind of floats             | THIGH_STAYS_UP
            THIGH_DROPS    | stays up in the air        | THIGH_STAYS_UP
            THIGH_DROPS    | not all the way down       | THIGH_STAYS_UP
            THIGH_DROPS    | only halfway down          | THIGH_STAYS_UP
            THIGH_DROPS    | almost touches the bed     | THIGH_STAYS_UP
            THIGH_DROPS    | sinks right down           | THIGH_DROPS
            THIGH_DROPS    | is resting on the mattress | THIGH_DROPS
            THIGH_DROPS    | is not flat                | THIGH_STAYS_UP
            LEG_DRIFTS_OUT | wanders off sideways       | LEG_DRIFTS_OUT
            LEG_DRIFTS_OUT | doesn't go out            | LEG_STAYS_STRAIGHT
            LEG_DRIFTS_OUT | keeps still                | LEG_STAYS_STRAIGHT
            BACK_ARCHES    | is not flat                | BACK_ARCHES
            BACK_ARCHES    | has a little gap           | BACK_ARCHES
            BACK_ARCHES    | doesn't lift               | BACK_FLAT
            BACK_ARCHES    | curves a bit               | BACK_ARCHES
            BACK_ARCHES    | sinks into the mattress    | BACK_FLAT
            THIGH_DROPS    | is off the bed             | THIGH_STAYS_UP
            THIGH_DROPS    | is above the bed           | THIGH_STAYS_UP
            THIGH_DROPS    | like an inch off the bed   | THIGH_STAYS_UP
            THIGH_DROPS    | there's a gap under it     | THIGH_STAYS_UP
            THIGH_DROPS    | has space under it         | THIGH_STAYS_UP
            THIGH_DROPS    | is hovering                | THIGH_STAYS_UP
            THIGH_DROPS    | is not touching the bed    | THIGH_STAYS_UP
            THIGH_DROPS    | is sticking up             | THIGH_STAYS_UP
            THIGH_DROPS    | won't go flat              | THIGH_STAYS_UP
            THIGH_DROPS    | doesn't reach the mattress | THIGH_STAYS_UP
            THIGH_DROPS    | falls short of the bed     | THIGH_STAYS_UP
            BACK_ARCHES    | is off the mattress        | BACK_ARCHES
            BACK_ARCHES    | there's space under it     | BACK_ARCHES
            BACK_ARCHES    | won't go flat              | BACK_ARCHES
            BACK_ARCHES    | is not touching the bed    | BACK_ARCHES
            LEG_DRIFTS_OUT | flops out to the side      | LEG_DRIFTS_OUT
            LEG_DRIFTS_OUT | leans out a bit            | LEG_DRIFTS_OUT
            """)
    void unknownWordsAreReadForTheQuestionAsked(Question pending, String words, Observation recorded) {
        Observation read = PlainWords.read(words).orElseThrow(() -> new AssertionError("nothing read in " + words));
        assertEquals(recorded, Description.unnamed(read).readFor(pending), words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"purple", "wiggles", "", "is weird", "feels funny", "is on the bed", "is on the mattress",
            "is hanging down", "is hanging over the edge", "is off the edge", "i'm lying on the bed",
            "goes down but then up again"})
    void wordsWithNoDirectionAreNotGuessed(String words) {
        assertEquals(Optional.empty(), PlainWords.read(words));
    }
}

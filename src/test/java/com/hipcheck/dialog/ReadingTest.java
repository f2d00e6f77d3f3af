package com.hipcheck.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Topic;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading order: a red flag, then pain, then a question, and only then what the intent means. */
class ReadingTest {
    private static final UserEvent ANSWER = new UserEvent.Described(
            List.of(Description.unnamed(Observation.THIGH_DROPS)), false);

    @ParameterizedTest
    @ValueSource(strings = {"it's shooting down my leg", "pins and needles down my leg", "my toes are tingling",
            "my foot feels numb", "my leg fell asleep", "my leg feels dead", "burning down my leg",
            "i can't move my leg", "i have sciatica", "a shooting pain down the back of my leg",
            "it hurts all the way down my leg", "i can't feel my foot", "my leg is weak"})
    void aRedFlagInsideADescriptionIsARedFlag(String words) {
        assertEquals(new UserEvent.Hurt(Optional.empty(), true), Reading.of(ANSWER, List.of(words)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ouch my back                          | BACK
            that's killing my back                | BACK
            it's pinching my back                 | BACK
            ow my back hurts when i pull my knee in | BACK
            my knee hurts when i hug it           | KNEE
            it still hurts a little               |
            my hip is sore                        | HIP
            """)
    void painInsideADescriptionIsPain(String words, BodyPart where) {
        assertEquals(new UserEvent.Hurt(Optional.ofNullable(where), false), Reading.of(ANSWER, List.of(words)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it doesn't hurt", "no pain", "it stopped hurting", "it's not sore at all",
            "no tingling", "it's not numb"})
    void deniedSymptomsAreNotSymptoms(String words) {
        assertEquals(ANSWER, Reading.of(ANSWER, List.of(words)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            why does my back arch                     | SIGNS
            what does the leg drifting mean           | SIGNS
            does it matter if it stays up             | SIGNS
            is it bad that my thigh is off the bed    | SIGNS
            how long does this take                   | TEST_LENGTH
            can sitting do this                       | SITTING
            should i do this every day                | EVERY_DAY
            how do i know if my hips cause it         | HOW_TO_KNOW
            what's the safest way                     | SAFEST
            so what should i do instead               | INSTEAD
            what else can i do for my back            | INSTEAD
            what should i do instead of stretching    | INSTEAD
            """)
    void aQuestionInsideADescriptionIsAQuestion(String words, Topic topic) {
        assertEquals(new UserEvent.Asked(topic), Reading.of(ANSWER, List.of(words)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what's for dinner", "who are you"})
    void aQuestionHipCheckCannotPlaceGetsHelp(String words) {
        assertEquals(UserEvent.Command.HELP, Reading.of(ANSWER, List.of(words)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"is flat", "is off the bed", "doesn't drop", "is up in the air", "stays up",
            "is arched", "the one on the bed", "whichever"})
    void answersStayAnswers(String words) {
        assertEquals(ANSWER, Reading.of(ANSWER, List.of(words)));
    }

    @org.junit.jupiter.api.Test
    void aRedFlagComesBeforePainAndPainBeforeAQuestion() {
        UserEvent pain = new UserEvent.Hurt(Optional.of(BodyPart.BACK), false);
        assertEquals(new UserEvent.Hurt(Optional.empty(), true), Reading.of(pain, List.of("tingling in my foot")));
        assertEquals(new UserEvent.Hurt(Optional.of(BodyPart.KNEE), false),
                Reading.of(new UserEvent.Asked(Topic.SAFEST), List.of("why does my knee hurt")));
        assertEquals(pain, Reading.of(pain, List.of("back")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            19:00 | 19:00
            07:30 | 07:30
            08:00 | 08:00
            EV    | 19:00
            MO    | 08:00
            AF    | 14:00
            NI    | 21:00
            none  | none
            ''    | none
            ?     | none
            25:00 | none
            7 pm  | none
            XX    | none
            """)
    void aReminderTimeIsAlexasTimeOrAPartOfTheDay(String amazonTime, String expected) {
        assertEquals(Optional.ofNullable(expected).map(LocalTime::parse), Reading.reminderTime(amazonTime));
    }
}

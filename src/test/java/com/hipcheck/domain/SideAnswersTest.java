package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SideAnswersTest {
    private static final Answer A = Answer.NO;

    static Stream<Arguments> nextAndLast() {
        SideAnswers none = SideAnswers.none();
        return Stream.of(
                Arguments.of("nothing", none, Question.THIGH_DROPS, null),
                Arguments.of("thigh", none.with(Question.THIGH_DROPS, A), Question.LEG_DRIFTS_OUT, Question.THIGH_DROPS),
                Arguments.of("thigh, drift", none.with(Question.THIGH_DROPS, A).with(Question.LEG_DRIFTS_OUT, A),
                        Question.BACK_ARCHES, Question.LEG_DRIFTS_OUT),
                Arguments.of("drift only", none.with(Question.LEG_DRIFTS_OUT, A), Question.THIGH_DROPS,
                        Question.LEG_DRIFTS_OUT),
                Arguments.of("back only", none.with(Question.BACK_ARCHES, A), Question.THIGH_DROPS,
                        Question.BACK_ARCHES),
                Arguments.of("thigh, back", none.with(Question.THIGH_DROPS, A).with(Question.BACK_ARCHES, A),
                        Question.LEG_DRIFTS_OUT, Question.BACK_ARCHES),
                Arguments.of("all three", SideAnswers.of(A, A, A), null, Question.BACK_ARCHES));
    }

    @ParameterizedTest(name = "answered {0}: next {2}, last {3}")
    @MethodSource("nextAndLast")
    void nextQuestionIsTheFirstUnansweredAndLastAnsweredTheLastInAskingOrder(String what, SideAnswers answers,
            Question next, Question last) {
        assertEquals(Optional.ofNullable(next), answers.nextQuestion());
        assertEquals(Optional.ofNullable(last), answers.lastAnswered());
        assertEquals(next == null, answers.isComplete());
    }

    @Test
    void ofAnswersTheQuestionsInAskingOrder() {
        SideAnswers answers = SideAnswers.of(Answer.YES, Answer.NO, Answer.UNSURE);

        assertEquals(Map.of(Question.THIGH_DROPS, Answer.YES, Question.LEG_DRIFTS_OUT, Answer.NO,
                Question.BACK_ARCHES, Answer.UNSURE), answers.asMap());
    }

    @Test
    void withoutMakesAQuestionUnansweredAgainAndLeavesTheOriginalAlone() {
        SideAnswers all = SideAnswers.of(Answer.YES, Answer.NO, Answer.NO);

        SideAnswers fewer = all.without(Question.BACK_ARCHES);

        assertEquals(Optional.empty(), fewer.get(Question.BACK_ARCHES));
        assertEquals(Optional.of(Question.BACK_ARCHES), fewer.nextQuestion());
        assertEquals(Optional.of(Question.LEG_DRIFTS_OUT), fewer.lastAnswered());
        assertTrue(all.isComplete());
        assertEquals(Optional.of(Answer.NO), all.get(Question.BACK_ARCHES));
    }

    @Test
    void withoutAnUnansweredQuestionChangesNothing() {
        SideAnswers thigh = SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO);

        assertEquals(thigh, thigh.without(Question.BACK_ARCHES));
        assertEquals(SideAnswers.none(), SideAnswers.none().without(Question.THIGH_DROPS));
    }

    @Test
    void withReplacesAnEarlierAnswerAndLeavesTheOriginalAlone() {
        SideAnswers first = SideAnswers.none().with(Question.THIGH_DROPS, Answer.UNSURE);

        SideAnswers changed = first.with(Question.THIGH_DROPS, Answer.YES);

        assertEquals(Optional.of(Answer.YES), changed.get(Question.THIGH_DROPS));
        assertEquals(Optional.of(Answer.UNSURE), first.get(Question.THIGH_DROPS));
    }

    @Test
    void answersAreEqualWhenTheSameQuestionsHaveTheSameAnswersWhateverTheOrderGiven() {
        SideAnswers forwards = SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO)
                .with(Question.BACK_ARCHES, Answer.YES);
        SideAnswers backwards = SideAnswers.none().with(Question.BACK_ARCHES, Answer.YES)
                .with(Question.THIGH_DROPS, Answer.NO);

        assertEquals(forwards, backwards);
        assertEquals(forwards.hashCode(), backwards.hashCode());
        assertEquals(SideAnswers.none(), SideAnswers.of(A, A, A).without(Question.THIGH_DROPS)
                .without(Question.LEG_DRIFTS_OUT).without(Question.BACK_ARCHES));
    }

    @Test
    void answersDifferWhenAnAnswerOrAQuestionDiffers() {
        SideAnswers base = SideAnswers.of(Answer.NO, Answer.NO, Answer.NO);

        assertNotEquals(base, SideAnswers.of(Answer.NO, Answer.NO, Answer.YES));
        assertNotEquals(base, base.without(Question.BACK_ARCHES));
        assertNotEquals(SideAnswers.none().with(Question.THIGH_DROPS, A), SideAnswers.none().with(Question.BACK_ARCHES, A));
        assertFalse(base.equals(null));
        assertFalse(base.equals(base.asMap()));
    }

    @Test
    void theMapViewCannotChangeTheAnswers() {
        SideAnswers answers = SideAnswers.of(A, A, A);

        assertThrows(UnsupportedOperationException.class, () -> answers.asMap().remove(Question.THIGH_DROPS));
        assertTrue(answers.isComplete());
    }
}

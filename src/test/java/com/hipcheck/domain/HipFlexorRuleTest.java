package com.hipcheck.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule over every combination of answers, and the invariants of the verdict it returns. */
class HipFlexorRuleTest {

    /**
     * Every combination of the three answers. Signs of tightness: the thigh does NOT drop, the leg
     * DOES drift out, the back DOES arch. Lists are space-separated, in question order.
     */
    @ParameterizedTest(name = "thigh drops {0}, leg drifts {1}, back arches {2} -> {3} [{4}] unsure [{5}]")
    @CsvSource(delimiter = '|', textBlock = """
            # thigh  | drift  | arch   | outcome      | findings                                   | unsure
            YES      | NO     | NO     | NOT_TIGHT    | ''                                         | ''
            YES      | NO     | YES    | TIGHT        | BACK_ARCHES                                | ''
            YES      | NO     | UNSURE | INCONCLUSIVE | ''                                         | BACK_ARCHES
            YES      | YES    | NO     | TIGHT        | LEG_DRIFTS_OUT                             | ''
            YES      | YES    | YES    | TIGHT        | LEG_DRIFTS_OUT BACK_ARCHES                 | ''
            YES      | YES    | UNSURE | TIGHT        | LEG_DRIFTS_OUT                             | BACK_ARCHES
            YES      | UNSURE | NO     | INCONCLUSIVE | ''                                         | LEG_DRIFTS_OUT
            YES      | UNSURE | YES    | TIGHT        | BACK_ARCHES                                | LEG_DRIFTS_OUT
            YES      | UNSURE | UNSURE | INCONCLUSIVE | ''                                         | LEG_DRIFTS_OUT BACK_ARCHES
            NO       | NO     | NO     | TIGHT        | THIGH_STAYS_UP                             | ''
            NO       | NO     | YES    | TIGHT        | THIGH_STAYS_UP BACK_ARCHES                 | ''
            NO       | NO     | UNSURE | TIGHT        | THIGH_STAYS_UP                             | BACK_ARCHES
            NO       | YES    | NO     | TIGHT        | THIGH_STAYS_UP LEG_DRIFTS_OUT              | ''
            NO       | YES    | YES    | TIGHT        | THIGH_STAYS_UP LEG_DRIFTS_OUT BACK_ARCHES  | ''
            NO       | YES    | UNSURE | TIGHT        | THIGH_STAYS_UP LEG_DRIFTS_OUT              | BACK_ARCHES
            NO       | UNSURE | NO     | TIGHT        | THIGH_STAYS_UP                             | LEG_DRIFTS_OUT
            NO       | UNSURE | YES    | TIGHT        | THIGH_STAYS_UP BACK_ARCHES                 | LEG_DRIFTS_OUT
            NO       | UNSURE | UNSURE | TIGHT        | THIGH_STAYS_UP                             | LEG_DRIFTS_OUT BACK_ARCHES
            UNSURE   | NO     | NO     | INCONCLUSIVE | ''                                         | THIGH_DROPS
            UNSURE   | NO     | YES    | TIGHT        | BACK_ARCHES                                | THIGH_DROPS
            UNSURE   | NO     | UNSURE | INCONCLUSIVE | ''                                         | THIGH_DROPS BACK_ARCHES
            UNSURE   | YES    | NO     | TIGHT        | LEG_DRIFTS_OUT                             | THIGH_DROPS
            UNSURE   | YES    | YES    | TIGHT        | LEG_DRIFTS_OUT BACK_ARCHES                 | THIGH_DROPS
            UNSURE   | YES    | UNSURE | TIGHT        | LEG_DRIFTS_OUT                             | THIGH_DROPS BACK_ARCHES
            UNSURE   | UNSURE | NO     | INCONCLUSIVE | ''                                         | THIGH_DROPS LEG_DRIFTS_OUT
            UNSURE   | UNSURE | YES    | TIGHT        | BACK_ARCHES                                | THIGH_DROPS LEG_DRIFTS_OUT
            UNSURE   | UNSURE | UNSURE | INCONCLUSIVE | ''                                         | THIGH_DROPS LEG_DRIFTS_OUT BACK_ARCHES
            """)
    void verdictFollowsFromTheThreeAnswers(Answer thighDrops, Answer legDriftsOut, Answer backArches,
            Outcome outcome, String findings, String unsure) {
        Verdict expected = new Verdict(outcome, names(findings, Finding.class), names(unsure, Question.class));

        assertEquals(expected, HipFlexorRule.evaluate(SideAnswers.of(thighDrops, legDriftsOut, backArches)));
    }

    /** Every combination, to show the table above leaves none out. */
    static Stream<SideAnswers> everyCombination() {
        List<SideAnswers> all = new ArrayList<>();
        for (Answer t : Answer.values()) {
            for (Answer d : Answer.values()) {
                for (Answer b : Answer.values()) {
                    all.add(SideAnswers.of(t, d, b));
                }
            }
        }
        return all.stream();
    }

    @Test
    void theTableCoversAllTwentySevenCombinations() {
        assertEquals(27, everyCombination().distinct().count());
    }

    @ParameterizedTest
    @MethodSource("everyCombination")
    void unsureAnswersAreListedWhateverTheOutcome(SideAnswers answers) {
        List<Question> unsure = Arrays.stream(Question.values())
                .filter(q -> answers.get(q).orElseThrow() == Answer.UNSURE)
                .toList();

        assertEquals(unsure, HipFlexorRule.evaluate(answers).unsure());
    }

    static Stream<SideAnswers> incompleteAnswers() {
        return Stream.of(
                SideAnswers.none(),
                SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO),
                SideAnswers.none().with(Question.THIGH_DROPS, Answer.YES).with(Question.LEG_DRIFTS_OUT, Answer.YES),
                SideAnswers.none().with(Question.BACK_ARCHES, Answer.YES),
                SideAnswers.of(Answer.NO, Answer.NO, Answer.NO).without(Question.LEG_DRIFTS_OUT));
    }

    @ParameterizedTest
    @MethodSource("incompleteAnswers")
    void incompleteAnswersAreRefused(SideAnswers answers) {
        assertThrows(IllegalArgumentException.class, () -> HipFlexorRule.evaluate(answers));
    }

    @Test
    void aTightVerdictNeedsFindings() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(Outcome.TIGHT, List.of(), List.of()));
    }

    @ParameterizedTest
    @CsvSource({"NOT_TIGHT", "INCONCLUSIVE"})
    void onlyATightVerdictHasFindings(Outcome outcome) {
        assertThrows(IllegalArgumentException.class,
                () -> new Verdict(outcome, List.of(Finding.BACK_ARCHES), List.of(Question.THIGH_DROPS)));
    }

    @Test
    void anInconclusiveVerdictNamesItsUnsureAnswers() {
        assertThrows(IllegalArgumentException.class, () -> new Verdict(Outcome.INCONCLUSIVE, List.of(), List.of()));
    }

    @Test
    void aVerdictNeedsAnOutcome() {
        assertThrows(NullPointerException.class, () -> new Verdict(null, List.of(), List.of()));
    }

    @Test
    void aVerdictKeepsItsOwnCopyOfTheLists() {
        List<Finding> findings = new ArrayList<>(List.of(Finding.THIGH_STAYS_UP));
        List<Question> unsure = new ArrayList<>(List.of(Question.BACK_ARCHES));
        Verdict verdict = new Verdict(Outcome.TIGHT, findings, unsure);

        findings.add(Finding.LEG_DRIFTS_OUT);
        unsure.clear();

        assertEquals(List.of(Finding.THIGH_STAYS_UP), verdict.findings());
        assertEquals(List.of(Question.BACK_ARCHES), verdict.unsure());
        assertThrows(UnsupportedOperationException.class, () -> verdict.findings().add(Finding.BACK_ARCHES));
        assertThrows(UnsupportedOperationException.class, () -> verdict.unsure().add(Question.THIGH_DROPS));
    }

    private static <E extends Enum<E>> List<E> names(String spaceSeparated, Class<E> type) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spaceSeparated.strip().split("\\s+")).map(n -> Enum.valueOf(type, n)).toList();
    }
}

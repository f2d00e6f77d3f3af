package com.hipcheck.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user described, read for the question that was asked. The words alone are often
 * ambiguous: "it stays down" is a thigh that drops at the thigh question and a flat back at the
 * back question, and "it stays up" a thigh that stays up or a back that lifts. So the words are
 * kept as what they say about direction (up or down, out or in), and the question they answer is
 * the part the user named, or else the question pending when that question is about the same
 * direction, or else the part the words themselves describe.
 *
 * @param words the observation the words match, as the interaction model's catalogue reads them
 * @param named the part the user named ("my back ..."), if any
 */
public record Description(Observation words, Optional<Region> named) {
    public Description {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(named, "named");
    }

    /** Returns a description that names no part: "it stays up". */
    public static Description unnamed(Observation words) {
        return new Description(words, Optional.empty());
    }

    /** Returns what this description records when {@code pending} is the question being asked. */
    public Observation readFor(Question pending) {
        Question target = named.isPresent() ? namedQuestion(named.get()) : unnamedQuestion(pending);
        return Observation.of(target, answerTo(target)).orElseThrow();
    }

    private Question namedQuestion(Region region) {
        return switch (region) {
            case THIGH, LEG -> sideways() ? Question.LEG_DRIFTS_OUT : Question.THIGH_DROPS;
            // The back does not drift: a sideways word about it is read as the leg's.
            case BACK -> sideways() ? Question.LEG_DRIFTS_OUT : Question.BACK_ARCHES;
        };
    }

    private Question unnamedQuestion(Question pending) {
        boolean pendingSideways = pending == Question.LEG_DRIFTS_OUT;
        return pendingSideways == sideways() ? pending : words.question();
    }

    private Answer answerTo(Question target) {
        boolean upOrOut = words == Observation.THIGH_STAYS_UP || words == Observation.BACK_ARCHES
                || words == Observation.LEG_DRIFTS_OUT;
        return switch (target) {
            // A thigh that stays up does not drop: the answer to "does it drop?" is no.
            case THIGH_DROPS -> upOrOut ? Answer.NO : Answer.YES;
            case LEG_DRIFTS_OUT, BACK_ARCHES -> upOrOut ? Answer.YES : Answer.NO;
        };
    }

    private boolean sideways() {
        return words.question() == Question.LEG_DRIFTS_OUT;
    }
}

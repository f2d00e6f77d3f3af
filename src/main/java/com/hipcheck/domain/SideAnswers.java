package com.hipcheck.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The answers collected so far for one side. Immutable; questions not yet answered are absent.
 */
public final class SideAnswers {
    private static final SideAnswers NONE = new SideAnswers(new EnumMap<>(Question.class));

    private final EnumMap<Question, Answer> answers;

    private SideAnswers(EnumMap<Question, Answer> answers) {
        this.answers = answers;
    }

    /** Returns answers with nothing answered yet. */
    public static SideAnswers none() {
        return NONE;
    }

    /** Returns complete answers, in question order: thigh drops, leg drifts out, back arches. */
    public static SideAnswers of(Answer thighDrops, Answer legDriftsOut, Answer backArches) {
        return none().with(Question.THIGH_DROPS, thighDrops)
                .with(Question.LEG_DRIFTS_OUT, legDriftsOut)
                .with(Question.BACK_ARCHES, backArches);
    }

    /** Returns a copy with {@code question} answered (or re-answered). */
    public SideAnswers with(Question question, Answer answer) {
        EnumMap<Question, Answer> copy = new EnumMap<>(Question.class);
        copy.putAll(answers);
        copy.put(question, answer);
        return new SideAnswers(copy);
    }

    /** Returns a copy with {@code question} unanswered again. */
    public SideAnswers without(Question question) {
        EnumMap<Question, Answer> copy = new EnumMap<>(Question.class);
        copy.putAll(answers);
        copy.remove(question);
        return new SideAnswers(copy);
    }

    /** Returns the answer to {@code question}, if given. */
    public Optional<Answer> get(Question question) {
        return Optional.ofNullable(answers.get(question));
    }

    /** Returns the first question in asking order that has no answer yet. */
    public Optional<Question> nextQuestion() {
        for (Question q : Question.values()) {
            if (!answers.containsKey(q)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** Returns the last question in asking order that has an answer. */
    public Optional<Question> lastAnswered() {
        Question[] all = Question.values();
        for (int i = all.length - 1; i >= 0; i--) {
            if (answers.containsKey(all[i])) {
                return Optional.of(all[i]);
            }
        }
        return Optional.empty();
    }

    /** Returns whether no question has an answer yet. */
    public boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Returns whether every question has an answer. */
    public boolean isComplete() {
        return answers.size() == Question.values().length;
    }

    /** Returns the answers as an unmodifiable map. */
    public Map<Question, Answer> asMap() {
        return Map.copyOf(answers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SideAnswers other && answers.equals(other.answers);
    }

    @Override
    public int hashCode() {
        return answers.hashCode();
    }

    @Override
    public String toString() {
        return "SideAnswers" + answers;
    }
}

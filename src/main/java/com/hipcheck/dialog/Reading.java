package com.hipcheck.dialog;

import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.PlainWords;
import com.hipcheck.domain.Topic;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Hip Check reads what the user said: the one reading order for every request, whatever
 * intent Alexa matched and whatever words came with it in its slots. A red flag comes first, then
 * pain or discomfort, then a question, then what the intent means (a command, a short reply, an
 * answer). So "it's shooting down my leg", heard as a description of the leg, is a red flag, and
 * "why does my back arch" is a question, never an answer. Which way a description says the leg
 * goes is read by {@link com.hipcheck.domain.PlainWords}; the phase decides what a reply means.
 */
public final class Reading {
    /** Words that deny what follows them within a few words: "no tingling", "it doesn't hurt". */
    private static final Set<String> DENIALS = Set.of("no", "not", "never", "doesnt", "dont", "didnt", "isnt",
            "arent", "wasnt", "without", "stopped", "nothing", "none");
    private static final int DENIAL_REACH = 3;

    /** Numbness, tingling, weakness: signs for a professional, whatever else was said. */
    private static final Set<String> RED_FLAG_WORDS = Set.of("numb", "numbness", "tingling", "tingle", "tingles",
            "tingly", "sciatica", "shooting", "asleep", "weak", "weakness", "electric", "zapping", "radiating");
    private static final List<String> RED_FLAG_PHRASES = List.of("pins and needles", "gave way", "gave out",
            "cant move my leg", "cant feel my", "cant lift my leg", "went to sleep", "gone to sleep", "lost feeling",
            "no feeling in", "feels dead", "is dead", "gone dead", "went dead", "leg dead");
    /** Where pain running down the leg is said to go. */
    private static final List<String> DOWN_THE_LEG = List.of("down my leg", "down the leg", "down my thigh",
            "down the back of my leg", "down to my foot", "into my leg", "into my foot", "down to my toes",
            "into my toes", "down my calf", "down into my");

    private static final Set<String> PAIN_WORDS = Set.of("hurt", "hurts", "hurting", "pain", "painful", "sore",
            "ache", "aches", "aching", "achy", "ow", "ouch", "owie", "pinch", "pinches", "pinching", "cramp",
            "cramping", "cramps", "burning", "burns", "sharp", "killing", "agony", "throbbing", "stabbing", "twinge",
            "spasm", "spasms", "tender", "uncomfortable", "stinging", "stings");

    private static final Set<String> QUESTION_WORDS = Set.of("why", "what", "whats", "how", "hows", "when",
            "where", "wheres", "which", "who");
    private static final Set<String> AUXILIARIES = Set.of("does", "do", "is", "are", "should", "can", "could",
            "will", "would", "did", "was", "am", "shall", "must", "may");
    /** The words after an auxiliary that make it a question: "does it", "is my", "should I". */
    private static final Set<String> SUBJECTS = Set.of("i", "it", "its", "my", "the", "this", "that", "you",
            "your", "we", "there", "they", "a", "everyone", "stretching", "sitting");
    private static final Set<String> FILLERS = Set.of("um", "umm", "uh", "er", "erm", "hmm", "so", "okay", "ok",
            "well", "oh", "and", "but", "alexa", "hey", "like", "yeah", "also", "wait", "sorry", "actually");

    /**
     * The time a reminder is set for when the user says "every evening" or no time at all: 7 pm,
     * said in the question, so the user hears it before agreeing.
     */
    public static final LocalTime EVENING = LocalTime.of(19, 0);

    /**
     * What Alexa's {@code AMAZON.TIME} answers for a part of the day, and the time of day Hip Check
     * takes it for: morning 8 am, afternoon 2 pm, evening 7 pm, night 9 pm.
     */
    private static final Map<String, LocalTime> PARTS_OF_DAY = Map.of(
            "MO", LocalTime.of(8, 0), "AF", LocalTime.of(14, 0), "EV", EVENING, "NI", LocalTime.of(21, 0));

    private Reading() {}

    /**
     * Returns the time of day an {@code AMAZON.TIME} value says: {@code 19:00} as it is, a part of
     * the day ({@code EV}) as {@link #PARTS_OF_DAY} takes it; empty for nothing said or anything else.
     * An hour said without am or pm comes as Alexa hears it ({@code 08:00} for "8"): the question
     * that follows says the time back with am or pm, and only a yes sets it.
     */
    public static Optional<LocalTime> reminderTime(String amazonTime) {
        if (amazonTime == null || amazonTime.isBlank()) {
            return Optional.empty();
        }
        String value = amazonTime.strip();
        LocalTime part = PARTS_OF_DAY.get(value);
        if (part != null) {
            return Optional.of(part);
        }
        if (!value.matches("\\d{2}:\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns what the user did: {@code meant}, what the intent Alexa matched means by itself,
     * unless the words heard in its slots say something that comes first in the reading order.
     */
    public static UserEvent of(UserEvent meant, List<String> slotWords) {
        List<String> words = new ArrayList<>();
        for (String heard : slotWords) {
            if (heard != null) {
                words.addAll(PlainWords.words(heard));
            }
        }
        if (meant instanceof UserEvent.Hurt hurt && hurt.redFlag()) {
            return meant;
        }
        if (isRedFlag(words)) {
            return new UserEvent.Hurt(Optional.empty(), true);
        }
        if (meant.kind() == UserEvent.Kind.HURT) {
            return meant;
        }
        if (isPain(words)) {
            return new UserEvent.Hurt(where(words), false);
        }
        if (isQuestion(words)) {
            return topic(words).<UserEvent>map(UserEvent.Asked::new).orElse(UserEvent.Command.HELP);
        }
        return meant;
    }

    /** Returns whether {@code words} name numbness, tingling, weakness or pain running down the leg. */
    static boolean isRedFlag(List<String> words) {
        String text = String.join(" ", words);
        for (int i = 0; i < words.size(); i++) {
            if (RED_FLAG_WORDS.contains(words.get(i)) && !denied(words, i)) {
                return true;
            }
        }
        for (String phrase : RED_FLAG_PHRASES) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        if (isPain(words)) {
            for (String path : DOWN_THE_LEG) {
                if (text.contains(path)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns whether {@code words} say something hurts (and do not deny it: "it doesn't hurt"). */
    static boolean isPain(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (PAIN_WORDS.contains(words.get(i)) && !denied(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether {@code words} ask something rather than tell it. */
    static boolean isQuestion(List<String> words) {
        List<String> said = new ArrayList<>();
        for (String w : words) {
            if (!FILLERS.contains(w)) {
                said.add(w);
            }
        }
        for (int i = 0; i < said.size(); i++) {
            if (QUESTION_WORDS.contains(said.get(i))) {
                return true;
            }
            boolean asks = AUXILIARIES.contains(said.get(i)) && i + 1 < said.size() && SUBJECTS.contains(said.get(i + 1));
            // "Does it...", "is my...": a question where it opens a clause, not in "that is my back".
            if (asks && (i == 0 || !SUBJECTS.contains(said.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the plain question {@code words} ask, when it is one Hip Check answers. */
    static Optional<Topic> topic(List<String> words) {
        String text = " " + String.join(" ", words) + " ";
        if (has(text, " sit", " desk", " chair", " driving", " couch")) {
            return Optional.of(Topic.SITTING);
        }
        if (has(text, " every day", " daily", " how often", " how many times", " every morning")) {
            return Optional.of(Topic.EVERY_DAY);
        }
        if (has(text, " safe", " gentl", " avoid hurting")) {
            return Optional.of(Topic.SAFEST);
        }
        if (has(text, " how long", " take long", " minutes")) {
            return Optional.of(Topic.TEST_LENGTH);
        }
        if (has(text, " drift", " arch", " drop", " stays up", " stay up", " thigh", " lift", " off the bed",
                " above the bed", " sign")) {
            return Optional.of(Topic.SIGNS);
        }
        // After the signs ("what should I do if it drifts?" asks what drifting means), before stretching.
        if (has(text, " instead", " what else", " what can i do", " what should i do", " what do i do")) {
            return Optional.of(Topic.INSTEAD);
        }
        if (has(text, " how do i know", " how can i tell", " how would i know", " how do you know if")) {
            return Optional.of(Topic.HOW_TO_KNOW);
        }
        if (has(text, " back") && has(text, " hip")) {
            return Optional.of(Topic.WHY_BACK);
        }
        if (has(text, " what are hip flexors", " what is a hip flexor", " where are my hip flexors",
                " what are my hip flexors")) {
            return Optional.of(Topic.HIP_FLEXORS);
        }
        if (has(text, " stretch")) {
            return Optional.of(Topic.SHOULD_STRETCH);
        }
        return Optional.empty();
    }

    /** Returns the body part {@code words} name, if they name one. */
    private static Optional<BodyPart> where(List<String> words) {
        for (String w : words) {
            switch (w) {
                case "knee", "knees", "kneecap" -> {
                    return Optional.of(BodyPart.KNEE);
                }
                case "back", "spine" -> {
                    return Optional.of(BodyPart.BACK);
                }
                case "hip", "hips", "groin" -> {
                    return Optional.of(BodyPart.HIP);
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    private static boolean denied(List<String> words, int at) {
        for (int i = Math.max(0, at - DENIAL_REACH); i < at; i++) {
            if (DENIALS.contains(words.get(i))) {
                // "still hurts" after "it stopped" is pain again; "not" before "still" is rare enough.
                return !words.subList(i, at).contains("still");
            }
        }
        return false;
    }

    private static boolean has(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }
}

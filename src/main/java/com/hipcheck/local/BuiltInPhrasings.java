package com.hipcheck.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everyday ways of saying Amazon's built-in intents, which Alexa understands without the skill
 * listing them. Only intents the model declares are used, and a phrasing that one of the skill's
 * own intents lists as a sample belongs to that intent instead ("continue" in a model that uses it
 * for ReadyIntent). Phrasings the model adds to a built-in as samples ("yeah", "come again") are
 * not repeated here: the model is their one source.
 */
final class BuiltInPhrasings {
    static final Map<String, List<String>> BY_INTENT = byIntent();

    private BuiltInPhrasings() {}

    private static Map<String, List<String>> byIntent() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("AMAZON.YesIntent", List.of("yes", "yup", "all right", "sure thing", "of course", "definitely",
                "absolutely", "correct", "that's right", "yes it does", "yes it is", "it does", "go for it"));
        m.put("AMAZON.NoIntent", List.of("no", "no thank you", "not really", "no it doesn't", "it doesn't",
                "no it isn't", "it isn't", "not at all", "i don't think so"));
        m.put("AMAZON.HelpIntent", List.of("help", "help me", "i need help", "what are my options"));
        m.put("AMAZON.RepeatIntent", List.of("repeat", "repeat that", "say it again", "pardon"));
        m.put("AMAZON.StopIntent", List.of("stop", "quit", "exit", "stop it", "goodbye", "bye", "enough",
                "that's enough", "i want to stop"));
        m.put("AMAZON.CancelIntent", List.of("cancel", "never mind", "forget it", "cancel that"));
        m.put("AMAZON.PreviousIntent", List.of("back", "previous", "previous step",
                "go back a step", "go back one step"));
        m.put("AMAZON.StartOverIntent", List.of("start over", "restart", "start again", "begin again",
                "start from the beginning", "from the top"));
        m.put("AMAZON.PauseIntent", List.of("pause", "pause it", "pause that"));
        m.put("AMAZON.ResumeIntent", List.of("resume", "continue", "carry on", "go on", "keep going", "unpause"));
        m.put("AMAZON.NavigateHomeIntent", List.of("go home", "home", "take me home", "main menu"));
        return m;
    }
}

package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.alexa.SkillHarness;
import java.io.IOException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The article's four questions, and the safest way to stretch, asked as one-shots ("Alexa, ask Hip
 * Check …"): each is heard as its intent and answered as the article answers it, then the test is
 * offered. The first is answered with the test itself, as the article does.
 */
class ArticleQuestionsTest {
    @RegisterExtension
    static final SkillHarness SKILL = new SkillHarness();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ask hip check how do I know if tight hip flexors are causing my back pain | HowToKnowIntent    | Take the test: if the hanging thigh stays up
            ask hip check how do I know if tight hip flexors cause my back pain       | HowToKnowIntent    | Take the test
            ask hip check should I stretch my hip flexors every day                   | EveryDayIntent     | a gentle daily stretch helps
            ask hip check can sitting all day make my hip flexors tight               | SittingIntent      | Long sitting keeps them short
            ask hip check what's the safest way to stretch hip flexors if I have back pain | SafestStretchIntent | Go gently
            ask hip check what's the safest way to stretch                            | SafestStretchIntent | Go gently
            ask hip check should I stretch my hip flexors                             | ShouldStretchIntent | Only if they're truly tight
            ask hip check why do tight hip flexors hurt my back                       | WhyBackIntent      | They attach to your spine
            """)
    void eachQuestionIsAnsweredAsTheArticleAnswersIt(String said, String intent, String answer) throws IOException {
        Understood heard = EverySampleResolvesTest.RESOLVER.resolve(said);
        assertEquals(Understood.Kind.ONE_SHOT, heard.kind(), said);
        assertEquals(intent, heard.intent(), said);
        JsonNode response = SKILL.newSession().send(SKILL.requests().intent(heard.intent(), heard.slots()));
        String speech = response.path("response").path("outputSpeech").path("ssml").asText().replace("&apos;", "'");
        assertTrue(speech.contains(answer), speech);
        assertTrue(speech.contains("Shall we start"), "the test is offered: " + speech);
        assertFalse(response.path("response").path("shouldEndSession").asBoolean(false));
    }
}

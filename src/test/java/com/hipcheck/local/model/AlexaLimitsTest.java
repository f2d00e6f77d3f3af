package com.hipcheck.local.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each model is within the limits Alexa documents for an interaction model, with the numbers named
 * here as models/source/README.md gives them and their sources.
 */
class AlexaLimitsTest {
    /** Each locale's measures, by what they measure. */
    private static final Map<String, Map<String, AlexaLimits.Measure>> MEASURES = new TreeMap<>();

    @BeforeAll
    static void generateEveryLocale() throws Exception {
        for (String locale : SourceFiles.locales(CommittedModelTest.SOURCE)) {
            Map<String, AlexaLimits.Measure> byWhat = new TreeMap<>();
            for (AlexaLimits.Measure measure : ModelGenerator.generate(
                    SourceFiles.read(CommittedModelTest.SOURCE, locale)).measures()) {
                byWhat.put(measure.what(), measure);
            }
            MEASURES.put(locale, byWhat);
        }
        assertTrue(MEASURES.containsKey("en-US"), MEASURES.keySet().toString());
    }

    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource(delimiter = ';', textBlock = """
            intents (built-in ones counted too);     250
            intents and custom slot types;           350
            model size, bytes of the file;           1500000
            characters in the longest slot value;    140
            characters in the longest synonym;       140
            custom slot values in the model;         50000
            """)
    void everyModelIsWithinTheLimit(String what, long limit) {
        for (Map.Entry<String, Map<String, AlexaLimits.Measure>> locale : MEASURES.entrySet()) {
            AlexaLimits.Measure measure = locale.getValue().get(what);
            assertEquals(limit, measure.limit(), what);
            assertTrue(measure.within(), locale.getKey() + ": " + measure);
        }
    }

    /** A limit added to AlexaLimits needs its number named above too. */
    @Test
    void everyLimitMeasuredHasItsRowAbove() {
        assertEquals(List.of(
                "characters in the longest slot value", "characters in the longest synonym",
                "custom slot values in the model", "intents (built-in ones counted too)",
                "intents and custom slot types", "model size, bytes of the file"),
                List.copyOf(MEASURES.get("en-US").keySet()));
    }
}

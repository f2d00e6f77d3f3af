package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hipcheck.local.InteractionModel;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The interaction model and the code agree: every intent in the model is one the skill knows and
 * routes to a handler, every intent the skill knows (the built-ins the dialog relies on among
 * them) is in the model, and the slots the code reads are the slots the model declares.
 */
class ModelIntentsAreHandledTest {
    @RegisterExtension
    final SkillHarness skill = new SkillHarness();
    private final InteractionModel model = skill.model();

    @Test
    void theModelDeclaresExactlyTheIntentsTheSkillKnows() {
        Set<String> known = Stream.of(IntentName.values()).map(IntentName::modelName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>(model.intents().keySet());
        Set<String> unhandled = new TreeSet<>(declared);
        unhandled.removeAll(known);
        Set<String> undeclared = new TreeSet<>(known);
        undeclared.removeAll(declared);
        assertTrue(unhandled.isEmpty(), "in the model but not handled: " + unhandled);
        assertTrue(undeclared.isEmpty(), "relied on but not in the model: " + undeclared);
    }

    @Test
    void theSlotsTheCodeReadsAreTheSlotsTheModelDeclares() {
        Set<String> read = Stream.of(SlotName.values()).map(SlotName::modelName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = model.intents().values().stream().flatMap(i -> i.slots().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, read);
    }

    /** Being in the enum is not enough: a name with no handler would fall through to "sorry, I didn't catch that". */
    @ParameterizedTest
    @EnumSource(IntentName.class)
    void everyKnownIntentReachesItsOwnHandler(IntentName intent) throws IOException {
        skill.launch();
        skill.clearLog();

        JsonNode response = skill.say(intent.modelName());

        String logged = skill.log();
        assertFalse(logged.contains("unknown_intent") || logged.contains("handler_error"), logged);
        ResponseChecks.assertSpeaksWell(response, intent.modelName());
    }
}

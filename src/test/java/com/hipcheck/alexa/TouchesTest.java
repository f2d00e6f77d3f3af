package com.hipcheck.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Stretch;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TouchesTest {
    static Stream<UserEvent> buttonEvents() {
        return Stream.of(UserEvent.Word.YES, UserEvent.Word.NO, UserEvent.Word.READY, UserEvent.Word.UNSURE,
                UserEvent.Command.WAIT, UserEvent.Command.STOP, UserEvent.Command.START_TEST,
                new UserEvent.ChoseStretch(Optional.of(Stretch.EDGE_OF_TABLE), false),
                new UserEvent.ChoseStretch(Optional.of(Stretch.HALF_KNEELING), false),
                new UserEvent.Hurt(Optional.empty(), false));
    }

    @ParameterizedTest
    @MethodSource("buttonEvents")
    void aTouchReadsBackAsTheEventItsButtonStandsFor(UserEvent event) {
        String[] sent = Touches.arguments(event);
        List<Object> arguments = List.of(sent[0], sent[1], "ASK.RIGHT.THIGH_DROPS");
        assertEquals(Optional.of(new UserEvent.Touched("ASK.RIGHT.THIGH_DROPS", event)), Touches.read(arguments));
    }

    static Stream<List<Object>> notFromOurScreens() {
        return Stream.of(List.of(), List.of("next"), Arrays.asList("word", null, "X"), List.of("word", "YES"),
                List.of("word", "MAYBE", "X"), List.of("command", "FALLBACK", "X"), List.of("hurt", "", "X"),
                List.of("stretch", "YOGA", "X"), List.of("dance", "YES", "X"), List.of("word", 1, "X"),
                List.of("word", "YES", "X", "extra"));
    }

    @ParameterizedTest
    @MethodSource("notFromOurScreens")
    void argumentsNoButtonSendsAreNoTouch(List<Object> arguments) {
        assertTrue(Touches.read(arguments).isEmpty(), arguments.toString());
    }
}

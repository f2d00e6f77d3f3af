package com.hipcheck.dialog;

import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What the user did, in the dialog's terms; the Alexa adapter translates requests into these. */
public sealed interface UserEvent {

    /** Events that carry nothing but their kind. */
    enum Simple implements UserEvent {
        LAUNCH,
        START_TEST,
        READY,
        WAIT,
        YES,
        NO,
        UNSURE,
        PAIN,
        HELP,
        REPEAT,
        START_OVER,
        BACK,
        STOP,
        /** Anything the dialog has no use for: Alexa's fallback, an unknown intent or request. */
        FALLBACK
    }

    /** The user described what the leg or back does; empty when the words matched nothing known. */
    record Described(List<Observation> observations) implements UserEvent {
        public Described {
            observations = List.copyOf(observations);
        }
    }

    /** The user asked one of the plain questions. */
    record Asked(Topic topic) implements UserEvent {}

    /** The user named a stretch; empty when it is not one Hip Check knows. */
    record ChoseStretch(Optional<Stretch> stretch) implements UserEvent {}

    /** The user asked for a hold length; empty when no number was heard. */
    record AskedHold(OptionalInt seconds) implements UserEvent {}
}

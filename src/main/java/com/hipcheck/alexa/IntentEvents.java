package com.hipcheck.alexa;

import com.amazon.ask.model.Intent;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Translates each intent of the model into what the user did, in the dialog's terms. */
final class IntentEvents {
    private IntentEvents() {}

    /** Returns the dialog event for {@code intent}, reading its slots defensively. */
    static UserEvent translate(IntentName name, Intent intent) {
        return switch (name) {
            case YES -> UserEvent.Word.YES;
            case NO -> UserEvent.Word.NO;
            case UNSURE -> UserEvent.Word.UNSURE;
            case DESCRIBE -> described(intent);
            case READY, RESUME -> UserEvent.Word.READY;
            case WAIT, PAUSE -> UserEvent.Command.WAIT;
            case SHOULD_STRETCH -> new UserEvent.Asked(Topic.SHOULD_STRETCH);
            case WHY_BACK -> new UserEvent.Asked(Topic.WHY_BACK);
            case EVERY_DAY -> new UserEvent.Asked(Topic.EVERY_DAY);
            case SITTING -> new UserEvent.Asked(Topic.SITTING);
            case SAFEST_STRETCH -> new UserEvent.Asked(Topic.SAFEST);
            case START_TEST -> UserEvent.Command.START_TEST;
            case CHOOSE_STRETCH -> new UserEvent.ChoseStretch(
                    SlotReader.resolvedId(intent, SlotName.STRETCH, Stretch.class));
            case HOLD_TIME -> new UserEvent.AskedHold(SlotReader.number(intent, SlotName.SECONDS));
            case PAIN -> new UserEvent.Hurt(SlotReader.resolvedId(intent, SlotName.WHERE, BodyPart.class), false);
            case RED_FLAG -> new UserEvent.Hurt(Optional.empty(), true);
            case EXPLAIN -> UserEvent.Command.EXPLAIN;
            case HELP -> UserEvent.Command.HELP;
            case REPEAT -> UserEvent.Command.REPEAT;
            case START_OVER -> UserEvent.Command.START_OVER;
            case PREVIOUS -> UserEvent.Command.BACK;
            // NavigateHome leaves the skill on a device with a screen: the user is done here.
            case STOP, CANCEL, NAVIGATE_HOME -> UserEvent.Command.STOP;
            case FALLBACK -> UserEvent.Command.FALLBACK;
        };
    }

    private static UserEvent described(Intent intent) {
        List<Observation> seen = new ArrayList<>(2);
        SlotReader.resolvedId(intent, SlotName.OBSERVATION, Observation.class).ifPresent(seen::add);
        SlotReader.resolvedId(intent, SlotName.OTHER_OBSERVATION, Observation.class).ifPresent(seen::add);
        return new UserEvent.Described(seen);
    }
}

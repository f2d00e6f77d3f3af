package com.hipcheck.alexa;

import com.amazon.ask.model.Intent;
import com.hipcheck.dialog.Reading;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.PlainWords;
import com.hipcheck.domain.Region;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Translates each intent of the model into what the user did, in the dialog's terms. */
final class IntentEvents {
    /** The slots that hold a description of the leg or back. */
    private static final List<SlotName> DESCRIPTION_SLOTS = List.of(SlotName.THIGH_OBSERVATION,
            SlotName.LEG_OBSERVATION, SlotName.OBSERVATION, SlotName.BACK_OBSERVATION, SlotName.OTHER_OBSERVATION);

    /** The STRETCH value that leaves the choice to Hip Check. */
    private static final String LEFT_TO_US = "EITHER";
    /** The STRETCH value that asks for the stretch not under way. */
    private static final String THE_OTHER = "OTHER";

    private IntentEvents() {}

    /**
     * Returns the dialog event for {@code intent}, reading its slots defensively: what the intent
     * means, unless the words in its slots say something that comes first ({@link Reading}).
     */
    static UserEvent translate(IntentName name, Intent intent) {
        return Reading.of(meaning(name, intent), SlotReader.allWords(intent));
    }

    /** Returns what {@code intent} means by itself, its slots read as values of their types. */
    private static UserEvent meaning(IntentName name, Intent intent) {
        return switch (name) {
            case YES -> UserEvent.Word.YES;
            case NO -> UserEvent.Word.NO;
            case UNSURE -> UserEvent.Word.UNSURE;
            case HEDGE -> hedged(intent);
            case DESCRIBE -> described(intent);
            case CORRECT -> corrected(intent);
            case READY, RESUME -> UserEvent.Word.READY;
            case DONE -> UserEvent.Word.DONE;
            case WAIT, PAUSE -> UserEvent.Command.WAIT;
            case SHOULD_STRETCH -> new UserEvent.Asked(Topic.SHOULD_STRETCH);
            case WHY_BACK -> new UserEvent.Asked(Topic.WHY_BACK);
            case EVERY_DAY -> new UserEvent.Asked(Topic.EVERY_DAY);
            case SITTING -> new UserEvent.Asked(Topic.SITTING);
            case SAFEST_STRETCH -> new UserEvent.Asked(Topic.SAFEST);
            case HOW_TO_KNOW -> new UserEvent.Asked(Topic.HOW_TO_KNOW);
            case TEST_LENGTH -> new UserEvent.Asked(Topic.TEST_LENGTH);
            case HIP_FLEXORS -> new UserEvent.Asked(Topic.HIP_FLEXORS);
            case WHAT_NEEDED -> new UserEvent.Asked(Topic.WHAT_NEEDED);
            case SIGNS -> new UserEvent.Asked(Topic.SIGNS);
            case INSTEAD -> new UserEvent.Asked(Topic.INSTEAD);
            case ANOTHER_ROUND -> UserEvent.Word.AGAIN;
            case OKAY -> UserEvent.Word.OKAY;
            case KEEP -> UserEvent.Word.KEEP;
            case DELETE -> UserEvent.Word.DELETE;
            case START_TEST -> UserEvent.Command.START_TEST;
            case MY_STRETCH -> UserEvent.Command.MY_STRETCH;
            // "Whichever", "you pick": the choice is left to Hip Check.
            case CHOOSE_STRETCH -> SlotReader.matches(intent, SlotName.STRETCH, LEFT_TO_US)
                    ? UserEvent.ChoseStretch.whichever()
                    : SlotReader.matches(intent, SlotName.STRETCH, THE_OTHER) ? UserEvent.ChoseStretch.theOther()
                    : new UserEvent.ChoseStretch(SlotReader.resolvedId(intent, SlotName.STRETCH, Stretch.class));
            // A number of seconds, or a length in words ("half a minute").
            case HOLD_TIME -> {
                OptionalInt seconds = SlotReader.number(intent, SlotName.SECONDS);
                yield new UserEvent.AskedHold(seconds.isPresent() ? seconds
                        : SlotReader.numberedId(intent, SlotName.LENGTH));
            }
            case ROUNDS -> new UserEvent.AskedRounds(SlotReader.number(intent, SlotName.COUNT));
            case STEPS -> UserEvent.Command.STEPS;
            case PAIN -> new UserEvent.Hurt(SlotReader.resolvedId(intent, SlotName.WHERE, BodyPart.class), false);
            case RED_FLAG -> new UserEvent.Hurt(Optional.empty(), true);
            case EXPLAIN -> UserEvent.Command.EXPLAIN;
            case LAST_RESULT -> UserEvent.Command.LAST_RESULT;
            case PROGRESS -> UserEvent.Command.PROGRESS;
            case REMIND -> remind(UserEvent.Remind.Request.SET, intent);
            case CHANGE_REMINDER -> remind(UserEvent.Remind.Request.CHANGE, intent);
            case LIST_REMINDERS -> remind(UserEvent.Remind.Request.LIST, intent);
            case CANCEL_REMINDER -> remind(UserEvent.Remind.Request.CANCEL, intent);
            case FORGET_ME -> UserEvent.Command.FORGET_ME;
            case HELP -> UserEvent.Command.HELP;
            case REPEAT -> UserEvent.Command.REPEAT;
            case START_OVER -> UserEvent.Command.START_OVER;
            case PREVIOUS -> UserEvent.Command.BACK;
            // NavigateHome leaves the skill on a device with a screen: the user is done here.
            case STOP, CANCEL, NAVIGATE_HOME -> UserEvent.Command.STOP;
            case FALLBACK -> UserEvent.Command.FALLBACK;
        };
    }

    /**
     * Returns what the user described, in the order the samples say it. A slot named for a part
     * ("my back {backObservation}") says which part the words are about; the plain slots leave that
     * to the question being asked.
     */
    /** A request about the reminder, with the time said, as {@link Reading#reminderTime} reads Alexa's value. */
    private static UserEvent remind(UserEvent.Remind.Request request, Intent intent) {
        return new UserEvent.Remind(request, Reading.reminderTime(SlotReader.value(intent, SlotName.TIME)));
    }

    private static UserEvent described(Intent intent) {
        List<Description> seen = descriptions(intent);
        add(seen, intent, SlotName.OTHER_OBSERVATION, Optional.empty());
        return new UserEvent.Described(seen, !readByDirection(intent));
    }

    /** Returns whether any description slot holds words the catalogue lacks that still say a direction. */
    private static boolean readByDirection(Intent intent) {
        for (SlotName slot : DESCRIPTION_SLOTS) {
            if (SlotReader.unmatchedWords(intent, slot).flatMap(PlainWords::read).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Returns "a little" said alone, or a description said with a hedge, which is confirmed before it counts. */
    private static UserEvent hedged(Intent intent) {
        List<Description> seen = descriptions(intent);
        return seen.isEmpty() ? UserEvent.Word.A_LITTLE : new UserEvent.Described(seen, false);
    }

    /**
     * Returns the correction the user made: what it does instead, and the part and side, as far as
     * they said. A correction changes an answer at once, so it takes only words the catalogue
     * knows; other words take the last answer back, and the question is asked again.
     */
    private static UserEvent corrected(Intent intent) {
        List<Description> instead = readByDirection(intent) ? List.of() : descriptions(intent);
        return new UserEvent.Corrected(instead, SlotReader.resolvedId(intent, SlotName.PART, Region.class),
                SlotReader.resolvedId(intent, SlotName.SIDE, Side.class));
    }

    /** Returns the descriptions in the slots both intents share, thigh and leg first, the back last. */
    private static List<Description> descriptions(Intent intent) {
        List<Description> seen = new ArrayList<>(2);
        add(seen, intent, SlotName.THIGH_OBSERVATION, Optional.of(Region.THIGH));
        add(seen, intent, SlotName.LEG_OBSERVATION, Optional.of(Region.LEG));
        add(seen, intent, SlotName.OBSERVATION, Optional.empty());
        add(seen, intent, SlotName.BACK_OBSERVATION, Optional.of(Region.BACK));
        return seen;
    }

    private static void add(List<Description> seen, Intent intent, SlotName slot, Optional<Region> named) {
        Optional<Observation> words = SlotReader.resolvedId(intent, slot, Observation.class);
        if (words.isEmpty()) {
            // Words the catalogue does not know are still read for their direction, negation
            // included ("doesn't go down"), and confirmed with the user before they count.
            words = SlotReader.unmatchedWords(intent, slot).flatMap(PlainWords::read);
        }
        if (words.isPresent()) {
            seen.add(new Description(words.get(), named));
        }
    }
}

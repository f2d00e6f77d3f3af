package com.hipcheck.dialog;

import com.hipcheck.domain.BodyPart;
import com.hipcheck.domain.Description;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.Region;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.Topic;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user did, in the dialog's terms; the Alexa adapter translates requests into these.
 *
 * <p>Two kinds matter to {@link Dialog}: a {@link Word} (and a {@link Described} answer) means
 * something only for the question that was asked, so the phase decides; everything else means the
 * same wherever the conversation is, so it is answered before the phase is consulted. {@link #kind()}
 * lets the dialog switch over every event exhaustively: a new event does not compile until the
 * dialog has decided what it does.
 */
public sealed interface UserEvent {

    /** The kinds of event, one per type below. */
    enum Kind { LAUNCH, COMMAND, WORD, DESCRIBED, CORRECTED, ASKED, CHOSE_STRETCH, ASKED_HOLD, ASKED_ROUNDS, HURT, TOUCHED,
        REMIND, PERMISSION, REMINDED }

    /** Returns which kind of event this is. */
    Kind kind();

    /**
     * The user opened the skill.
     *
     * @param known what the adapter could tell about the user and the device
     */
    record Launch(Known known) implements UserEvent {
        public Launch {
            Objects.requireNonNull(known, "known");
        }

        @Override
        public Kind kind() { return Kind.LAUNCH; }
    }

    /**
     * What the adapter knows when a conversation starts, so the dialog decides the welcome from it.
     *
     * @param now the time of the request
     * @param storage whether there is a store and whether it answered
     * @param kept the practice record the store holds for the user; empty unless it answered with one
     * @param zone the device's time zone; UTC when it is not known
     */
    record Known(Instant now, Memory.Storage storage, Optional<PracticeRecord> kept, ZoneId zone) {
        /** What a skill with no store knows. */
        public static final Known NOTHING = new Known(Instant.EPOCH, Memory.Storage.NONE, Optional.empty(),
                ZoneOffset.UTC);

        public Known {
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(storage, "storage");
            Objects.requireNonNull(kept, "kept");
            Objects.requireNonNull(zone, "zone");
            if (storage != Memory.Storage.UP && kept.isPresent()) {
                throw new IllegalArgumentException("a record is known only from a store that answered");
            }
        }

        /** Returns what is known from a store that answered, in UTC. */
        public static Known up(Instant now, Optional<PracticeRecord> kept) {
            return new Known(now, Memory.Storage.UP, kept, ZoneOffset.UTC);
        }
    }

    /** Requests that mean the same in every phase. */
    enum Command implements UserEvent {
        START_TEST,
        START_OVER,
        WAIT,
        HELP,
        /** "Why?", "tell me more": the reasons behind what was just said. */
        EXPLAIN,
        REPEAT,
        BACK,
        STOP,
        /** "What was my last result?" */
        LAST_RESULT,
        /** "How am I doing?": days practised lately, and the plan. */
        PROGRESS,
        /** "Forget me", "delete my history". */
        FORGET_ME,
        /** "My stretch", "the usual", "skip the test": the kept plan's stretch, without a test first. */
        MY_STRETCH,
        /** "Tell me the steps", "how do I do it": the stretch's steps in full. */
        STEPS,
        /** Anything the dialog has no use for: Alexa's fallback, an unknown intent or request. */
        FALLBACK;

        @Override
        public Kind kind() { return Kind.COMMAND; }
    }

    /** Short replies ("yes", "I'm ready", "not sure") whose meaning depends on what Hip Check just asked. */
    enum Word implements UserEvent {
        YES,
        NO,
        READY,
        /** "I'm done", "that's all": ready where a step waits for the user, no where something is offered. */
        DONE,
        /** "A little", "slightly": a sign seen, but faintly. */
        A_LITTLE,
        UNSURE,
        /** "One more time", "once more": another round where one is offered, "say that again" elsewhere. */
        AGAIN,
        /** "Okay", "sounds good": yes to an offer, but no answer to a test question and no consent. */
        OKAY,
        /** "Yes, save it", "keep it": consent to keep a result, or no to deleting one. */
        KEEP,
        /** "Yes, delete it": yes to deleting, no to keeping; elsewhere, a wish to be forgotten. */
        DELETE;

        @Override
        public Kind kind() { return Kind.WORD; }
    }

    /**
     * The user described what the leg or back does; empty when the words matched nothing known.
     *
     * @param descriptions what the words say, in the order said
     * @param sure whether every description is words the interaction model knows ("it stays up"),
     *     rather than words read for their direction alone ("it's like an inch off the bed"), which
     *     are confirmed before anything is recorded
     */
    record Described(List<Description> descriptions, boolean sure) implements UserEvent {
        public Described {
            descriptions = List.copyOf(descriptions);
        }

        /** Returns descriptions in words the model knows. */
        public Described(List<Description> descriptions) {
            this(descriptions, true);
        }

        /** Returns descriptions that name no part, such as "it stays up". */
        public static Described unnamed(List<Observation> observations) {
            List<Description> all = new ArrayList<>(observations.size());
            for (Observation o : observations) {
                all.add(Description.unnamed(o));
            }
            return new Described(all);
        }

        @Override
        public Kind kind() { return Kind.DESCRIBED; }
    }

    /**
     * The user said an answer was wrong: "that's wrong" (nothing else), "no, it drops" (what it
     * does instead), or "change my answer for the back" (which part, and maybe which side).
     *
     * @param descriptions what the user says it does instead; empty when they did not say
     * @param part the part whose answer is to change, if named
     * @param side the side whose answer is to change, if named
     */
    record Corrected(List<Description> descriptions, Optional<Region> part, Optional<Side> side) implements UserEvent {
        public Corrected {
            descriptions = List.copyOf(descriptions);
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(side, "side");
        }

        @Override
        public Kind kind() { return Kind.CORRECTED; }
    }

    /** The user asked one of the plain questions. */
    record Asked(Topic topic) implements UserEvent {
        @Override
        public Kind kind() { return Kind.ASKED; }
    }

    /**
     * The user said something hurts.
     *
     * @param where the body part named, if one was
     * @param redFlag whether it was numbness, tingling or pain running down the leg, or sudden
     *     weakness: signs that need a professional's eye, not more stretching
     */
    record Hurt(Optional<BodyPart> where, boolean redFlag) implements UserEvent {
        public Hurt {
            Objects.requireNonNull(where, "where");
        }

        @Override
        public Kind kind() { return Kind.HURT; }
    }

    /**
     * The user named a stretch, left the choice to Hip Check, or asked for the other one.
     *
     * @param stretch the stretch named; empty when it is not one Hip Check knows, or not named
     * @param leftToUs whether the user said "whichever" or "you pick": Hip Check chooses, and says so
     * @param other whether the user asked for the other stretch ("the other one"): the one not under way
     */
    record ChoseStretch(Optional<Stretch> stretch, boolean leftToUs, boolean other) implements UserEvent {
        public ChoseStretch {
            Objects.requireNonNull(stretch, "stretch");
            if ((leftToUs || other) && stretch.isPresent() || leftToUs && other) {
                throw new IllegalArgumentException("a choice left to Hip Check, or of the other stretch, names none");
            }
        }

        /** Returns the user naming {@code stretch}, or leaving the choice to Hip Check. */
        public ChoseStretch(Optional<Stretch> stretch, boolean leftToUs) {
            this(stretch, leftToUs, false);
        }

        /** Returns the user naming {@code stretch} (empty: one Hip Check does not know). */
        public ChoseStretch(Optional<Stretch> stretch) {
            this(stretch, false, false);
        }

        /** Returns the user leaving the choice to Hip Check. */
        public static ChoseStretch whichever() {
            return new ChoseStretch(Optional.empty(), true, false);
        }

        /** Returns the user asking for the other stretch than the one under way or planned. */
        public static ChoseStretch theOther() {
            return new ChoseStretch(Optional.empty(), false, true);
        }

        @Override
        public Kind kind() { return Kind.CHOSE_STRETCH; }
    }

    /** The user asked for a hold length; empty when no number was heard. */
    record AskedHold(OptionalInt seconds) implements UserEvent {
        @Override
        public Kind kind() { return Kind.ASKED_HOLD; }
    }

    /**
     * The user said how many rounds a side to do ("three rounds", "just one round"); empty when no
     * number was heard.
     */
    record AskedRounds(OptionalInt count) implements UserEvent {
        public AskedRounds {
            Objects.requireNonNull(count, "count");
        }

        @Override
        public Kind kind() { return Kind.ASKED_ROUNDS; }
    }

    /**
     * A button touched on a screen: it means {@code event}, exactly as saying it would, on the
     * screen {@code screenId}. A touch on a screen that is no longer the current one is not
     * applied to the question now asked (see {@link #meantFor}), except "it hurts" and "stop",
     * which count wherever they come from.
     */
    record Touched(String screenId, UserEvent event) implements UserEvent {
        public Touched {
            Objects.requireNonNull(screenId, "screenId");
            Objects.requireNonNull(event, "event");
            if (event instanceof Touched || event.kind() == Kind.LAUNCH) {
                throw new IllegalArgumentException("a touch means a spoken event, not " + event);
            }
        }

        /** Returns what this touch means while the screen {@code current} is shown: its event, or nothing on an old screen. */
        public Optional<UserEvent> meantFor(String current) {
            boolean always = event.kind() == Kind.HURT || event == Command.STOP;
            return always || screenId.equals(current) ? Optional.of(event) : Optional.empty();
        }

        @Override
        public Kind kind() { return Kind.TOUCHED; }
    }

    /**
     * The user asked about a daily stretch reminder: to set one ("remind me to stretch every day at
     * 7 pm"), move it ("change my reminder to 8"), hear it ("what reminders do I have") or stop it
     * ("stop reminding me").
     *
     * @param request what the user wants done
     * @param at the time of day said, as {@link Reading#reminderTime} reads it; empty when none was
     */
    record Remind(Request request, Optional<LocalTime> at) implements UserEvent {
        /** What can be asked of a reminder. */
        public enum Request { SET, CHANGE, LIST, CANCEL }

        public Remind {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() { return Kind.REMIND; }
    }

    /**
     * Alexa's answer to the voice permission Hip Check asked for (a {@code Connections.Response}):
     * the user's answer, and the reminder Hip Check asked it for (carried in the request's token):
     * its time, empty when the token is not one of Hip Check's, and its kind.
     */
    record PermissionAnswered(Answer answer, Optional<LocalTime> at, ReminderAsk.Kind reminder) implements UserEvent {
        /**
         * The user's answer: granted, refused, or nothing heard; {@code UNSUPPORTED} when the device
         * cannot ask by voice (Alexa answered with an error status).
         */
        public enum Answer { ACCEPTED, DENIED, NOT_ANSWERED, UNSUPPORTED }

        public PermissionAnswered {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reminder, "reminder");
        }

        @Override
        public Kind kind() { return Kind.PERMISSION; }
    }

    /**
     * What Alexa's Reminders API did with a reminder call the last turn asked for: the adapter
     * carries the call out and tells the dialog, in the same request, with this.
     *
     * @param call the call, as the dialog asked for it
     * @param result how it went
     * @param times the times of the reminders there are, for a list; empty otherwise
     */
    record Reminded(Effect.ReminderCall call, Result result, List<LocalTime> times) implements UserEvent {
        /** How a reminder call went. */
        public enum Result {
            /** Set, changed, stopped or listed as asked. */
            DONE,
            /** There is no reminder of Hip Check's to change or stop. */
            NONE,
            /** The user has not given Hip Check permission for reminders. */
            NO_PERMISSION,
            /** Alexa did not answer in time, failed or asked to slow down. */
            FAILED
        }

        public Reminded {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(result, "result");
            times = List.copyOf(times);
        }

        @Override
        public Kind kind() { return Kind.REMINDED; }
    }
}

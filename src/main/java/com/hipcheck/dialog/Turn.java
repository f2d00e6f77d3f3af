package com.hipcheck.dialog;

import com.hipcheck.narration.Narration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the conversation, as a value: where it goes, what is said on the way, and what the
 * adapters are asked to do besides.
 *
 * @param next the state after this turn
 * @param reply what Hip Check says
 * @param effects what the adapters carry out, in order; empty for a turn that only talks
 * @param ifFailed the turn to take instead when an effect that {@linkplain Effect#matters() matters}
 *     fails (today's result could not be saved, the history could not be deleted); it has no
 *     effects of its own but its screen. Empty when nothing here can fail in a way the user must hear.
 */
public record Turn(DialogState next, Reply reply, List<Effect> effects, Optional<Turn> ifFailed) {
    public Turn {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reply, "reply");
        effects = List.copyOf(effects);
        Objects.requireNonNull(ifFailed, "ifFailed");
        if (ifFailed.isPresent()) {
            for (Effect effect : ifFailed.get().effects()) {
                if (!(effect instanceof Effect.Show)) {
                    throw new IllegalArgumentException("the turn taken after a failure has no effects of its own"
                            + " but its screen");
                }
            }
        }
    }

    /** Returns the screen this turn shows, on a device with a screen; empty for a device without. */
    public Optional<Screen> screen() {
        for (Effect effect : effects) {
            if (effect instanceof Effect.Show show) {
                return Optional.of(show.screen());
            }
        }
        return Optional.empty();
    }

    /** Returns a turn that only talks. */
    public Turn(DialogState next, Reply reply) {
        this(next, reply, List.of(), Optional.empty());
    }

    /** Returns this turn going to {@code state} instead. */
    Turn withNext(DialogState state) {
        return new Turn(state, reply, effects, ifFailed);
    }

    /** Returns this turn with a card added to its reply. */
    Turn withCard(Narration body) {
        return new Turn(next, reply.withCard(body), effects, ifFailed.map(t -> t.withCard(body)));
    }

    /** Returns this turn with {@code lead} said before its reply's speech. */
    Turn saidAfter(Narration lead) {
        return new Turn(next, new Reply(lead.then(reply.speech()), reply.reprompt(), reply.card(), reply.endSession()),
                effects, ifFailed.map(t -> t.saidAfter(lead)));
    }

    /** Returns this turn with {@code more} effects carried out after its own. */
    Turn alsoDoing(List<Effect> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Effect> all = new ArrayList<>(effects);
        all.addAll(more);
        return new Turn(next, reply, all, ifFailed);
    }

    /** Returns this turn doing {@code effect}, and taking {@code failed} instead if it fails. */
    Turn doing(Effect effect, Turn failed) {
        List<Effect> all = new ArrayList<>(effects);
        all.add(effect);
        return new Turn(next, reply, all, Optional.of(failed));
    }
}

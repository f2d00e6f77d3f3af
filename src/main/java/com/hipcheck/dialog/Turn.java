package com.hipcheck.dialog;

import com.hipcheck.narration.Narration;
import java.util.List;
import java.util.Objects;

/**
 * One step of the conversation, as a value: where it goes, what is said on the way, and what the
 * adapters are asked to do besides.
 *
 * @param next the state after this turn
 * @param reply what Hip Check says
 * @param effects what the adapters carry out, in order; empty for a turn that only talks
 */
public record Turn(DialogState next, Reply reply, List<Effect> effects) {
    public Turn {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reply, "reply");
        effects = List.copyOf(effects);
    }

    /** Returns a turn that only talks. */
    public Turn(DialogState next, Reply reply) {
        this(next, reply, List.of());
    }

    /** Returns this turn going to {@code state} instead. */
    Turn withNext(DialogState state) {
        return new Turn(state, reply, effects);
    }

    /** Returns this turn with a card added to its reply. */
    Turn withCard(Narration body) {
        return new Turn(next, reply.withCard(body), effects);
    }

    /** Returns this turn with {@code lead} said before its reply's speech. */
    Turn saidAfter(Narration lead) {
        return new Turn(next, new Reply(lead.then(reply.speech()), reply.reprompt(), reply.card(), reply.endSession()),
                effects);
    }
}

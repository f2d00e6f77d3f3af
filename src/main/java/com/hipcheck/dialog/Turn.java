package com.hipcheck.dialog;

import com.hipcheck.narration.Narration;
import java.util.Objects;

/**
 * One step of the conversation: where it goes and what is said on the way.
 *
 * @param next the state after this turn
 * @param reply what Hip Check says
 */
public record Turn(DialogState next, Reply reply) {
    public Turn {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reply, "reply");
    }

    /** Returns this turn with a card added to its reply. */
    Turn withCard(Narration body) {
        return new Turn(next, reply.withCard(body));
    }
}

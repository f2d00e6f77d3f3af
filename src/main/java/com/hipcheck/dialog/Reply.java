package com.hipcheck.dialog;

import com.hipcheck.narration.Narration;
import java.util.Objects;
import java.util.Optional;

/**
 * What Hip Check answers in one turn.
 *
 * @param speech what is said now
 * @param reprompt what is said if the user stays silent; empty exactly when the session ends
 * @param card the text shown in the Alexa app, if this turn has one
 * @param endSession whether the conversation is over
 */
public record Reply(Narration speech, Narration reprompt, Optional<Narration> card, boolean endSession) {
    public Reply {
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(reprompt, "reprompt");
        Objects.requireNonNull(card, "card");
        if (speech.isEmpty()) {
            throw new IllegalArgumentException("a reply always says something");
        }
        if (endSession != reprompt.isEmpty()) {
            throw new IllegalArgumentException("an open session needs a reprompt, a closing one has none");
        }
    }

    /** Returns a reply that keeps the session open. */
    static Reply ask(Narration speech, Narration reprompt) {
        return new Reply(speech, reprompt, Optional.empty(), false);
    }

    /** Returns a reply that ends the session. */
    static Reply end(Narration speech) {
        return new Reply(speech, Narration.empty(), Optional.empty(), true);
    }

    /** Returns this reply with a card. */
    Reply withCard(Narration body) {
        return new Reply(speech, reprompt, Optional.of(body), endSession);
    }
}

package com.hipcheck.dialog;

import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;

/** How a turn is put together: arriving at a phase, staying in it, ending, and the small turns every phase shares. */
final class Turns {
    private Turns() {}

    /** Stays quiet for a while, then checks in gently; the session stays open throughout. */
    static Turn giveTime(DialogState s) {
        return stay(s, Narration.of(Msg.WAIT_ACK).pause(Dialog.WAIT_MILLIS).then(Msg.WAIT_CHECK)
                .then(Prompts.of(s).reprompt()));
    }

    static Turn help(DialogState s) {
        return stay(s, Prompts.of(s).fullHelp());
    }

    static Turn notAskingYet(DialogState s) {
        return stay(s, Narration.of(Msg.NOT_ASKING_YET).then(Prompts.of(s).reprompt()));
    }

    static Turn goBack(DialogState previous) {
        return enter(previous, Narration.of(Msg.GOING_BACK));
    }

    /** Arrives at {@code next}: says {@code lead}, then the phase's prompt, and waits for the user. */
    static Turn enter(DialogState next, Narration lead) {
        Prompts says = Prompts.of(next);
        return new Turn(next, Reply.ask(lead.then(says.prompt()), says.reprompt()));
    }

    /** Stays in the same phase, saying {@code speech}, with the phase's reprompt. */
    static Turn stay(DialogState s, Narration speech) {
        return new Turn(s, Reply.ask(speech, Prompts.of(s).reprompt()));
    }

    /** Ends the conversation with {@code goodbye}. */
    static Turn end(DialogState s, Msg goodbye) {
        return end(s, Narration.of(goodbye));
    }

    /** Ends the conversation with {@code goodbye}. */
    static Turn end(DialogState s, Narration goodbye) {
        return new Turn(s, Reply.end(goodbye));
    }
}

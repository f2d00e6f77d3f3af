package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.canfulfill.CanFulfillSlot;
import com.amazon.ask.model.canfulfill.CanFulfillSlotValues;
import com.amazon.ask.model.canfulfill.CanUnderstandSlotValues;
import com.amazon.ask.response.ResponseBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Alexa's name-free question, {@code CanFulfillIntentRequest}: could Hip Check fulfil this intent,
 * with these slots, were the user to ask without saying its name? Yes for what it answers to anyone,
 * at any moment, with no slot: the article's questions ("should I stretch my hip flexors") and
 * starting the self-test. Maybe for "my stretch": only a user with a kept plan gets one, and the
 * answer is given without reading the store. No for everything else, which only makes sense inside
 * a conversation (an answer, a stretch, a hold), or for an intent that arrives with a slot Hip Check
 * has none of. Answering changes nothing and says nothing: no store, no Alexa API, no session.
 */
final class NameFreeHandler implements RequestHandler {
    /** The intents Hip Check fulfils without a conversation before them. */
    static final Set<IntentName> FULFILLED = EnumSet.of(IntentName.START_TEST, IntentName.SHOULD_STRETCH,
            IntentName.WHY_BACK, IntentName.EVERY_DAY, IntentName.SITTING, IntentName.SAFEST_STRETCH,
            IntentName.HOW_TO_KNOW, IntentName.TEST_LENGTH, IntentName.HIP_FLEXORS, IntentName.WHAT_NEEDED,
            IntentName.SIGNS, IntentName.INSTEAD);

    /** The intents Hip Check fulfils for some users only: a kept plan's stretch. */
    static final Set<IntentName> FULFILLED_FOR_SOME = EnumSet.of(IntentName.MY_STRETCH);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof CanFulfillIntentRequest;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Intent intent = ((CanFulfillIntentRequest) input.getRequestEnvelope().getRequest()).getIntent();
        return Optional.of(new ResponseBuilder().withCanFulfillIntent(answer(intent)).build().orElseThrow());
    }

    /** Returns the answer for {@code intent}: YES or MAYBE only for an intent above with no slot filled. */
    static CanFulfillIntent answer(Intent intent) {
        Optional<IntentName> name = intent == null || intent.getName() == null ? Optional.empty()
                : IntentName.fromModelName(intent.getName());
        CanFulfillIntent.Builder out = CanFulfillIntent.builder();
        boolean slotsUnderstood = true;
        Map<String, Slot> slots = intent == null || intent.getSlots() == null ? Map.of() : intent.getSlots();
        for (Map.Entry<String, Slot> slot : slots.entrySet()) {
            if (slot.getValue() == null || slot.getValue().getValue() == null) {
                continue;
            }
            // None of the intents answered here has a slot: one that came filled is not understood.
            slotsUnderstood = false;
            out.putSlotsItem(slot.getKey(), CanFulfillSlot.builder()
                    .withCanUnderstand(CanUnderstandSlotValues.NO)
                    .withCanFulfill(CanFulfillSlotValues.NO)
                    .build());
        }
        CanFulfillIntentValues answer = !slotsUnderstood || name.isEmpty() ? CanFulfillIntentValues.NO
                : FULFILLED.contains(name.get()) ? CanFulfillIntentValues.YES
                : FULFILLED_FOR_SOME.contains(name.get()) ? CanFulfillIntentValues.MAYBE : CanFulfillIntentValues.NO;
        return out.withCanFulfill(answer).build();
    }
}

package com.hipcheck.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.response.ResponseBuilder;
import com.hipcheck.dialog.Dialog;
import com.hipcheck.dialog.Effect;
import com.hipcheck.dialog.Memory;
import com.hipcheck.dialog.Turn;
import com.hipcheck.dialog.UserEvent;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.narration.Labels;
import com.hipcheck.narration.Msg;
import com.hipcheck.narration.Narration;
import com.hipcheck.narration.Phrasebook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one place responses are built: a turn of the dialog, an error, and the few answers that
 * say nothing. A turn reads the session once, lets the dialog decide, writes the session and
 * renders the reply; every handler ends here, so they stay translators.
 */
final class Conversation {
    /** The request attribute that keeps the decoded session for the rest of the request. */
    private static final String DECODED = "hipCheck.decoded";

    private final SessionCodec codec = new SessionCodec();
    private final Dialog voice = new Dialog();
    /** Built on the first request from a device with a screen, so a voice-only skill never loads screens. */
    private Dialog screens;
    private final Optional<PracticeStore> store;
    private final Clock clock;
    private final Duration zoneWait;

    /** Returns the conversation for a skill with no history store: nothing is kept. */
    Conversation() {
        this(Optional.empty(), Clock.systemUTC());
    }

    /** Returns the conversation keeping history in {@code store}, if there is one, and telling time by {@code clock}. */
    Conversation(Optional<PracticeStore> store, Clock clock) {
        this(store, clock, ZONE_WAIT);
    }

    /** As above, waiting {@code zoneWait} for the time zone once the store has answered. */
    Conversation(Optional<PracticeStore> store, Clock clock, Duration zoneWait) {
        this.store = store;
        this.clock = clock;
        this.zoneWait = zoneWait;
    }

    /** What one turn produced: the response, and the session attributes to keep. */
    record Exchange(Response response, Map<String, Object> attributes) {}

    /** Runs one turn for a request the SDK has parsed, and returns the Alexa response. */
    Optional<Response> respond(HandlerInput input, UserEvent event) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Session session = envelope.getSession();
        Request request = envelope.getRequest();
        boolean newSession = session == null || Boolean.TRUE.equals(session.getNew());
        // The device's time zone is asked for while the store loads, and only when a session starts.
        CompletableFuture<Optional<ZoneId>> zone = newSession && store.isPresent() ? AlexaApiClient.timeZoneOf(envelope)
                : NO_ZONE;
        Exchange exchange = take(newSession, newSession ? new SessionCodec.Empty() : decoded(input), request.getLocale(),
                request.getRequestId(), nameOf(request), ownerOf(envelope), hasScreen(envelope), event, zone,
                new ReminderCalls(envelope, request.getLocale(), request.getRequestId()));
        if (session != null) {
            input.getAttributesManager().setSessionAttributes(exchange.attributes());
        }
        return Optional.of(exchange.response());
    }

    /**
     * Runs one turn on plain values: whether the session is new, its decoded state, the user, and
     * what they did; {@code requestName} (the intent, or the request type) names the request in
     * log lines. A new session (or one whose state is lost) first reads the user's history; the
     * turn's effects are then carried out, and when one the user must hear about fails, the turn
     * the dialog prepared for that is taken instead. The store is asked at most once more after a
     * failure in the same request, so a store that is down costs one bounded wait, not several.
     */
    Exchange take(boolean newSession, SessionCodec.Decoded decoded, String locale, String requestId,
            String requestName, Optional<Owner> user, boolean screen, UserEvent event) {
        return take(newSession, decoded, locale, requestId, requestName, user, screen, event, NO_ZONE,
                ReminderCalls.NONE);
    }

    /** As {@link #take}, with the device's time zone on its way from Alexa's Settings API. */
    Exchange take(boolean newSession, SessionCodec.Decoded decoded, String locale, String requestId,
            String requestName, Optional<Owner> user, boolean screen, UserEvent event,
            CompletableFuture<Optional<ZoneId>> zone, ReminderCalls reminders) {
        Dialog dialog = screen ? screens() : voice;
        Instant now = clock.instant();
        Calls calls = new Calls(requestId, requestName, user, zone);
        Turn turn;
        if (newSession) {
            UserEvent.Known known = calls.known(now);
            // A launch carries what is known of the user, which only this adapter can tell.
            UserEvent opened = event.kind() == UserEvent.Kind.LAUNCH ? new UserEvent.Launch(known) : event;
            turn = dialog.next(dialog.start(known), opened);
        } else if (decoded instanceof SessionCodec.Found found) {
            turn = dialog.next(found.state().at(now), event);
        } else {
            OpsLog.problem("session_unreadable", requestId, null, requestName, decoded.problem().orElseThrow());
            turn = dialog.restart(calls.known(now), event);
        }
        Phrasebook phrasebook = Phrasebook.forLocale(locale);
        for (Effect effect : turn.effects()) {
            // A reminder call's outcome is the dialog's to tell, in this same request.
            if (effect instanceof Effect.ReminderCall call) {
                turn = dialog.next(turn.next(), reminders.carryOut(call, now, turn.next().memory().zone(), phrasebook));
                break;
            }
        }
        boolean failed = false;
        for (Effect effect : turn.effects()) {
            // A screen, a permission asked for by voice and the permission card go in the response itself, below.
            if (effect instanceof Effect.Keep || effect instanceof Effect.Forget) {
                failed |= !calls.carryOut(effect, turn.next().phase().name()) && effect.matters();
            }
        }
        Turn taken = failed ? turn.ifFailed().orElse(turn) : turn;
        Optional<Effect.AskPermission> askFor = Optional.empty();
        boolean permissionCard = false;
        for (Effect effect : taken.effects()) {
            if (effect instanceof Effect.AskPermission ask) {
                askFor = Optional.of(ask);
            }
            permissionCard |= effect instanceof Effect.PermissionCard;
        }
        ResponseBuilder response = askFor.isPresent()
                ? handedOver(phrasebook, taken.reply().speech(), askFor.get())
                : builder(phrasebook, taken.reply().speech(), taken.reply().reprompt(),
                        permissionCard ? Optional.empty() : taken.reply().card(), taken.reply().endSession());
        if (permissionCard) {
            response.withAskForPermissionsConsentCard(List.of(PermissionHandler.SCOPE));
        }
        if (taken.screen().isPresent()) {
            response.addDirective(new ScreenRenderer(phrasebook, Labels.forLocale(locale))
                    .directive(taken.screen().get()));
        }
        return new Exchange(response.build().orElseThrow(), codec.encode(taken.next()));
    }

    private Dialog screens() {
        if (screens == null) {
            screens = Dialog.withScreens();
        }
        return screens;
    }

    /** The APL version every document declares (skill-package/response/display/README.md). */
    static final int[] DOCUMENTS_APL = {1, 4};

    /**
     * Returns whether the request comes from a device that shows Hip Check's APL documents: one
     * with the APL interface whose runtime renders the documents' version. A device that names
     * no runtime version is taken at its word that it shows APL; one that renders only an older
     * version gets the voice-only path, which is complete on its own.
     */
    static boolean hasScreen(RequestEnvelope envelope) {
        if (envelope.getContext() == null || envelope.getContext().getSystem() == null
                || envelope.getContext().getSystem().getDevice() == null) {
            return false;
        }
        SupportedInterfaces interfaces = envelope.getContext().getSystem().getDevice().getSupportedInterfaces();
        if (interfaces == null || interfaces.getAlexaPresentationAPL() == null) {
            return false;
        }
        var runtime = interfaces.getAlexaPresentationAPL().getRuntime();
        return runtime == null || runtime.getMaxVersion() == null || atLeast(runtime.getMaxVersion(), DOCUMENTS_APL);
    }

    /** Returns whether a version such as "1.4" or "2023.2" is at least {@code wanted}; unreadable is no. */
    static boolean atLeast(String version, int[] wanted) {
        String[] parts = version.strip().split("\\.");
        for (int i = 0; i < wanted.length; i++) {
            int part;
            try {
                part = i < parts.length ? Integer.parseInt(parts[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            if (part != wanted[i]) {
                return part > wanted[i];
            }
        }
        return true;
    }

    /** A time zone not asked for: UTC. */
    private static final CompletableFuture<Optional<ZoneId>> NO_ZONE = CompletableFuture.completedFuture(Optional.empty());

    /**
     * How long the time zone may still be waited for once the store has answered: the Settings
     * API call started with the load, so this only bounds a call slower than the load itself.
     */
    static final Duration ZONE_WAIT = Duration.ofMillis(150);

    /** The store calls of one request, for one user: each bounded, and none after a failure but what matters. */
    private final class Calls {
        private final String requestId;
        private final String requestName;
        private final Optional<Owner> user;
        private final CompletableFuture<Optional<ZoneId>> zone;
        private boolean down;

        Calls(String requestId, String requestName, Optional<Owner> user, CompletableFuture<Optional<ZoneId>> zone) {
            this.requestId = requestId;
            this.requestName = requestName;
            this.user = user;
            this.zone = zone;
        }

        /** Returns what is known at the start of a conversation: the record, or that it could not be read, and the zone. */
        UserEvent.Known known(Instant now) {
            if (store.isEmpty() || user.isEmpty()) {
                return new UserEvent.Known(now, Memory.Storage.NONE, Optional.empty(), ZoneOffset.UTC);
            }
            Memory.Storage storage;
            Optional<PracticeRecord> kept;
            try {
                kept = store.get().load(user.get());
                storage = Memory.Storage.UP;
            } catch (StoreUnavailable e) {
                failed("load", null, e);
                kept = Optional.empty();
                storage = Memory.Storage.DOWN;
            }
            ZoneId in = AlexaApiClient.within(zone, zoneWait).orElse(ZoneOffset.UTC);
            return new UserEvent.Known(now, storage, kept, in);
        }

        /** Carries out one effect; returns whether it was done. */
        boolean carryOut(Effect effect, String phase) {
            if (store.isEmpty() || user.isEmpty()) {
                return false;
            }
            if (down && !effect.matters()) {
                return false;
            }
            PracticeStore records = store.get();
            Owner who = user.get();
            try {
                if (effect instanceof Effect.Keep keep) {
                    records.keep(who, keep.record(), keep.first());
                } else if (effect instanceof Effect.Forget) {
                    records.forget(who);
                }
                return true;
            } catch (StoreUnavailable e) {
                failed(effect.getClass().getSimpleName(), phase, e);
                return false;
            }
        }

        private void failed(String call, String phase, StoreUnavailable e) {
            down = true;
            OpsLog.problem("store_unavailable", requestId, phase, requestName, call + ": " + e.getMessage());
        }
    }

    /**
     * Returns whose record a request is about: the person Alexa recognised by voice, when it sent
     * one, on the account in its context (or else in its session); empty when there is no usable id.
     */
    static Optional<Owner> ownerOf(RequestEnvelope envelope) {
        Optional<String> user = userOf(envelope);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String person = envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getPerson() != null
                ? envelope.getContext().getSystem().getPerson().getPersonId() : null;
        return Optional.of(new Owner(user.get(), Owner.usable(person) ? Optional.of(person) : Optional.empty()));
    }

    /** Returns the account a request speaks for: in its context, or else in its session. */
    static Optional<String> userOf(RequestEnvelope envelope) {
        if (envelope.getContext() != null && envelope.getContext().getSystem() != null
                && envelope.getContext().getSystem().getUser() != null) {
            return usable(envelope.getContext().getSystem().getUser().getUserId());
        }
        if (envelope.getSession() != null && envelope.getSession().getUser() != null) {
            return usable(envelope.getSession().getUser().getUserId());
        }
        return Optional.empty();
    }

    /** Returns a user id that can key a store: not blank, and not longer than any Alexa issues. */
    static Optional<String> usable(String userId) {
        return Owner.usable(userId) ? Optional.of(userId) : Optional.empty();
    }

    /**
     * Returns the request's session state, decoded once per request and kept in the request's
     * attributes, so the log line of a later problem in the same request can name the phase.
     */
    SessionCodec.Decoded decoded(HandlerInput input) {
        Map<String, Object> perRequest = input.getAttributesManager().getRequestAttributes();
        if (perRequest.get(DECODED) instanceof SessionCodec.Decoded kept) {
            return kept;
        }
        SessionCodec.Decoded decoded = input.getRequestEnvelope().getSession() == null ? new SessionCodec.Empty()
                : codec.decode(input.getAttributesManager().getSessionAttributes());
        perRequest.put(DECODED, decoded);
        return decoded;
    }

    /** Returns the phase the request's session was in, for log lines, or null when it has none to read. */
    String phaseOf(HandlerInput input) {
        SessionCodec.Decoded decoded = decoded(input);
        return decoded instanceof SessionCodec.Found found ? found.state().phase().name() : null;
    }

    /**
     * Returns the answer to a request whose handling failed: sorry, say it again. In a session the
     * question stays open and the session attributes go back unchanged, so no progress is lost.
     */
    Response error(String locale, boolean inSession) {
        Narration sorry = Narration.of(Msg.ERROR_SORRY);
        return build(Phrasebook.forLocale(locale), sorry, inSession ? sorry : Narration.empty(), Optional.empty(),
                !inSession);
    }

    /**
     * Deletes everything kept for the account {@code user}, its people's records too: the skill
     * was disabled. Harmless when nothing is kept, when there is no store or no user; a store that
     * fails is logged for the operator, as the records then expire a year after the last visit.
     */
    void forgetAccount(String requestId, Optional<String> user) {
        if (store.isEmpty() || user.isEmpty()) {
            return;
        }
        try {
            store.get().forgetAccount(user.get());
        } catch (StoreUnavailable e) {
            OpsLog.problem("store_unavailable", requestId, null, "SkillDisabled", "forgetAccount: " + e.getMessage());
        }
    }

    /** Returns a response that says nothing and leaves the session as it is: for requests that may not speak. */
    Response silent() {
        return new ResponseBuilder().build().orElseThrow();
    }

    /** Returns a response that says nothing and ends the session: for a request meant for another skill. */
    Response refused() {
        return new ResponseBuilder().withShouldEndSession(true).build().orElseThrow();
    }

    /** Returns what a log line calls a request: the intent's name, or else the request type. */
    static String nameOf(Request request) {
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            return intentRequest.getIntent().getName();
        }
        return request.getType();
    }

    /** Builds a spoken response: speech, a reprompt unless the session ends, and a card if there is one. */
    private static Response build(Phrasebook phrasebook, Narration speech, Narration reprompt, Optional<Narration> card,
            boolean endSession) {
        return builder(phrasebook, speech, reprompt, card, endSession).build().orElseThrow();
    }

    /**
     * Builds the response that hands the conversation to Alexa to ask for the reminders permission
     * by voice: Hip Check's lead, then the {@code Connections.SendRequest} directive named
     * {@code AskFor}, whose token brings the reminder's time back with Alexa's answer. As in
     * Amazon's own example it has no reprompt and no {@code shouldEndSession}: Alexa asks the
     * question and sends the answer back as a {@code Connections.Response}, in the same session.
     */
    private static ResponseBuilder handedOver(Phrasebook phrasebook, Narration lead, Effect.AskPermission ask) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@type", "AskForPermissionsConsentRequest");
        payload.put("@version", "1");
        payload.put("permissionScope", PermissionHandler.SCOPE);
        return new ResponseBuilder()
                .withSpeech(SpeechRenderer.ssml(lead, phrasebook))
                .addDirective(SendRequestDirective.builder().withName("AskFor").withPayload(payload)
                        .withToken(PermissionHandler.token(ask.at(), ask.kind())).build());
    }

    private static ResponseBuilder builder(Phrasebook phrasebook, Narration speech, Narration reprompt,
            Optional<Narration> card, boolean endSession) {
        ResponseBuilder builder = new ResponseBuilder()
                .withSpeech(SpeechRenderer.ssml(speech, phrasebook))
                .withShouldEndSession(endSession);
        if (!endSession) {
            builder.withReprompt(SpeechRenderer.ssml(reprompt, phrasebook));
        }
        if (card.isPresent()) {
            builder.withSimpleCard(phrasebook.text(Msg.CARD_TITLE), SpeechRenderer.plainText(card.get(), phrasebook));
        }
        return builder;
    }
}

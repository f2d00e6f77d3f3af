package com.hipcheck.alexa;

import java.util.stream.Stream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import com.hipcheck.dialog.Memory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.dialog.DialogState;
import com.hipcheck.dialog.Phase;
import com.hipcheck.dialog.ReminderAsk;
import java.time.LocalTime;
import com.hipcheck.dialog.Plan;
import com.hipcheck.dialog.Talk;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Observation;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.Topic;
import com.hipcheck.local.InteractionModel;
import com.hipcheck.local.RequestFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Draws what a fuzzed session sends: what a user playing along says in each phase, or anything
 * at all (every intent of the model with slot values, synonyms, words outside the catalogue and
 * missing slots; unknown intents; launches; session ends; the request types the skill never asked
 * for), and states to start from. Every draw comes from the session's {@link Random}, in a fixed
 * order, so a seed replays the same session.
 */
final class FuzzRequests {
    /** The request types besides launch, intent and session end that Alexa may send. */
    static final List<String> OTHER_TYPES = List.of("CanFulfillIntentRequest",
            "Alexa.Presentation.APL.UserEvent", "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackNearlyFinished",
            "PlaybackController.NextCommandIssued", "System.ExceptionEncountered", "Connections.Response",
            "Some.Future.RequestType");
    /** Intents that are not in the model; the empty name too. */
    static final List<String> UNKNOWN_INTENTS = List.of("SomethingElseIntent", "AMAZON.NextIntent",
            "AMAZON.ScrollDownIntent", "");
    private static final List<String> OUTSIDE_WORDS = List.of("purple", "sideways maybe", "", "   ", "null",
            "{observation}", "<break time=\"60s\"/>", "& < > \" '", "$100", "it stays up and it drops",
            "la ".repeat(200), "THIGH", "edge");
    private static final List<String> NUMBERS_OUT = List.of("0", "1", "19", "31", "45", "100", "9999", "10000",
            "-20", "99999999999999999999");
    private static final List<String> NUMBERS_GARBAGE = List.of("?", "twenty", "2.5", "", " 25 ", "٢٥", "２５",
            "1e2", "0025", "0x1A", "+25", "25,000", "25 seconds");
    private static final List<String> LOCALES = List.of("en-GB", "de-DE", "xx", "");

    private final InteractionModel model;
    private final RequestFactory requests;
    private final List<String> intentNames;

    FuzzRequests(InteractionModel model, RequestFactory requests) {
        this.model = model;
        this.requests = requests;
        this.intentNames = model.intents().keySet().stream().sorted().toList();
    }

    /**
     * Returns every kind of request this can send, as {@link FuzzCoverage} names them: the request
     * type, and for an intent request the intent's name.
     */
    List<String> everyKind() {
        List<String> kinds = new ArrayList<>(List.of("LaunchRequest", "SessionEndedRequest"));
        kinds.addAll(OTHER_TYPES);
        intentNames.forEach(name -> kinds.add("IntentRequest " + name));
        UNKNOWN_INTENTS.forEach(name -> kinds.add(("IntentRequest " + name).strip()));
        kinds.add(FuzzScreens.RUNTIME_ERROR);
        return kinds;
    }

    // ---- screens: touches and the screen's own reports ----

    /** What a touch is: one on the screen now shown, one on a screen shown before, or one no screen of ours sends. */
    enum TouchKind { VALID, STALE, HOSTILE }

    /**
     * A touch drawn for a session: its kind, the request, the document it was made on ("none" when
     * it came from no screen) and the arguments a button would send (empty for hostile ones).
     */
    record Touch(TouchKind kind, ObjectNode request, String document, List<String> arguments) {}

    /** The events a button may send: what a device without a screen is fuzzed with, ids its own. */
    private static final List<List<String>> PLAIN_TOUCHES = List.of(List.of("word", "YES"), List.of("word", "NO"),
            List.of("word", "READY"), List.of("word", "UNSURE"), List.of("word", "DONE"), List.of("command", "WAIT"),
            List.of("command", "STOP"), List.of("command", "START_TEST"), List.of("stretch", "EDGE_OF_TABLE"),
            List.of("stretch", "HALF_KNEELING"), List.of("hurt", ""));
    private static final List<String> WRONG_KINDS = List.of("WORD", "", "intent", "hurt ", "Word", "touch");
    private static final List<String> WRONG_VALUES = List.of("MAYBE", "yes", " YES", "", "LAUNCH", "null",
            "YES,NO", "EDGE_OF_TABLE", "{observation}");
    private static final int LONG = 100_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Returns a touch of one of the buttons of {@code current}, the screen now shown. */
    Touch validTouch(Random r, FuzzScreens.Shown current) {
        List<String> args = current.touch(r.nextInt(current.buttons().size()));
        return new Touch(TouchKind.VALID, requests.touch(args), current.document(), args);
    }

    /** Returns a touch of a button of a screen shown before, under another id than {@code currentId}; null if none. */
    Touch staleTouch(Random r, List<FuzzScreens.Shown> earlier, String currentId) {
        List<FuzzScreens.Shown> others = earlier.stream()
                .filter(s -> !s.id().equals(currentId) && !s.buttons().isEmpty()).toList();
        if (others.isEmpty()) {
            return null;
        }
        FuzzScreens.Shown old = pick(r, others);
        List<String> args = old.touch(r.nextInt(old.buttons().size()));
        return new Touch(TouchKind.STALE, requests.touch(args), old.document(), args);
    }

    /**
     * Returns a touch from a device without APL, which shows no screen: the arguments a button
     * would send, with the id of the step the session is at, or another.
     */
    Touch touchWithoutScreen(Random r, String currentId) {
        List<String> event = pick(r, PLAIN_TOUCHES);
        String id = currentId != null && r.nextBoolean() ? currentId : pick(r, List.of("OFFER_TEST", "END",
                "ASK.RIGHT.THIGH_DROPS", "SETUP_LIE.RIGHT"));
        return new Touch(TouchKind.HOSTILE, requests.touch(List.of(event.get(0), event.get(1), id)), "none", List.of());
    }

    /**
     * Returns a touch no screen of ours sends, built on a button of {@code current} when there is
     * one: arguments missing, too few or too many, not strings, null, unknown kinds and values,
     * 100,000 characters long; no token, or another document's.
     */
    Touch hostileTouch(Random r, FuzzScreens.Shown current) {
        List<String> base = current != null && !current.buttons().isEmpty()
                ? current.touch(r.nextInt(current.buttons().size()))
                : List.of("word", "YES", current != null ? current.id() : "OFFER_TEST");
        ObjectNode request = requests.touch(base);
        ArrayNode args = JSON.arrayNode();
        base.forEach(args::add);
        int at = r.nextInt(3);
        switch (r.nextInt(22)) {
            case 0 -> request.remove("arguments");
            case 1 -> request.putNull("arguments");
            case 2 -> args.removeAll();
            case 3 -> { args.remove(2); args.remove(1); }
            case 4 -> args.remove(2);
            case 5 -> args.add(r.nextBoolean() ? "extra" : base.get(2));
            case 6 -> args.set(at, JSON.numberNode(r.nextInt(3) == 0 ? 1.5 : r.nextInt(100) - 50));
            case 7 -> args.set(at, JSON.booleanNode(r.nextBoolean()));
            case 8 -> args.set(at, JSON.objectNode().put("kind", base.get(0)).put("value", base.get(1)));
            case 9 -> args.set(at, JSON.arrayNode().add(base.get(at)));
            case 10 -> args.set(at, JSON.nullNode());
            case 11 -> args.set(1, pick(r, WRONG_VALUES));
            case 12 -> args.set(0, pick(r, WRONG_KINDS));
            case 13 -> { args.set(0, "hurt"); args.set(1, pick(r, List.of("knee", "left hip", "x"))); }
            case 14 -> { args.set(0, "stretch"); args.set(1, pick(r, List.of("YOGA", "edge_of_table", ""))); }
            case 15 -> { args.set(0, "command"); args.set(1, pick(r, List.of("FALLBACK", "LAUNCH", "stop"))); }
            case 16 -> args.set(at, "x".repeat(LONG));
            case 17 -> { for (int i = 0; i < 100; i++) { args.add(base.get(i % 3)); } }
            case 18 -> request.remove("token");
            case 19 -> request.put("token", pick(r, List.of("another-document", "", "HIPCHECK")));
            case 20 -> request.putNull("token");
            default -> { request.remove("source"); request.remove("token"); }
        }
        if (request.has("arguments") && !request.path("arguments").isNull()) {
            request.set("arguments", args);
        }
        return new Touch(TouchKind.HOSTILE, request, current == null ? "none" : current.document(), List.of());
    }

    /** Returns the screen's report that a document failed: a list error as the SDK knows it, another, one of a type it does not know, or none. */
    ObjectNode runtimeError(Random r) {
        ObjectNode request = requests.ofType(FuzzScreens.RUNTIME_ERROR);
        if (r.nextInt(5) > 0) {
            request.put("token", "hipcheck");
        }
        ArrayNode errors = request.putArray("errors");
        switch (r.nextInt(4)) {
            case 0 -> errors.addObject().put("type", "LIST_ERROR").put("reason", "INVALID_LIST_ID")
                    .put("listId", "steps").put("listVersion", 1).put("operationIndex", 0)
                    .put("message", "fuzz").put("token", "hipcheck");
            case 1 -> errors.addObject().put("type", "LIST_ERROR").put("reason", "SOMETHING_NEW")
                    .put("message", "x".repeat(r.nextBoolean() ? 10 : LONG));
            // A type the SDK's model does not know: the request cannot be read, and still gets its answer.
            case 2 -> errors.addObject().put("type", "RENDER_ERROR").put("reason", "UNKNOWN").put("message", "fuzz");
            default -> { }
        }
        return request;
    }

    /** Returns the arguments of a touch request, for labels: each quoted and cut short. */
    static String arguments(JsonNode request) {
        if (!request.has("arguments")) {
            return "(no arguments)";
        }
        JsonNode args = request.path("arguments");
        if (!args.isArray()) {
            return "arguments=" + args;
        }
        StringBuilder b = new StringBuilder("[");
        for (JsonNode a : args) {
            if (b.length() > 1) {
                b.append(", ");
            }
            if (b.length() > 120) {
                b.append("... ").append(args.size()).append(" in all");
                break;
            }
            String text = a.toString();
            b.append(text.length() > 40 ? text.substring(0, 20) + "...(" + text.length() + " chars)" : text);
        }
        return b.append(']').toString();
    }

    /** Returns a LaunchRequest. */
    ObjectNode launch() {
        return requests.launch();
    }

    /** Returns an intent request without slots. */
    ObjectNode intent(String name) {
        return requests.intent(name, Map.of());
    }

    /** Returns an intent request with slots given as slot name to spoken words. */
    ObjectNode intent(String name, Map<String, String> slots) {
        return requests.intent(name, slots);
    }

    /** Returns what a user playing along might say in this phase; with no session, they open the skill. */
    ObjectNode cooperative(Random r, Optional<Phase> inSession) {
        if (inSession.isEmpty()) {
            return requests.launch();
        }
        return switch (inSession.get()) {
            case OFFER_TEST -> r.nextBoolean() ? intent("AMAZON.YesIntent") : intent("StartTestIntent");
            case SETUP_LIE, SETUP_HUG, SETUP_HANG, SWITCH_SIDE ->
                    r.nextInt(10) == 0 ? intent("WaitIntent") : intent("ReadyIntent");
            case ASK -> switch (r.nextInt(5)) {
                case 0 -> intent("AMAZON.YesIntent");
                case 1 -> intent("AMAZON.NoIntent");
                case 2 -> intent("UnsureIntent");
                case 3 -> intent("DescribeIntent", Map.of("observation", known(r, "OBSERVATION")));
                default -> intent("DescribeIntent", Map.of("observation", known(r, "OBSERVATION"),
                        "otherObservation", known(r, "OBSERVATION")));
            };
            case OFFER_STRETCH -> switch (r.nextInt(10)) {
                case 0, 1 -> intent("AMAZON.YesIntent");
                case 2 -> intent("HoldTimeIntent", Map.of("seconds", inRange(r)));
                case 3 -> intent("RoundsIntent", Map.of("count", String.valueOf(1 + r.nextInt(Plan.MAX_ROUNDS))));
                default -> intent("ChooseStretchIntent", Map.of("stretch", known(r, "STRETCH")));
            };
            case RETEST_OFFER -> r.nextInt(3) == 0 ? intent("AMAZON.NoIntent") : intent("AMAZON.YesIntent");
            case STRETCH_SETUP -> switch (r.nextInt(12)) {
                case 0 -> intent("HoldTimeIntent", Map.of("seconds", inRange(r)));
                case 1 -> intent("ChooseStretchIntent", Map.of("stretch", known(r, "STRETCH")));
                case 2 -> intent("RoundsIntent", Map.of("count", String.valueOf(1 + r.nextInt(Plan.MAX_ROUNDS))));
                case 3 -> intent("StepsIntent");
                default -> intent("ReadyIntent");
            };
            case NEXT_SIDE -> r.nextInt(10) == 0 ? intent("WaitIntent") : intent("ReadyIntent");
            case ANOTHER_ROUND -> switch (r.nextInt(6)) {
                case 0, 1, 2 -> intent("AMAZON.YesIntent");
                case 3 -> intent("RoundsIntent", Map.of("count", String.valueOf(1 + r.nextInt(2))));
                default -> intent("AMAZON.NoIntent");
            };
            case PAUSED -> switch (r.nextInt(3)) {
                case 0 -> intent("AMAZON.ResumeIntent");
                case 1 -> intent("ReadyIntent");
                default -> intent("AMAZON.YesIntent");
            };
            case WELCOME_BACK -> switch (r.nextInt(8)) {
                case 0, 1 -> intent("AMAZON.NoIntent");
                case 2 -> intent("RoundsIntent", Map.of("count", String.valueOf(1 + r.nextInt(Plan.MAX_ROUNDS))));
                case 3 -> intent("ChooseStretchIntent", Map.of("stretch", known(r, "STRETCH")));
                default -> intent("AMAZON.YesIntent");
            };
            case OFFER_SAVE -> r.nextInt(4) == 0 ? intent("AMAZON.NoIntent") : intent("AMAZON.YesIntent");
            case CHECK_IN -> r.nextInt(3) == 0 ? intent("AMAZON.NoIntent") : intent("ReadyIntent");
            case CONFIRM_FORGET, CONFIRM_REMINDER -> r.nextBoolean() ? intent("AMAZON.NoIntent")
                    : intent("AMAZON.YesIntent");
        };
    }

    /** Returns any request at all: any intent of the model with any slot values, or another request type. */
    ObjectNode anything(Random r) {
        int roll = r.nextInt(100);
        ObjectNode request;
        if (roll < 62) {
            request = randomIntent(r, intentNames.get(r.nextInt(intentNames.size())));
        } else if (roll < 66) {
            request = requests.intent(pick(r, UNKNOWN_INTENTS), Map.of());
        } else if (roll < 72) {
            request = requests.launch();
        } else if (roll < 77) {
            String reason = pick(r, List.of("USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR"));
            request = requests.sessionEnded(reason);
            if (reason.equals("ERROR")) {
                request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "fuzz");
            }
        } else {
            request = otherType(r, pick(r, OTHER_TYPES));
        }
        if (r.nextInt(20) == 0) {
            String locale = pick(r, LOCALES);
            if (locale.isEmpty()) {
                request.remove("locale");
            } else {
                request.put("locale", locale);
            }
        }
        return request;
    }

    private ObjectNode otherType(Random r, String type) {
        ObjectNode request;
        switch (type) {
            case "CanFulfillIntentRequest" -> {
                request = randomIntent(r, intentNames.get(r.nextInt(intentNames.size())));
                request.put("type", type);
                request.remove("dialogState");
            }
            case "Alexa.Presentation.APL.UserEvent" -> {
                request = requests.ofType(type);
                request.put("token", "hipcheck");
                request.putArray("arguments").add("next");
                request.putObject("source").put("type", "TouchWrapper").put("handler", "Press").put("id", "next");
            }
            case "AudioPlayer.PlaybackStarted", "AudioPlayer.PlaybackNearlyFinished" -> {
                request = requests.ofType(type);
                request.put("token", "track-1");
                request.put("offsetInMilliseconds", r.nextInt(60_000));
            }
            case "System.ExceptionEncountered" -> {
                request = requests.ofType(type);
                request.putObject("error").put("type", "INVALID_RESPONSE").put("message", "fuzz");
                request.putObject("cause").put("requestId", "amzn1.echo-api.request.fuzz");
            }
            case "Connections.Response" -> {
                if (r.nextInt(4) == 0) {
                    request = requests.ofType(type);
                    request.put("name", "Buy");
                    request.putObject("status").put("code", "200").put("message", "OK");
                    request.putObject("payload").put("purchaseResult", "ACCEPTED");
                    request.put("token", "fuzz");
                } else {
                    // Alexa's answer to the reminders permission, of every status, with Hip Check's token or another.
                    request = requests.permissionAnswer(pick(r, List.of("ACCEPTED", "DENIED", "NOT_ANSWERED", "")),
                            pick(r, List.of("200", "200", "400", "500")),
                            pick(r, List.of("hipcheck.reminder.19:00", "hipcheck.reminder.07:30",
                                    "hipcheck.reminder.move.15:00", "", "fuzz", "hipcheck.reminder.25:99")));
                }
            }
            // The rest need nothing but their type.
            default -> request = requests.ofType(type);
        }
        return request;
    }

    private ObjectNode randomIntent(Random r, String name) {
        Map<String, String> spoken = new HashMap<>();
        for (Map.Entry<String, String> slot : model.intents().get(name).slots().entrySet()) {
            String value = slot.getValue().equals("AMAZON.NUMBER") ? number(r)
                    : slot.getValue().equals("AMAZON.TIME") ? time(r) : word(r, slot.getValue());
            if (value != null) {
                spoken.put(slot.getKey(), value);
            }
        }
        ObjectNode request = requests.intent(name, spoken);
        if (!spoken.isEmpty() && r.nextInt(30) == 0) {
            ((ObjectNode) request.get("intent")).remove("slots");
        }
        return request;
    }

    /** Returns an AMAZON.TIME value as Alexa sends one (a time, a part of the day), nothing, or one it never sends. */
    private static String time(Random r) {
        return pick(r, TIMES);
    }

    private static final List<String> TIMES = Arrays.asList(null, "19:00", "07:30", "08:00", "23:59", "00:00", "EV",
            "MO", "AF", "NI", "24:00", "7 pm", "", "T19", "19:00:00", "x".repeat(200));

    /** Returns words for a custom slot: nothing, a value, a synonym, or words outside the catalogue. */
    private String word(Random r, String type) {
        int roll = r.nextInt(100);
        if (roll < 25) {
            return null;
        }
        if (roll < 80) {
            return known(r, type);
        }
        return pick(r, OUTSIDE_WORDS);
    }

    private String known(Random r, String type) {
        InteractionModel.SlotValue v = pick(r, model.types().get(type));
        return v.synonyms().isEmpty() || r.nextBoolean() ? v.value() : pick(r, v.synonyms());
    }

    private static String number(Random r) {
        int roll = r.nextInt(100);
        if (roll < 10) {
            return null;
        }
        if (roll < 55) {
            return inRange(r);
        }
        return roll < 75 ? pick(r, NUMBERS_OUT) : pick(r, NUMBERS_GARBAGE);
    }

    private static String inRange(Random r) {
        return String.valueOf(Hold.MIN_SECONDS + r.nextInt(Hold.MAX_SECONDS - Hold.MIN_SECONDS + 1));
    }

    /** The phases a pause or a confirmation can go back to. */
    private static final List<Phase> RESUMABLE = Stream.of(Phase.values())
            .filter(p -> p != Phase.PAUSED && p != Phase.CONFIRM_FORGET && p != Phase.CONFIRM_REMINDER).toList();

    /** Returns a random state the dialog's own rules accept, reachable or not. */
    static DialogState randomState(Random r) {
        while (true) {
            Phase phase = pick(r, List.of(Phase.values()));
            Phase resume = phase == Phase.PAUSED || phase == Phase.CONFIRM_FORGET || phase == Phase.CONFIRM_REMINDER
                    ? pick(r, RESUMABLE) : null;
            // Drawn in the same order as always, so a seed replays the same state.
            Side side = pick(r, List.of(Side.values()));
            TestAnswers answers = new TestAnswers(answers(r), answers(r));
            Optional<Stretch> stretch = r.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(pick(r, List.of(Stretch.values())));
            Hold hold = new Hold(Hold.MIN_SECONDS + r.nextInt(Hold.MAX_SECONDS - Hold.MIN_SECONDS + 1));
            int round = r.nextInt(4) == 0 ? Plan.MAX_ROUNDS : 1 + r.nextInt(Plan.MAX_ROUNDS);
            int rounds = 1 + r.nextInt(Plan.MAX_ROUNDS);
            int more = r.nextInt(3) == 0 ? 1 + r.nextInt(Plan.MAX_ROUNDS) : 0;
            Optional<Topic> aside = r.nextInt(4) == 0 ? Optional.of(pick(r, List.of(Topic.values())))
                    : Optional.empty();
            boolean disclaimed = r.nextBoolean();
            try {
                Talk talk = talk(r);
                Memory memory = memory(r);
                // Drawn last: a description waiting for the user's yes, while a question is asked.
                Optional<Observation> confirming = (phase == Phase.ASK || resume == Phase.ASK) && r.nextInt(3) == 0
                        ? Optional.of(pick(r, List.of(Observation.values()))) : Optional.empty();
                // A reminder offered, while its question is asked: a time of day on the quarter hour.
                Optional<ReminderAsk> reminding = phase == Phase.CONFIRM_REMINDER
                        ? Optional.of(new ReminderAsk(LocalTime.of(r.nextInt(24), 15 * r.nextInt(4)), r.nextBoolean()))
                        : Optional.empty();
                return new DialogState(phase, side, answers, new Plan(stretch, hold, round, rounds, more),
                        Optional.ofNullable(resume), aside, disclaimed, talk, memory, confirming, reminding);
            } catch (IllegalArgumentException e) {
                // not a state the rules allow: draw again
            }
        }
    }

    /**
     * Returns how the conversation has gone so far: drawn after everything else, so the states
     * of earlier seeds keep their phase, answers and plan.
     */
    private static Talk talk(Random r) {
        return new Talk(r.nextInt(40), r.nextInt(4), r.nextInt(3) == 0 ? 1 : 0, r.nextInt());
    }

    /** Returns what the conversation knows of the user: mostly nothing kept, as before there was a store. */
    private static Memory memory(Random r) {
        int roll = r.nextInt(4);
        if (roll < 2) {
            return Memory.NONE;
        }
        Memory.Storage storage = roll == 2 ? Memory.Storage.UP : pick(r, List.of(Memory.Storage.UP, Memory.Storage.DOWN));
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<Side> sides = pick(r, List.of(List.of(), List.of(Side.RIGHT), List.of(Side.LEFT),
                List.of(Side.RIGHT, Side.LEFT)));
        List<LocalDate> days = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            days.add(today.minusDays(r.nextInt(40)));
        }
        PracticeRecord record = new PracticeRecord(sides,
                r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, List.of(Stretch.values()))), Hold.DEFAULT, 1,
                r.nextBoolean() ? List.of() : List.of(today.minusDays(r.nextInt(40))), days,
                r.nextInt(5) == 0 ? Optional.of(today.minusDays(r.nextInt(2))) : Optional.empty(),
                Instant.parse("2026-11-20T10:00:00Z"));
        boolean consented = r.nextBoolean();
        boolean forgotten = !consented && r.nextInt(5) == 0;
        return new Memory(storage, consented, record, false, forgotten, r.nextBoolean(),
                Instant.parse("2026-12-01T10:05:00Z"), ZoneOffset.UTC);
    }

    /**
     * Returns a record an earlier visit might have kept, dated from today's UTC day: a plan or none,
     * some days practised, and now and then a safety pause from yesterday or from earlier today.
     */
    static PracticeRecord keptEarlier(Random r) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Side> sides = pick(r, List.of(List.of(), List.of(Side.RIGHT), List.of(Side.LEFT),
                List.of(Side.RIGHT, Side.LEFT)));
        List<LocalDate> days = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            days.add(today.minusDays(1 + r.nextInt(40)));
        }
        int pause = r.nextInt(3);
        return new PracticeRecord(sides,
                r.nextBoolean() ? Optional.empty() : Optional.of(pick(r, List.of(Stretch.values()))), Hold.DEFAULT, 1,
                List.of(today.minusDays(1 + r.nextInt(40))), days,
                pause == 0 ? Optional.empty() : Optional.of(today.minusDays(pause - 1)),
                Instant.now().minus(Duration.ofDays(1)));
    }

    private static SideAnswers answers(Random r) {
        SideAnswers answers = SideAnswers.none();
        boolean complete = r.nextBoolean();
        for (Question q : Question.values()) {
            if (complete || r.nextBoolean()) {
                answers = answers.with(q, pick(r, List.of(Answer.values())));
            }
        }
        return answers;
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}

package com.hipcheck.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hipcheck.alexa.AlexaApiClient;
import com.hipcheck.alexa.LocalHandlers;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import com.hipcheck.domain.PracticeStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Talk to Hip Check on this machine: each typed line is understood as Alexa would understand it
 * (from the interaction model), sent as a real request envelope through the Lambda handler, and
 * the response is shown as what Alexa would say. {@code serve} runs the loopback endpoint instead.
 * See {@link Options#USAGE} for the flags.
 */
public final class Console {
    /** The one user of the console: the same in every run, so a second run meets a returning user. */
    static final String LOCAL_USER = "amzn1.ask.account.LOCALDEVELOPER";

    /**
     * Returns where the reminders Alexa's APIs keep on this machine live between runs: beside a
     * history file ("local-history.json.reminders.json"), so a returning user's reminder is there
     * the next day; null for a temporary history or none, whose reminders last one run.
     */
    static Path remindersBeside(Options.History history) {
        if (history instanceof Options.InFile inFile) {
            Path file = inFile.file().toAbsolutePath();
            return file.resolveSibling(file.getFileName() + ".reminders.json");
        }
        return null;
    }

    /** Returns the reminders kept in {@code file} by an earlier run, by alertToken; none when there is no file. */
    private static Map<String, JsonNode> readReminders(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Map.of();
        }
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        if (all != null && all.isObject()) {
            all.fields().forEachRemaining(e -> kept.put(e.getKey(), e.getValue()));
        }
        return kept;
    }

    private static void writeReminders(Path file, Map<String, JsonNode> reminders) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), reminders);
    }

    /** Returns the store the console's history flag asks for. */
    static Optional<PracticeStore> historyOf(Options.History history) {
        if (history instanceof Options.InFile inFile) {
            return Optional.of(new FilePracticeStore(inFile.file()));
        }
        if (history instanceof Options.Temporary) {
            try {
                Path file = Files.createTempFile("hip-check-history", ".json");
                Files.delete(file);
                file.toFile().deleteOnExit();
                return Optional.of(new FilePracticeStore(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary history file", e);
            }
        }
        return Optional.empty();
    }

    /** The skill ID in requests when SKILL_ID is not set; the handler then accepts any. */
    static final String LOCAL_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    /** A failure that ends the run with exit status 1, said in one line. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final Options.Talk options;
    private final PrintStream out;
    private final PrintStream err;
    private final UtteranceResolver resolver;
    private final RequestFactory requests;
    private final LocalSession session;
    private final InputLines lines;
    private final HoldPlayer player;
    private final ObjectWriter json = new ObjectMapper().writerWithDefaultPrettyPrinter();
    private final List<String> misses = new ArrayList<>();
    /** The token of the permission the skill just asked Alexa to ask for by voice; null when none is pending. */
    private String askedFor;
    /** Alexa's APIs played on this machine, with --zone; null without. */
    private final LocalAlexaApi api;
    /** Where each turn's screen is written under --screens; null without it. */
    private final ScreenFiles screens;
    /** The screen on show, whose buttons a typed touch presses; null when none is. */
    private ShownScreen onScreen;
    /** The requests sent for what the user said or touched: the number in a screen's file names. */
    private int turns;
    private Speaker speaker;
    private int failures;

    private Console(Options.Talk options, InteractionModel model, String skillId, Speaker speaker, boolean terminal,
            InputLines lines, ScreenFiles screens, Clock clock, LocalAlexaApi api, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.resolver = new UtteranceResolver(model);
        this.requests = new RequestFactory(model, skillId, options.locale(), clock);
        this.session = new LocalSession(LocalHandlers.keeping(historyOf(options.history()), clock), skillId,
                LOCAL_USER);
        this.api = api;
        if (api != null) {
            session.alexaApi(api.endpoint());
        }
        this.screens = screens;
        if (screens != null) {
            session.onScreen();
        }
        this.speaker = speaker;
        this.lines = lines;
        // A line typed during a hold cuts it short, as speech does on a device; a script's next line
        // is not "said" until the hold is over.
        HoldPlayer.Sleeper sleeper = options.script() == null ? lines::awaitNext : millis -> {
            Thread.sleep(millis);
            return false;
        };
        this.player = options.realtime() ? new HoldPlayer(out, sleeper, terminal, speaker) : null;
    }

    public static void main(String[] args) {
        PrintStream transcript = System.out;
        // The skill writes its operator log lines to stdout, as Lambda wants; here they go to stderr,
        // so the transcript on stdout stays clean enough to read, pipe or diff.
        System.setOut(System.err);
        int status = run(args, System.in, transcript, System.err, System.getenv());
        transcript.flush();
        System.exit(status);
    }

    /** Runs the command line {@code args} and returns the exit status: 0 ok, 1 failure, 2 bad usage. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, in, out, err, env, Clock.systemUTC());
    }

    /** Runs the command line as {@link #run(String[], InputStream, PrintStream, PrintStream, Map)}, with {@code now} as the real clock. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Clock now) {
        try {
            if (args.length > 0 && args[0].equals("serve")) {
                return ServeCommand.run(Options.serve(Arrays.copyOfRange(args, 1, args.length), env), out);
            }
            Options.Talk options = Options.talk(args);
            if (options.help()) {
                out.print(Options.USAGE);
                return 0;
            }
            InteractionModel model = loadModel(options.model());
            Speaker speaker = null;
            if (options.speak()) {
                speaker = Speaker.find(env.get("PATH")).orElse(null);
                if (speaker == null) {
                    out.println(Speaker.INSTALL_HINT);
                }
            }
            String skillId = env.getOrDefault("SKILL_ID", "").isBlank() ? LOCAL_SKILL_ID : env.get("SKILL_ID").strip();
            boolean terminal = System.console() != null && options.script() == null;
            InputLines lines = InputLines.readFrom(options.script() != null ? openScript(options.script())
                    : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            ScreenFiles screens = options.screens() == null ? null : screenFiles(options.screens(), env, out);
            Clock clock = options.date() == null ? now : pretending(now, options.date(), options.zone());
            LocalAlexaApi api = options.zone() == null ? null : alexaApi(options.zone(), options.remindersPermission());
            Path kept = api == null ? null : remindersBeside(options.history());
            try {
                if (kept != null) {
                    api.keeping(readReminders(kept));
                }
                if (api != null && options.script() == null) {
                    out.println("Alexa's APIs on this machine at " + api.endpoint() + ": the device is in "
                            + options.zone().getId() + "; reminders " + (!options.remindersPermission() ? "not permitted."
                            : kept == null ? "permitted, kept for this run." : "permitted, kept in " + kept + "."));
                }
                return new Console(options, model, skillId, speaker, terminal, lines, screens, clock, api, out, err)
                        .talk();
            } finally {
                if (screens != null) {
                    screens.close();
                }
                if (api != null) {
                    if (kept != null) {
                        writeReminders(kept, api.reminders());
                    }
                    api.close();
                }
            }
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage() + " (see --help)");
            return 2;
        } catch (Failure e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int talk() throws IOException {
        boolean scripted = options.script() != null;
        if (!scripted) {
            out.println("Hip Check on this machine. Say \"open hip check\" to begin; Ctrl-D to leave.");
        }
        int number = 0;
        // Whether the next line was typed while Alexa was speaking, cutting her short: it has no prompt.
        boolean typedAhead = false;
        while (true) {
            if (!scripted && !typedAhead) {
                out.print("> ");
                out.flush();
            }
            String line = lines.next();
            if (line == null) {
                break;
            }
            number++;
            String said = line.strip();
            if (said.isEmpty() || (scripted && said.startsWith("#"))) {
                typedAhead = false;
                continue;
            }
            if (scripted) {
                out.println("you: " + said);
            } else if (typedAhead) {
                // Shown again with a prompt: the progress bar may have drawn over its echo.
                out.println("> " + said);
            }
            if (askedFor != null) {
                typedAhead = answerPermission(said);
                continue;
            }
            Optional<String> touched = screens == null ? Optional.empty() : ShownScreen.touched(said);
            typedAhead = touched.isPresent() ? touch(touched.get()) : turn(said, number);
        }
        if (!scripted) {
            out.println();
        }
        if (session.isOpen()) {
            // The user walked away: Alexa tells the skill the session is over.
            exchange(requests.sessionEnded("USER_INITIATED"));
        }
        if (options.strict() && !misses.isEmpty()) {
            err.println("strict: " + misses.size() + " line(s) matched no sample: " + String.join(", ", misses));
            return 1;
        }
        return failures > 0 ? 1 : 0;
    }

    /** Understands one line, sends it, and shows the response; returns whether the user cut the response short. */
    private boolean turn(String said, int number) {
        Understood heard = resolver.resolve(said);
        if (options.debug()) {
            out.println("  [heard] " + heard.describe());
        }
        if (heard.isFallback()) {
            misses.add("line " + number + " \"" + said + "\"");
            out.println("  (no sample matched: Alexa sends AMAZON.FallbackIntent)");
        }
        ObjectNode request = switch (heard.kind()) {
            case LAUNCH -> requests.launch();
            case INTENT -> requests.intent(heard.intent(), heard.slots());
            case ONE_SHOT -> {
                session.endSession();
                yield requests.intent(heard.intent(), heard.slots());
            }
        };
        return answer(request);
    }

    /**
     * Plays Alexa's part after the skill asked for the reminders permission by voice: the line is
     * the user's answer to Alexa's own question ("I approve", "yes": granted, and the stand-in API
     * allows reminders from then on; "no": refused; anything else: not answered), sent back as the
     * {@code Connections.Response} Alexa sends, with the skill's token.
     */
    private boolean answerPermission(String said) {
        String token = askedFor;
        askedFor = null;
        String words = String.join(" ", Words.of(said));
        String status = APPROVALS.contains(words) ? "ACCEPTED" : REFUSALS.contains(words) ? "DENIED" : "NOT_ANSWERED";
        if (status.equals("ACCEPTED") && api != null) {
            api.grant(true);
        }
        out.println("  (Alexa sends the skill Connections.Response AskFor: " + status + ")");
        return answer(requests.permissionAnswer(status, "200", token));
    }

    /** What Alexa takes as yes and as no to her permission question (she asks "You can say I approve or no"). */
    private static final Set<String> APPROVALS = Set.of("i approve", "approve", "yes", "yeah", "yes please", "sure",
            "okay", "ok", "i do", "yes i approve");
    private static final Set<String> REFUSALS = Set.of("no", "nope", "no thanks", "no thank you", "i don't", "deny");

    /** Presses the button labelled {@code label} on the screen on show, as a finger would; returns as {@link #turn}. */
    private boolean touch(String label) {
        if (onScreen == null) {
            out.println("  (no screen to touch: there is none on show)");
            return false;
        }
        Optional<ShownScreen.Button> button = onScreen.button(label);
        if (button.isEmpty()) {
            List<String> labels = onScreen.labels();
            out.println("  (no button \"" + label + "\" on " + onScreen.id() + "; "
                    + (labels.isEmpty() ? "it has none)" : "touch one of: " + String.join(", ", labels) + ")"));
            return false;
        }
        List<String> arguments = onScreen.arguments(button.get());
        if (options.debug()) {
            out.println("  [touched] \"" + button.get().label() + "\" sends " + arguments);
        }
        return answer(requests.touch(arguments));
    }

    /** Sends the request for one thing said or touched, writes its screen and shows the response. */
    private boolean answer(ObjectNode request) {
        turns++;
        JsonNode response = exchange(request);
        if (response == null) {
            return false;
        }
        if (screens != null) {
            writeScreen(response);
        }
        return show(response.path("response"));
    }

    /** Writes the screen a response shows, if any, and says where; a screen never ends the conversation. */
    private void writeScreen(JsonNode response) {
        onScreen = ShownScreen.in(response).orElse(null);
        if (onScreen != null) {
            try {
                out.println("  screen: " + screens.write(turns, onScreen).shown());
            } catch (IOException | RuntimeException e) {
                out.println("  (screen not written: " + e.getMessage() + ")");
            }
        }
        if (!session.isOpen()) {
            // The session is over: the device goes back to its home screen, and a touch has nothing to press.
            onScreen = null;
        }
    }

    /** Sends one request through the handler; shows the JSON both ways under --debug. */
    private JsonNode exchange(ObjectNode request) {
        try {
            JsonNode response = session.send(request);
            if (options.debug()) {
                out.println("  [request]\n" + indent(json.writeValueAsString(session.lastSent())));
                out.println("  [response]\n" + indent(json.writeValueAsString(response)));
            }
            return response;
        } catch (IOException | RuntimeException e) {
            failures++;
            out.println("  (the skill failed on this request: " + e + ")");
            return null;
        }
    }

    /**
     * Shows one response: what Alexa says, what she says if the user stays quiet, the card, and the
     * session's end. Returns whether the user cut the speech short, which leaves the reprompt unsaid.
     */
    private boolean show(JsonNode response) {
        JsonNode speech = response.path("outputSpeech");
        String ssml = speech.path("ssml").asText(speech.path("text").asText(""));
        Speech said = Speech.fromSsml(ssml);
        boolean cutShort = false;
        if (said.isEmpty()) {
            out.println("alexa: (says nothing)");
        } else if (player != null && said.hasHold()) {
            cutShort = player.play(said);
        } else {
            out.println("alexa: " + said.readable());
            if (speaker != null) {
                speaker.speak(ssml).ifPresent(problem -> {
                    out.println("  (speech is off from here: " + problem + ")");
                    speaker = null;
                });
            }
        }
        JsonNode reprompt = response.path("reprompt").path("outputSpeech");
        if (!reprompt.isMissingNode() && !cutShort) {
            String text = Speech.fromSsml(reprompt.path("ssml").asText(reprompt.path("text").asText(""))).readable();
            out.println("  (if you say nothing: " + text + ")");
        }
        for (JsonNode directive : response.path("directives")) {
            if ("Connections.SendRequest".equals(directive.path("type").asText())
                    && "AskFor".equals(directive.path("name").asText())) {
                // Alexa asks this herself, in her own words; the next line answers her.
                askedFor = directive.path("token").asText("");
                out.println("alexa (in Alexa's own words): Do you give Hip Check permission to update your reminders?"
                        + " You can say I approve or no.");
            }
        }
        JsonNode card = response.path("card");
        if (card.isObject() && "AskForPermissionsConsent".equals(card.path("type").asText())) {
            out.println("  card: (in the Alexa app) allow Hip Check to " + card.path("permissions").toString());
        } else if (card.isObject()) {
            out.println("  card: " + card.path("title").asText(""));
            String content = card.path("content").asText(card.path("text").asText(""));
            content.lines().forEach(line -> out.println("    " + line));
        }
        if (!session.isOpen()) {
            out.println("[session ended]");
        }
        return cutShort;
    }

    /**
     * Returns a clock that reads {@code date} at {@code now}'s time of day in {@code zone} (UTC
     * when null, the skill's own day without a zone), and runs on from there as {@code now} does.
     */
    static Clock pretending(Clock now, LocalDate date, ZoneId zone) {
        ZoneId in = zone == null ? ZoneOffset.UTC : zone;
        Instant real = now.instant();
        Instant pretended = ZonedDateTime.of(date, real.atZone(in).toLocalTime(), in).toInstant();
        return Clock.offset(now, Duration.between(real, pretended));
    }

    /**
     * Starts Alexa's APIs on this machine for a device in {@code zone}, and waits for the first
     * answer, which proves it is serving (the skill then waits for its zone as long as a busy
     * machine needs: LocalHandlers).
     */
    private static LocalAlexaApi alexaApi(ZoneId zone, boolean remindersPermission) throws Failure {
        LocalAlexaApi api = LocalAlexaApi.start().zone(zone).grant(remindersPermission);
        Optional<ZoneId> answered = AlexaApiClient.within(
                AlexaApiClient.timeZone(api.endpoint(), "amzn1.ask.device.LOCALREADY", "local-token"), Duration.ofSeconds(5));
        if (!answered.equals(Optional.of(zone))) {
            api.close();
            throw new Failure("Alexa's APIs on this machine did not answer at " + api.endpoint());
        }
        // The check is not part of the run: what the skill asks is.
        api.forgetRequests();
        return api;
    }

    /** Returns the writer of --screens DIR's files, DIR made if missing, drawing PNGs with tools/apl when it can. */
    private static ScreenFiles screenFiles(Path dir, Map<String, String> env, PrintStream out) throws Failure {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new Failure("--screens " + dir + " is a file, not a directory");
        } catch (IOException e) {
            throw new Failure("cannot make the screens directory " + dir + ": " + e.getMessage());
        }
        String chromium = env.getOrDefault("CHROMIUM", "");
        return new ScreenFiles(dir, new NodePngRenderer(Path.of("tools", "apl"), env.get("PATH"),
                Path.of(chromium.isBlank() ? "/usr/bin/chromium" : chromium), out::println));
    }

    private static InteractionModel loadModel(Path path) throws Failure {
        try {
            InteractionModel model = InteractionModel.load(path);
            if (model.intents().isEmpty()) {
                throw new Failure("model " + path + " declares no intents");
            }
            return model;
        } catch (NoSuchFileException e) {
            throw new Failure("model file not found: " + path);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new Failure("model " + path + " is not valid JSON" + where);
        } catch (IOException e) {
            throw new Failure("cannot read model " + path + ": " + e.getMessage());
        }
    }

    private static BufferedReader openScript(Path script) throws Failure {
        try {
            return Files.newBufferedReader(script, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Failure("script file not found: " + script);
        } catch (IOException e) {
            throw new Failure("cannot read script " + script + ": " + e.getMessage());
        }
    }

    private static String indent(String text) {
        return text.indent(4).stripTrailing();
    }
}

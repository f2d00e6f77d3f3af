package com.hipcheck.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The command line of {@link Console}: the console's flags, or those of its {@code serve} subcommand. */
final class Options {
    static final String USAGE = """
            Talk to Hip Check on this machine.

            usage: bin/run [options]                 type what you would say to Alexa
                   bin/run serve [serve options]     answer Alexa requests on a loopback HTTP endpoint

            options:
              --script FILE   say each line of FILE in turn (blank lines and # comments skipped)
              --strict        with --script: exit 1 if any line matched no sample (AMAZON.FallbackIntent)
              --debug         also show the intent and slots heard, and the request and response JSON
              --speak         speak each response with espeak-ng, pauses included
              --realtime      play holds in real time, cues at their moments, with a progress bar;
                              a line typed meanwhile cuts the hold short and is sent at once
              --locale L      talk as a device set to locale L, such as en-GB (default en-US): requests say L,
                              and lines are heard with models/L.json (en-US's for a locale without a model)
              --model PATH    the interaction model (default models/<locale>.json)
              --history FILE  keep the practice record (after a yes) in FILE (default target/local-history.json),
                              so "open hip check" a second time meets a returning user
              --temp-history  keep them in a temporary file, deleted on exit
              --no-history    keep nothing, as a skill deployed without a table
              --screens DIR   talk as an Echo Show: write each turn's screen to DIR as NN-<screen id>.png
                              (needs Chromium and tools/apl's npm packages, else JSON only), .document.json
                              and .datasource.json; "touch LABEL" (or "tap LABEL") presses a button
              --date DAY      pretend today is DAY (2026-12-28), at the current time of day (in --zone's
                              zone, else UTC), so a second run on the next DAY meets yesterday's user
              --zone ZONE     play Alexa's own APIs on this machine: the device is in ZONE (America/Chicago),
                              and reminders are kept (the user's permission granted) beside the history
                              file, in FILE.reminders.json, so the next run finds them (for one run only
                              with --temp-history or --no-history)
              --no-reminders-permission
                              with --zone: the user has not granted the reminders permission (401)
              --help          show this help

            serve options:
              --port N        port to listen on (default 8787; 0 picks a free one)
              --bind ADDR     loopback address to listen on (default 127.0.0.1); nothing else is accepted
              --skill-id ID   answer 403 to requests for any other skill (default: $SKILL_ID, if set)
              --temp-history  keep history in a temporary file, deleted on exit (default: keep nothing)

            Start with "open hip check"; end with Ctrl-D. Exit status: 0 ok, 1 failure, 2 bad usage.
            """;

    static final int DEFAULT_PORT = 8787;
    static final String DEFAULT_BIND = "127.0.0.1";

    /** A mistake on the command line, said in one line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The console's flags; {@code script}, {@code screens} (the directory of --screens), {@code date}
     * (--date) and {@code zone} (--zone) are null when not given.
     */
    record Talk(boolean debug, boolean speak, boolean realtime, Path script, boolean strict, Path model,
            boolean help, History history, Path screens, LocalDate date, ZoneId zone, boolean remindersPermission,
            String locale) {}

    /** The locale the console talks in unless --locale says otherwise. */
    static final String DEFAULT_LOCALE = "en-US";

    /** Where the console keeps the user's history. */
    sealed interface History permits InFile, Temporary, Nowhere {}

    /** In this file, kept between runs. */
    record InFile(Path file) implements History {}

    /** In a temporary file, gone after the run. */
    record Temporary() implements History {}

    /** Nowhere: nothing is kept, nothing offered. */
    record Nowhere() implements History {}

    /** Where history is kept unless a flag says otherwise. */
    static final Path DEFAULT_HISTORY = Path.of("target", "local-history.json");

    /** The serve subcommand's flags; {@code skillId} is null when any skill is accepted. */
    record Serve(String bind, int port, String skillId, boolean help, boolean tempHistory) {}

    private Options() {}

    /** Reads the console's flags. */
    static Talk talk(String[] args) throws UsageException {
        boolean debug = false;
        boolean speak = false;
        boolean realtime = false;
        boolean strict = false;
        boolean help = false;
        Path script = null;
        Path screens = null;
        LocalDate date = null;
        ZoneId zone = null;
        boolean remindersPermission = true;
        Path model = null;
        String locale = DEFAULT_LOCALE;
        History history = new InFile(DEFAULT_HISTORY);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--history" -> history = new InFile(Path.of(value(args, i++)));
                case "--temp-history" -> history = new Temporary();
                case "--no-history" -> history = new Nowhere();
                case "--debug" -> debug = true;
                case "--speak" -> speak = true;
                case "--realtime" -> realtime = true;
                case "--strict" -> strict = true;
                case "--help", "-h" -> help = true;
                case "--script" -> script = Path.of(value(args, i++));
                case "--model" -> model = Path.of(value(args, i++));
                case "--locale" -> locale = value(args, i++);
                case "--screens" -> screens = Path.of(value(args, i++));
                case "--date" -> date = date(value(args, i++));
                case "--zone" -> zone = zone(value(args, i++));
                case "--no-reminders-permission" -> remindersPermission = false;
                default -> throw unknown(args[i]);
            }
        }
        if (strict && script == null) {
            throw new UsageException("--strict only applies with --script FILE");
        }
        if (!remindersPermission && zone == null) {
            throw new UsageException("--no-reminders-permission only applies with --zone ZONE");
        }
        if (!locale.matches("[a-z]{2}-[A-Z]{2}")) {
            throw new UsageException("--locale is written like en-GB: " + locale);
        }
        if (model == null) {
            Path own = Path.of("models", locale + ".json");
            model = Files.isRegularFile(own) ? own : InteractionModel.DEFAULT_PATH;
        }
        return new Talk(debug, speak, realtime, script, strict, model, help, history, screens, date, zone,
                remindersPermission, locale);
    }

    /** Reads the serve subcommand's flags (those after {@code serve}); {@code env} supplies SKILL_ID. */
    static Serve serve(String[] args, Map<String, String> env) throws UsageException {
        String bind = DEFAULT_BIND;
        int port = DEFAULT_PORT;
        String skillId = env.get("SKILL_ID");
        boolean help = false;
        boolean tempHistory = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--temp-history" -> tempHistory = true;
                case "--port" -> port = port(value(args, i++));
                case "--bind" -> bind = value(args, i++);
                case "--skill-id" -> skillId = value(args, i++);
                case "--help", "-h" -> help = true;
                default -> throw unknown(args[i]);
            }
        }
        return new Serve(bind, port, skillId == null || skillId.isBlank() ? null : skillId.strip(), help,
                tempHistory);
    }

    private static String value(String[] args, int i) throws UsageException {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date needs a day as 2026-12-28, not " + text);
        }
    }

    private static ZoneId zone(String text) throws UsageException {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("--zone needs a time zone such as America/Chicago, not " + text);
        }
    }

    private static int port(String text) throws UsageException {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the usage error
        }
        throw new UsageException("--port needs a number from 0 to 65535, not " + text);
    }

    private static UsageException unknown(String arg) {
        return new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
    }
}

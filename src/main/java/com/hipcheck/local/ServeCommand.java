package com.hipcheck.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.hipcheck.alexa.HipCheckStreamHandler;
import com.hipcheck.alexa.LocalHandlers;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;

/** {@code Console serve}: runs the {@link LoopbackServer} with the skill's handler until the process is stopped. */
final class ServeCommand {
    private ServeCommand() {}

    /** Serves until stopped and returns the exit status; a refused start is thrown, to be said in one line. */
    static int run(Options.Serve options, PrintStream out) throws Options.UsageException, Console.Failure {
        if (options.help()) {
            out.print(Options.USAGE);
            return 0;
        }
        LoopbackServer server;
        try {
            // With a temporary history, every request shares one skill and its store, as one user's devices would.
            RequestStreamHandler keeping = options.tempHistory()
                    ? LocalHandlers.keeping(Console.historyOf(new Options.Temporary())) : null;
            server = LoopbackServer.start(options.bind(), options.port(),
                    keeping == null ? HipCheckStreamHandler::new : () -> keeping, options.skillId(), out);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        } catch (BindException e) {
            throw new Console.Failure("port " + options.port() + " on " + options.bind()
                    + " is already in use (--port 0 picks a free one)");
        } catch (IOException e) {
            throw new Console.Failure("cannot listen on " + options.bind() + ":" + options.port() + ": "
                    + e.getMessage());
        }
        String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        out.println("Hip Check is listening on http://" + host + ":" + server.port()
                + "/ : POST Alexa request JSON, get the skill's response JSON.");
        out.println("Loopback only, and Alexa request signatures are NOT verified: for development only.");
        out.println(options.skillId() == null
                ? "Requests for any skill are accepted (set SKILL_ID or --skill-id to refuse others)."
                : "Requests for any skill but " + options.skillId() + " get 403.");
        out.println("Ctrl-C stops it.");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}

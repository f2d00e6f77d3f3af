package com.hipcheck.local;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Draws screens with {@code tools/apl/render-one.js --serve}: Amazon's APL renderer for the web in
 * headless Chromium, the one {@code bin/check-screens} uses. One node process, started on the first
 * screen and kept for the run, so each screen costs a render (about half a second), not a browser
 * start. When node, tools/apl's npm packages or Chromium are missing, or the process fails, it says
 * so once through {@code notice} and draws nothing from then on.
 */
final class NodePngRenderer implements PngRenderer {
    static final String UNAVAILABLE = "screens: writing JSON only; PNGs need Node.js, Chromium and tools/apl's"
            + " npm packages (run bin/check-screens once to install them)";

    /** The start of the one line said when rendering stops partway through a run. */
    private static final String STOPPED = "screens: no more PNGs, writing JSON only: ";

    // Chromium's first start on a cold disk can take many seconds; a render, well under one.
    private static final long START_SECONDS = 60;
    private static final long RENDER_SECONDS = 30;
    /** What the reader thread queues when the process's output ends. */
    private static final String END = "\0end";

    private final Path toolsDir;
    private final String pathVariable;
    private final Path chromium;
    private final Consumer<String> notice;

    private Process process;
    private Writer jobs;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    /** Set once rendering is given up: nothing is tried again, nothing said again. */
    private boolean off;

    /**
     * @param toolsDir the directory of render-one.js and its node_modules ({@code tools/apl})
     * @param pathVariable the PATH to find {@code node} on; null finds none
     * @param chromium the Chromium binary the renderer drives
     * @param notice where to say, in one line each, that PNGs are off or a screen was not drawn
     */
    NodePngRenderer(Path toolsDir, String pathVariable, Path chromium, Consumer<String> notice) {
        this.toolsDir = toolsDir.toAbsolutePath();
        this.pathVariable = pathVariable;
        this.chromium = chromium;
        this.notice = notice;
    }

    @Override
    public synchronized Optional<Path> render(Path document, Path datasources, Path png) {
        if (off || (process == null && !start())) {
            return Optional.empty();
        }
        try {
            jobs.write(document.toAbsolutePath() + "\t" + datasources.toAbsolutePath() + "\t" + png.toAbsolutePath()
                    + "\n");
            jobs.flush();
        } catch (IOException e) {
            giveUp(STOPPED + "the renderer stopped taking screens (" + e.getMessage() + ")");
            return Optional.empty();
        }
        String answer = next(RENDER_SECONDS);
        if (answer == null) {
            giveUp(STOPPED + "the renderer took over " + RENDER_SECONDS + " s for one screen");
            return Optional.empty();
        }
        if (answer.equals(END)) {
            giveUp(STOPPED + "the renderer stopped");
            return Optional.empty();
        }
        if (answer.startsWith("ok ")) {
            return Optional.of(png);
        }
        notice.accept("  (screen not drawn: " + answer.replaceFirst("^error ", "") + ")");
        return Optional.empty();
    }

    /** Starts the node process and waits for its "ready"; false, having said why once, when it cannot. */
    private boolean start() {
        List<String> missing = new ArrayList<>();
        Optional<Path> node = find(pathVariable, "node");
        if (node.isEmpty()) {
            missing.add("node not found on PATH");
        }
        if (!Files.isDirectory(toolsDir.resolve("node_modules"))) {
            missing.add("no " + toolsDir.resolve("node_modules"));
        }
        if (!Files.isExecutable(chromium)) {
            missing.add("no Chromium at " + chromium);
        }
        if (!Files.isRegularFile(toolsDir.resolve("render-one.js"))) {
            missing.add("no " + toolsDir.resolve("render-one.js"));
        }
        if (!missing.isEmpty()) {
            off = true;
            notice.accept(UNAVAILABLE + ": " + String.join(", ", missing));
            return false;
        }
        ProcessBuilder builder = new ProcessBuilder(node.get().toString(), "render-one.js", "--serve",
                "--viewport", "hub-1024x600")
                .directory(toolsDir.toFile())
                // Its stdout is the protocol; what Chromium or node might say besides is noise here.
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CHROMIUM", chromium.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            off = true;
            notice.accept(UNAVAILABLE + ": cannot start node (" + e.getMessage() + ")");
            return false;
        }
        jobs = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "screens-renderer");
        reader.setDaemon(true);
        reader.start();
        String first = next(START_SECONDS);
        if (!"ready".equals(first)) {
            String why = first == null ? "the renderer did not start within " + START_SECONDS + " s"
                    : first.equals(END) ? "the renderer ended at its start" : first.replaceFirst("^error ", "");
            giveUp(UNAVAILABLE + ": " + why);
            return false;
        }
        return true;
    }

    /** Queues each line the process writes, then {@link #END}; on a thread of its own, so a wait can time out. */
    private void readAnswers() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answers.add(line);
            }
        } catch (IOException e) {
            // The process is gone; END below says so.
        }
        answers.add(END);
    }

    private String next(long seconds) {
        try {
            return answers.poll(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Says {@code line}, stops the process and draws nothing more. */
    private void giveUp(String line) {
        off = true;
        notice.accept(line);
        stop();
    }

    @Override
    public synchronized void close() {
        off = true;
        stop();
    }

    /** Ends the process: end of input lets it close Chromium and remove its profile; a kill if it will not. */
    private void stop() {
        if (process == null) {
            return;
        }
        try {
            jobs.close();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Returns the executable {@code program} in the first directory of {@code path} that has it. */
    static Optional<Path> find(String path, String program) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

package com.hipcheck.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The console's input, read on a thread of its own, so that a line typed while Alexa is still
 * speaking is there at once, as speech is on a device, and can cut the response short. Every
 * line is taken once, in order, by one consumer: the console's thread.
 */
final class InputLines {
    /** Marks the end of the input in the queue, after the last line. */
    private static final Optional<String> END = Optional.empty();

    private final BlockingQueue<Optional<String>> queue = new LinkedBlockingQueue<>();
    /** The head of the queue, taken out by {@link #awaitNext} to look at, until {@link #next} takes it. */
    private Optional<String> waiting;
    private boolean ended;
    /** Why reading stopped before the end, if it did; written before {@link #END} is queued, read after. */
    private IOException failure;

    private InputLines() {}

    /** Starts reading {@code reader} to its end, and closes it there. */
    static InputLines readFrom(BufferedReader reader) {
        InputLines lines = new InputLines();
        Thread thread = new Thread(() -> lines.read(reader), "console-input");
        // A read blocked on the terminal must not keep the JVM alive once the console is done.
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    /** Returns the next line, waiting for it, or null at the end of the input. */
    String next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            Optional<String> line = waiting != null ? waiting : queue.take();
            waiting = null;
            if (line.isEmpty()) {
                ended = true;
                if (failure != null) {
                    throw failure;
                }
            }
            return line.orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for input");
        }
    }

    /**
     * Waits up to {@code millis} for the next line or the end of the input, and returns at once
     * with true when either is there for {@link #next}; it takes nothing.
     */
    boolean awaitNext(long millis) throws InterruptedException {
        if (ended) {
            return true;
        }
        if (waiting == null) {
            waiting = queue.poll(millis, TimeUnit.MILLISECONDS);
        }
        return waiting != null;
    }

    private void read(BufferedReader reader) {
        try (reader) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                queue.add(Optional.of(line));
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            queue.add(END);
        }
    }
}

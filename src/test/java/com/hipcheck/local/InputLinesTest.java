package com.hipcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console's input, read ahead on its own thread: each line once, in order, and the end after them. */
class InputLinesTest {
    @Test
    void linesComeOnceEachInOrderThenTheEnd() throws Exception {
        InputLines lines = InputLines.readFrom(new BufferedReader(new StringReader("open hip check\n\nyes\n")));

        assertTrue(lines.awaitNext(5_000));
        assertTrue(lines.awaitNext(5_000), "looking takes nothing");
        assertEquals("open hip check", lines.next());
        assertEquals("", lines.next());
        assertEquals("yes", lines.next());
        assertNull(lines.next());
        assertNull(lines.next(), "the end stays the end");
        assertTrue(lines.awaitNext(5_000), "the end is there to take at once");
    }

    @Test
    void aLineTypedWhileWaitingEndsTheWaitAtOnce() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        InputLines lines = InputLines.readFrom(new BufferedReader(
                new InputStreamReader(new PipedInputStream(keyboard), StandardCharsets.UTF_8)));

        assertFalse(lines.awaitNext(20), "nothing typed yet");
        keyboard.write("alexa, that hurts\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        long start = System.nanoTime();
        assertTrue(lines.awaitNext(30_000));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the wait ends when the line arrives, not at its end");
        assertEquals("alexa, that hurts", lines.next());
        keyboard.close();
        assertNull(lines.next());
    }

    @Test
    void aReadErrorEndsTheInputAndIsReportedAfterTheLinesBeforeIt() throws Exception {
        Reader failing = new Reader() {
            private final Reader first = new StringReader("ready\n");

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = first.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("the terminal went away");
                }
                return n;
            }

            @Override
            public void close() {}
        };
        InputLines lines = InputLines.readFrom(new BufferedReader(failing));

        assertEquals("ready", lines.next());
        assertEquals("the terminal went away", assertThrows(IOException.class, lines::next).getMessage());
        assertNull(lines.next());
    }
}

package com.hipcheck.aws;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback port that accepts connections, counts them and hangs up: pointed at as a store's
 * endpoint, it tells a test whether anything tried to reach the store.
 */
public final class CountingListener implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();

    public CountingListener() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    accepted.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "counting-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Returns the endpoint to point a store at. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Returns how many connections were accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

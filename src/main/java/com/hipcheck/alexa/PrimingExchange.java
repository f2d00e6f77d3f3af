package com.hipcheck.alexa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One request of Alexa's Settings API, answered on this machine before a SnapStart snapshot: a
 * server socket on the loopback address answers a single zone and closes the connection, and
 * the zone is asked of it through {@link AlexaApiClient#timeZone}, the path every launch with a
 * store takes. The JDK HTTP client's request, exchange and response classes then load while the
 * snapshot is taken, not on a restored user's first launch. Nothing leaves the machine and
 * nothing stays open.
 */
final class PrimingExchange {
    static final String DEVICE = "amzn1.ask.device.priming";
    static final String TOKEN = "priming";
    /** What the loopback server answers: a zone as the Settings API writes one. */
    static final ZoneId ZONE = ZoneId.of("UTC");

    /** How long priming waits for the exchange: far more than it takes, far less than SnapStart's init allows. */
    private static final Duration WAIT = Duration.ofSeconds(2);
    /** The most of a request head the server reads: the client's is a few hundred bytes. */
    private static final int MAX_HEAD = 8_192;

    /**
     * What the exchange did: the request head the server read (empty when none came) and the zone
     * the client made of the answer (empty when it did not arrive within the client's timeouts).
     */
    record Result(List<String> head, Optional<ZoneId> zone) {}

    private PrimingExchange() {}

    /** Runs the exchange; a failure only leaves less primed, so it is returned, never thrown. */
    static Result run() {
        List<String> head = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) WAIT.toMillis());
            Thread answering = new Thread(() -> answerOnce(server, head), "alexa-api-priming");
            answering.setDaemon(true);
            answering.start();
            String endpoint = "http://" + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
            Optional<ZoneId> zone = AlexaApiClient.within(AlexaApiClient.timeZone(endpoint, DEVICE, TOKEN), WAIT);
            answering.join(WAIT.toMillis());
            synchronized (head) {
                return new Result(List.copyOf(head), zone);
            }
        } catch (IOException e) {
            return new Result(List.of(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(List.of(), Optional.empty());
        }
    }

    /** Accepts one connection, reads its request head into {@code head}, answers the zone and closes. */
    private static void answerOnce(ServerSocket server, List<String> head) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout((int) WAIT.toMillis());
            String text = readHead(socket.getInputStream());
            synchronized (head) {
                head.addAll(List.of(text.split("\r\n")));
            }
            byte[] body = ("\"" + ZONE.getId() + "\"").getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // Nothing came, or the client gave up: the client's side reads that as no zone.
        }
    }

    /** Returns the request head, up to the blank line that ends it (a GET has no body). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while (text.length() < MAX_HEAD && (c = in.read()) != -1) {
            text.append((char) c);
            if (text.length() >= 4 && text.lastIndexOf("\r\n\r\n") == text.length() - 4) {
                text.setLength(text.length() - 4);
                break;
            }
        }
        return text.toString();
    }
}

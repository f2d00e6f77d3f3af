import com.hipcheck.local.LocalAlexaApi;
import com.hipcheck.aws.Dynalite;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A dynalite server for the returning-user benchmark: starts it with the test fixture (table
 * created from template.yaml), seeds the bench request's user with a kept practice record (the
 * right side to stretch, tested a week ago, practised yesterday, written yesterday: a daily
 * user, whose launch reads and writes nothing more). The skill's clock is the machine's, not the
 * request's timestamp, so the record is dated from today: a record seeded for a fixed day goes
 * stale as the calendar moves on, and its launch then also rewrites it (measured: a PutItem the
 * hello world does not make). And a loopback stand-in for Alexa's Settings API that gives the
 * bench device a time zone, as a real returning user's launch asks for it. Prints "endpoint URI" and "api URI" and
 * serves both until its standard input closes.
 *
 * <p>As on Lambda, where DynamoDB and Alexa's API are reached over TLS: with DYNALITE_TLS_KEY and
 * DYNALITE_TLS_CERT set, dynalite serves HTTPS (tools/dynalite/serve.js), and with
 * BENCH_TLS_KEYSTORE (a PKCS12 file, password {@value #PASSWORD}) the Settings API's stand-in
 * does too; the JVMs that call them trust the certificate through javax.net.ssl.trustStore.
 *
 * <p>Usage: {@code java -cp bench/target/seed:target/test-classes:target/classes:TEST_CP SeedPractice}
 */
public final class SeedPractice {
    static final Owner USER = Owner.account("amzn1.ask.account.BENCHUSER");
    static final String PASSWORD = "bench";
    private static final String ZONE_PATH = "/v2/devices/amzn1.ask.device.BENCHDEVICE/settings/System.timeZone";
    private static final String ZONE = "\"America/Los_Angeles\"";

    public static void main(String[] args) throws Exception {
        try (Dynalite dynalite = new Dynalite(Path.of("").toAbsolutePath()); LocalAlexaApi api = LocalAlexaApi.start()) {
            api.answer(ZONE_PATH, 200, ZONE);
            String keystore = System.getenv("BENCH_TLS_KEYSTORE");
            HttpsServer tlsApi = keystore == null || keystore.isBlank() ? null : settingsOverTls(Path.of(keystore));
            dynalite.start();
            PracticeStore store = HistoryStores.atEndpoint(dynalite.endpoint(), dynalite.table());
            Instant now = Instant.now();
            LocalDate day = LocalDate.ofInstant(now, ZoneId.of("America/Los_Angeles"));
            PracticeRecord record = PracticeRecord.blank(now.minus(Duration.ofDays(1)))
                    .tested(day.minusDays(7), List.of(Side.RIGHT))
                    .with(Optional.of(Stretch.EDGE_OF_TABLE), Hold.DEFAULT)
                    .practised(day.minusDays(1));
            store.keep(USER, record, true);
            System.out.println("endpoint " + dynalite.endpoint());
            String apiEndpoint = tlsApi == null ? api.endpoint() : "https://127.0.0.1:" + tlsApi.getAddress().getPort();
            System.out.println("api " + apiEndpoint);
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
            if (tlsApi != null) {
                tlsApi.stop(0);
            }
        }
    }

    /** The Settings API's zone for the bench device over HTTPS, with the key and certificate in {@code keystore}. */
    private static HttpsServer settingsOverTls(Path keystore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        // As LoopbackServer does: the body is not held back for the client's delayed ACK of the headers.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        byte[] zone = ZONE.getBytes(StandardCharsets.UTF_8);
        server.createContext(ZONE_PATH, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, zone.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(zone);
            }
        });
        server.start();
        return server;
    }
}

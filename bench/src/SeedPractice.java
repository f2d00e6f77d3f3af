import com.hipcheck.local.LocalAlexaApi;
import com.hipcheck.aws.Dynalite;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

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
 * <p>Usage: {@code java -cp bench/target/seed:target/test-classes:target/classes:TEST_CP SeedPractice}
 */
public final class SeedPractice {
    static final Owner USER = Owner.account("amzn1.ask.account.BENCHUSER");

    public static void main(String[] args) throws Exception {
        try (Dynalite dynalite = new Dynalite(Path.of("").toAbsolutePath()); LocalAlexaApi api = LocalAlexaApi.start()) {
            api.answer("/v2/devices/amzn1.ask.device.BENCHDEVICE/settings/System.timeZone", 200,
                    "\"America/Los_Angeles\"");
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
            System.out.println("api " + api.endpoint());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}

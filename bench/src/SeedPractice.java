import com.hipcheck.aws.Dynalite;
import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A dynalite server for the returning-user benchmark: starts it with the test fixture (table
 * created from template.yaml), seeds the bench request's user (one tight result from the day
 * before bench/requests/launch.json and a test left five minutes before it), prints
 * "endpoint URI" and serves until its standard input closes.
 *
 * <p>Usage: {@code java -cp bench/target/seed:target/test-classes:target/classes:TEST_CP SeedHistory}
 */
public final class SeedHistory {
    private static final String USER = "amzn1.ask.account.BENCHUSER";
    private static final Instant REQUEST = Instant.parse("2026-11-25T19:00:00Z");

    public static void main(String[] args) throws Exception {
        try (Dynalite dynalite = new Dynalite(Path.of("").toAbsolutePath())) {
            dynalite.start();
            HistoryStore store = HistoryStores.atEndpoint(dynalite.endpoint(), dynalite.table());
            store.saveResult(USER, new TestRecord(REQUEST.minusSeconds(86_400), new TestAnswers(
                    SideAnswers.of(Answer.NO, Answer.YES, Answer.NO), SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)),
                    Optional.of(Stretch.EDGE_OF_TABLE), Hold.DEFAULT));
            store.keepPlace(USER, new UnfinishedTest(REQUEST.minusSeconds(300), new TestAnswers(
                    SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO), SideAnswers.none())));
            System.out.println("endpoint " + dynalite.endpoint());
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}

import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * What priming buys the history store: in a fresh JVM, build the store from the environment
 * (HISTORY_TABLE, HISTORY_ENDPOINT at a seeded dynalite), prime it with {@link HistoryStores#primed}
 * as SnapStart priming would (or not, with "cold"), then time the first real load of the bench
 * user and warm ones after it.
 *
 * <p>Usage: {@code java -cp JAR:bench/target PrimedStore [primed|cold]}
 */
public final class PrimedStore {
    private static final String USER = "amzn1.ask.account.BENCHUSER";
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        HistoryStore store = HistoryStores.fromEnvironment(System.getenv()).orElseThrow();
        if (args.length == 0 || args[0].equals("primed")) {
            HistoryStores.primed(() -> {
                for (int i = 0; i < 150; i++) {
                    String user = "amzn1.ask.account.priming";
                    store.load(user);
                    store.keepPlace(user, new UnfinishedTest(T, new TestAnswers(
                            SideAnswers.none().with(Question.THIGH_DROPS, Answer.NO), SideAnswers.none())));
                    TestRecord result = new TestRecord(T, new TestAnswers(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO),
                            SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)), Optional.empty(), Hold.DEFAULT);
                    store.saveResult(user, result);
                    store.updateResult(user, result.withStretch(Stretch.EDGE_OF_TABLE, Hold.DEFAULT));
                    store.dropPlace(user);
                }
                return null;
            });
        }
        long start = System.nanoTime();
        History first = store.load(USER);
        long firstNs = System.nanoTime() - start;
        if (first.results().isEmpty()) {
            throw new IllegalStateException("the bench user has no history: is the table seeded?");
        }
        long[] warm = new long[200];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            store.load(USER);
            warm[i] = System.nanoTime() - s;
        }
        Arrays.sort(warm);
        System.out.printf("first_ms=%.1f warm_p50_ms=%.2f%n", firstNs / 1e6, warm[warm.length / 2] / 1e6);
    }
}

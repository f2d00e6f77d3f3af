import com.hipcheck.aws.HistoryStores;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.Stretch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What priming buys the practice store: in a fresh JVM, build the store from the environment
 * (HISTORY_TABLE, HISTORY_ENDPOINT at a seeded dynalite), prime it with {@link HistoryStores#primed}
 * as SnapStart priming would (or not, with "cold"), then time the first real load of the bench
 * user and warm ones after it.
 *
 * <p>Usage: {@code java -cp JAR:bench/target PrimedStore [primed|cold]}
 */
public final class PrimedStore {
    private static final Owner USER = Owner.account("amzn1.ask.account.BENCHUSER");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        PracticeStore store = HistoryStores.fromEnvironment(System.getenv()).orElseThrow();
        if (args.length == 0 || args[0].equals("primed")) {
            HistoryStores.primed(() -> {
                Owner priming = Owner.account("amzn1.ask.account.priming");
                PracticeRecord record = PracticeRecord.blank(T).tested(LocalDate.of(2026, 1, 1), List.of(Side.LEFT))
                        .with(Optional.of(Stretch.EDGE_OF_TABLE), Hold.DEFAULT);
                for (int i = 0; i < 150; i++) {
                    store.load(priming);
                    store.keep(priming, record, true);
                    store.keep(priming, record.practised(LocalDate.of(2026, 1, 2)), false);
                    store.forget(priming);
                }
                return null;
            });
        }
        long start = System.nanoTime();
        Optional<PracticeRecord> first = store.load(USER);
        long firstNs = System.nanoTime() - start;
        if (first.isEmpty()) {
            throw new IllegalStateException("the bench user has no practice record: is the table seeded?");
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

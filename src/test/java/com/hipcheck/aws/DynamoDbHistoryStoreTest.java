package com.hipcheck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hipcheck.domain.Answer;
import com.hipcheck.domain.History;
import com.hipcheck.domain.HistoryStore;
import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Question;
import com.hipcheck.domain.SideAnswers;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import com.hipcheck.domain.TestAnswers;
import com.hipcheck.domain.TestRecord;
import com.hipcheck.domain.UnfinishedTest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Checks what is particular to the DynamoDB store, on dynalite: the items it writes and the items it skips. */
@Tag(Dynalite.TAG)
class DynamoDbHistoryStoreTest {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    private static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);
    private static final TestRecord TIGHT_RIGHT = new TestRecord(T0, new TestAnswers(
            SideAnswers.of(Answer.NO, Answer.YES, Answer.UNSURE), SideAnswers.of(Answer.YES, Answer.NO, Answer.NO)),
            Optional.of(Stretch.EDGE_OF_TABLE), new Hold(25));

    private final HistoryStore store = DYNALITE.store();

    private Map<String, AttributeValue> item(String user, String sk) {
        return DYNALITE.client().getItem(g -> g.tableName(DYNALITE.table()).key(Items.key(user, sk))).item();
    }

    @Test
    void aResultIsOneCompactItemWithItsTimeToLive() throws StoreUnavailable {
        store.saveResult("compact", TIGHT_RIGHT);

        Map<String, AttributeValue> item = item("compact", "result#2026-01-01T00:00:00.000000000Z");

        assertEquals("NYU", item.get("right").s());
        assertEquals("YNN", item.get("left").s());
        assertEquals("TIGHT", item.get("rightOutcome").s());
        assertEquals("NOT_TIGHT", item.get("leftOutcome").s());
        assertEquals("EDGE_OF_TABLE", item.get("stretch").s());
        assertEquals("25", item.get("hold").n());
        assertEquals(Long.toString(T0.plus(TestRecord.KEPT_FOR).getEpochSecond()), item.get("expiresAt").n());
    }

    @Test
    void thePlaceIsOneItemThatExpiresWithinTheHour() throws StoreUnavailable {
        UnfinishedTest place = new UnfinishedTest(T0, new TestAnswers(SideAnswers.of(Answer.NO, Answer.NO, Answer.NO),
                SideAnswers.none().with(Question.LEG_DRIFTS_OUT, Answer.YES)));
        store.keepPlace("placed", place);

        Map<String, AttributeValue> item = item("placed", "unfinished");

        assertEquals("NNN", item.get("right").s());
        assertEquals("-Y-", item.get("left").s());
        assertEquals("2026-01-01T00:00:00.000000000Z", item.get("savedAt").s());
        assertEquals(Long.toString(T0.plusSeconds(3600).getEpochSecond()), item.get("expiresAt").n());
        assertEquals(Optional.of(place), store.load("placed").unfinished());
    }

    @Test
    void itemsThatCannotBeReadAreSkipped() throws StoreUnavailable {
        store.saveResult("messy", TIGHT_RIGHT);
        Map<String, AttributeValue> good = item("messy", "result#2026-01-01T00:00:00.000000000Z");
        put(good, "sk", "result#yesterday");
        put(good, "sk", "result#2026-01-02T00:00:00.000000000Z", "right", "NY");
        put(good, "sk", "result#2026-01-03T00:00:00.000000000Z", "left", "YNX");
        put(good, "sk", "result#2026-01-04T00:00:00.000000000Z", "stretch", "HANDSTAND");
        Map<String, AttributeValue> noHold = new HashMap<>(good);
        noHold.remove("hold");
        noHold.put("sk", AttributeValue.fromS("result#2026-01-05T00:00:00.000000000Z"));
        DYNALITE.client().putItem(p -> p.tableName(DYNALITE.table()).item(noHold));
        Map<String, AttributeValue> badHold = new HashMap<>(good);
        badHold.put("sk", AttributeValue.fromS("result#2026-01-06T00:00:00.000000000Z"));
        badHold.put("hold", AttributeValue.fromN("99"));
        DYNALITE.client().putItem(p -> p.tableName(DYNALITE.table()).item(badHold));
        put(good, "sk", "unfinished", "savedAt", "soon");
        put(good, "sk", "something-else");

        assertEquals(new History(List.of(TIGHT_RIGHT), Optional.empty()), store.load("messy"));
    }

    @Test
    void aTableThatIsNotThereMakesTheStoreUnavailable() {
        HistoryStore nowhere = HistoryStores.atEndpoint(DYNALITE.endpoint(), "no-such-table");

        StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> nowhere.load("anyone"));

        assertEquals("DynamoDB Query failed: ResourceNotFoundException (HTTP 400)", e.getMessage());
    }

    @Test
    void theCannedPrimingPartitionReadsAsAReturningUser() throws Exception {
        HistoryStore primedStore = HistoryStores.fromEnvironment(DYNALITE.environment()).orElseThrow();
        store.saveResult("real", TIGHT_RIGHT);

        History primed = HistoryStores.primed(() -> primedStore.load("real"));

        assertEquals(1, primed.results().size());
        assertTrue(primed.unfinished().isPresent());
        assertFalse(primed.equals(primedStore.load("real")));
        assertEquals(List.of(TIGHT_RIGHT), primedStore.load("real").results());
    }

    private static void put(Map<String, AttributeValue> base, String... replaced) {
        Map<String, AttributeValue> item = new HashMap<>(base);
        for (int i = 0; i < replaced.length; i += 2) {
            item.put(replaced[i], AttributeValue.fromS(replaced[i + 1]));
        }
        DYNALITE.client().putItem(p -> p.tableName(DYNALITE.table()).item(item));
    }
}

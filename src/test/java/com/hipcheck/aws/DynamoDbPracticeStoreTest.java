package com.hipcheck.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hipcheck.domain.Hold;
import com.hipcheck.domain.Owner;
import com.hipcheck.domain.PracticeRecord;
import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.Side;
import com.hipcheck.domain.StoreUnavailable;
import com.hipcheck.domain.Stretch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What is particular to the DynamoDB store: its items, the old layout's clean-up, failures, priming. */
@Tag(Dynalite.TAG)
class DynamoDbPracticeStoreTest {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    private static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final PracticeRecord RIGHT_KNEELING = new PracticeRecord(List.of(Side.RIGHT),
            Optional.of(Stretch.HALF_KNEELING), new Hold(25), 1, List.of(DAY), List.of(DAY), Optional.empty(), T0);

    private final PracticeStore store = DYNALITE.store();

    private Map<String, AttributeValue> item(String user, String sk) {
        return DYNALITE.client().getItem(g -> g.tableName(DYNALITE.table()).key(Items.key(user, sk))).item();
    }

    @Test
    void aRecordIsOneItemHoldingOnlyThePracticeRecordWithItsTimeToLive() throws StoreUnavailable {
        store.keep(Owner.account("compact"), RIGHT_KNEELING, true);

        Map<String, AttributeValue> item = item("compact", "plan");

        assertEquals(Set.of("user", "sk", "v", "sides", "stretch", "holdSeconds", "rounds", "testedOn", "practisedOn",
                "updatedAt", "expiresAt"), item.keySet());
        assertEquals(List.of("RIGHT"), item.get("sides").l().stream().map(AttributeValue::s).toList());
        assertEquals("HALF_KNEELING", item.get("stretch").s());
        assertEquals("25", item.get("holdSeconds").n());
        assertEquals("2026-01-01", item.get("testedOn").s());
        assertEquals(Long.toString(T0.plus(PracticeRecord.KEPT_FOR).getEpochSecond()), item.get("expiresAt").n());
    }

    @Test
    void aPersonsRecordIsTheirOwnItem() throws StoreUnavailable {
        store.keep(new Owner("household", Optional.of("amzn1.ask.person.ann")), RIGHT_KNEELING, true);

        assertEquals("25", item("household", "plan#amzn1.ask.person.ann").get("holdSeconds").n());
        assertEquals(Map.of(), item("household", "plan"));
    }

    @Test
    void itemsOfTheEarlierLayoutAreDeletedWhenMetNotConverted() throws StoreUnavailable {
        Owner who = Owner.account("from-2025");
        put(Map.of("user", s("from-2025"), "sk", s("result#2025-12-01T09:00:00.000000000Z"), "v", n("1"),
                "right", s("NYN"), "left", s("YNN"), "rightOutcome", s("TIGHT"), "leftOutcome", s("NOT_TIGHT"),
                "hold", n("30"), "expiresAt", n("1796000000")));
        put(Map.of("user", s("from-2025"), "sk", s("unfinished"), "v", n("1"), "savedAt",
                s("2025-12-01T09:00:00.000000000Z"), "right", s("N--"), "left", s("---"), "expiresAt", n("1764583200")));

        assertEquals(Optional.empty(), store.load(who));

        assertEquals(Map.of(), item("from-2025", "result#2025-12-01T09:00:00.000000000Z"));
        assertEquals(Map.of(), item("from-2025", "unfinished"));
    }

    @Test
    void anItemThatCannotBeReadIsNoRecord() throws StoreUnavailable {
        Owner who = Owner.account("messy");
        store.keep(who, RIGHT_KNEELING, true);
        Map<String, AttributeValue> bad = new HashMap<>(item("messy", "plan"));
        bad.put("holdSeconds", n("99"));
        put(bad);

        assertEquals(Optional.empty(), store.load(who));
    }

    @Test
    void aTableThatIsNotThereMakesTheStoreUnavailable() {
        PracticeStore nowhere = HistoryStores.atEndpoint(DYNALITE.endpoint(), "no-such-table");

        StoreUnavailable e = assertThrows(StoreUnavailable.class, () -> nowhere.load(Owner.account("anyone")));

        assertEquals("DynamoDB Query failed: ResourceNotFoundException (HTTP 400)", e.getMessage());
    }

    @Test
    void theCannedPrimingPartitionReadsAsAReturningUser() throws Exception {
        PracticeStore primedStore = HistoryStores.fromEnvironment(DYNALITE.environment()).orElseThrow();
        Owner who = Owner.account("real");
        store.keep(who, RIGHT_KNEELING, true);

        Optional<PracticeRecord> primed = HistoryStores.primed(() -> primedStore.load(who));

        assertEquals(List.of(Side.RIGHT), primed.orElseThrow().sides());
        assertNotEquals(primed, primedStore.load(who));
        assertEquals(Optional.of(RIGHT_KNEELING), primedStore.load(who));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    private static void put(Map<String, AttributeValue> item) {
        DYNALITE.client().putItem(p -> p.tableName(DYNALITE.table()).item(item));
    }
}

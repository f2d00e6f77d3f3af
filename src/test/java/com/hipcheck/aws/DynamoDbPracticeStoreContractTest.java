package com.hipcheck.aws;

import com.hipcheck.domain.PracticeStore;
import com.hipcheck.domain.PracticeStoreContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Holds the DynamoDB store, on a dynalite server, to the store contract. */
@Tag(Dynalite.TAG)
class DynamoDbPracticeStoreContractTest extends PracticeStoreContract {
    @RegisterExtension
    static final Dynalite DYNALITE = new Dynalite();

    private static PracticeStore kitchen;
    private static PracticeStore bedroom;

    @Override
    protected synchronized PracticeStore store() {
        if (kitchen == null) {
            kitchen = HistoryStores.fromEnvironment(DYNALITE.environment()).orElseThrow();
        }
        return kitchen;
    }

    @Override
    protected synchronized PracticeStore secondWriter() {
        if (bedroom == null) {
            bedroom = DYNALITE.store();
        }
        return bedroom;
    }

    /** Scans the whole table, past the store's Query, for any item of {@code user}. */
    @Override
    protected List<String> keptFor(String user) {
        return DYNALITE.client().scanPaginator(s -> s.tableName(DYNALITE.table())
                        .filterExpression("#u = :u")
                        .expressionAttributeNames(Map.of("#u", "user"))
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(user))))
                .items().stream()
                .map(item -> item.get("sk").s())
                .toList();
    }
}

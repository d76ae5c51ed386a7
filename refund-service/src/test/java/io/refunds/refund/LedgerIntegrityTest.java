package io.refunds.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.RealInfrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database itself keeps the ledger sound: unbalanced transactions and edited entries never commit. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class LedgerIntegrityTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Test
    void anUnbalancedTransactionDoesNotCommit() {
        UUID refundId = insertRefund();
        UUID unbalanced = UUID.randomUUID();
        RuntimeException refused = assertThrows(RuntimeException.class, () -> pool.withTransaction(connection ->
                insertTransaction(connection, unbalanced, refundId)
                        .chain(() -> insertEntry(connection, unbalanced, "buyer-wallet:b-x", 100))).await().atMost(WAIT));
        assertTrue(refused.getMessage().contains("does not balance"), refused.getMessage());
        assertEquals(0L, count("select count(*) from ledger_transaction where id = $1", unbalanced));
    }

    @Test
    void entriesCannotBeChanged() {
        UUID refundId = insertRefund();
        UUID balanced = UUID.randomUUID();
        pool.withTransaction(connection -> insertTransaction(connection, balanced, refundId)
                .chain(() -> insertEntry(connection, balanced, "buyer-wallet:b-x", 100))
                .chain(() -> insertEntry(connection, balanced, "platform:refund-expense", -100))).await().atMost(WAIT);
        RuntimeException edited = assertThrows(RuntimeException.class, () -> pool
                .preparedQuery("update ledger_entry set amount_minor = 1 where transaction_id = $1")
                .execute(Tuple.of(balanced)).await().atMost(WAIT));
        assertTrue(edited.getMessage().contains("append-only"), edited.getMessage());
    }

    private UUID insertRefund() {
        UUID refundId = UUID.randomUUID();
        pool.preparedQuery("insert into refund (id, refund_key, case_id, buyer_id, amount_minor, currency, destination, "
                        + "status, created_at) values ($1, $2, $3, 'b-x', 100, 'USD', 'WALLET', 'ISSUED', $4)")
                .execute(Tuple.of(refundId, "test:" + refundId, UUID.randomUUID(), OffsetDateTime.now()))
                .await().atMost(WAIT);
        return refundId;
    }

    private static io.smallrye.mutiny.Uni<Void> insertTransaction(io.vertx.mutiny.sqlclient.SqlConnection connection,
            UUID id, UUID refundId) {
        return connection.preparedQuery("insert into ledger_transaction (id, refund_id, description, posted_at) "
                + "values ($1, $2, 'test', now())").execute(Tuple.of(id, refundId)).replaceWithVoid();
    }

    private static io.smallrye.mutiny.Uni<Void> insertEntry(io.vertx.mutiny.sqlclient.SqlConnection connection,
            UUID transactionId, String account, long amount) {
        return connection.preparedQuery("insert into ledger_entry (transaction_id, account, currency, amount_minor, "
                + "posted_at) values ($1, $2, 'USD', $3, now())")
                .execute(Tuple.of(transactionId, account, amount)).replaceWithVoid();
    }

    private long count(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(WAIT).iterator().next().getLong(0);
    }
}

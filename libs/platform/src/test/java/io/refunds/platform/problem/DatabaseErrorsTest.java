package io.refunds.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A database error is answered by what it means for the client, wherever it sits in the cause chain. */
class DatabaseErrorsTest {

    @Test
    void aUniqueViolationIsAConflictNamingTheConstraint() {
        Problem problem = DatabaseErrors.problemFor(new CompletionException(new IllegalStateException("flush",
                violation("23505", "refund_case_one_open_per_item")))).orElseThrow();
        assertEquals(409, problem.status());
        assertTrue(problem.detail().contains("refund_case_one_open_per_item"), problem.detail());
    }

    @Test
    void aForeignKeyViolationIsAConflict() {
        assertEquals(409, DatabaseErrors.problemFor(violation("23503", "message_conversation_id_fkey"))
                .orElseThrow().status());
    }

    @Test
    void aValuePostgresqlCannotStoreIsBadInput() {
        assertEquals(400, DatabaseErrors.problemFor(violation("22021", null)).orElseThrow().status());
        assertEquals(400, DatabaseErrors.problemFor(violation("22001", null)).orElseThrow().status());
    }

    @Test
    void aSerializationFailureOrDeadlockIsWorthRetrying() {
        assertEquals(503, DatabaseErrors.problemFor(violation("40001", null)).orElseThrow().status());
        assertEquals(503, DatabaseErrors.problemFor(violation("40P01", null)).orElseThrow().status());
    }

    @Test
    void anythingElseIsNoClientMistake() {
        assertEquals(Optional.empty(), DatabaseErrors.problemFor(new IllegalStateException("boom")));
        assertEquals(Optional.empty(), DatabaseErrors.problemFor(violation("08006", null)));
    }

    private static PgException violation(String state, String constraint) {
        return new PgException("violates", "ERROR", state, null, null, null, null, null, null, null, null, null,
                null, null, null, null, constraint);
    }
}

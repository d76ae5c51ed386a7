package io.refunds.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.cases.CachedCaseViews;
import io.refunds.order.fixtures.CaseEvents;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case view cache against the real database and broker: changes by consumers, by another replica's SQL and by
 * the reader's own requests all show; a write that does not notify is not seen, which proves the cache serves.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseCacheTest {

    private static final Duration NOTIFIED = Duration.ofSeconds(10);
    private static final String REPORTED = "You reported the item as defective and asked for a full refund";
    /** Rewrites the lines as lines from before codes, so their stored summary is what every reader sees. */
    private static final String RENAME = "UPDATE timeline_entry SET code = NULL, summary = $2 WHERE case_id = $1";

    @Inject
    CachedCaseViews views;

    @Inject
    Pool pool;

    private final EventLog events = new EventLog();

    @BeforeEach
    void cacheIsServing() {
        Awaitility.await().atMost(NOTIFIED).until(views::serving);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aChangeBySqlThatDoesNotNotifyIsNotSeen() {
        UUID caseId = newCase("b-cache-silent");
        read("b-cache-silent", caseId).body("timeline[0].summary", equalTo(REPORTED));

        writeSilently(caseId, "changed without a notification");

        read("b-cache-silent", caseId).body("timeline[0].summary", equalTo(REPORTED));
    }

    @Test
    void aChangeBySqlThatNotifiesIsSeen() {
        UUID caseId = newCase("b-cache-sql");
        read("b-cache-sql", caseId).body("timeline[0].summary", equalTo(REPORTED));

        pool.preparedQuery(RENAME).execute(Tuple.of(caseId, "changed by another replica")).await().atMost(NOTIFIED);

        Awaitility.await().atMost(NOTIFIED).untilAsserted(() -> read("b-cache-sql", caseId)
                .body("timeline[0].summary", equalTo("changed by another replica")));
    }

    @Test
    void aConsumersChangeShowsOnTheNextRead() {
        UUID caseId = newCase("b-cache-event");
        read("b-cache-event", caseId).body("status", equalTo("REPORTED"));

        Instant now = Instant.now();
        events.send(TestEvents.record(CaseEvents.about(caseId).buyer("b-cache-event").seller("s-cache")
                .conversationOpened(now.plusSeconds(60), now)));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> read("b-cache-event", caseId)
                .body("status", equalTo("AWAITING_SELLER"))
                .body("timeline.type", hasItem("ConversationOpened")));
    }

    @Test
    void theWriterReadsTheEvidenceItAddedAtOnce() {
        UUID caseId = newCase("b-cache-own");
        read("b-cache-own", caseId).body("evidence", hasSize(1));
        String photo = OrderApi.buyer("b-cache-own").uploadPhoto();

        OrderApi.buyer("b-cache-own").addEvidence(caseId, List.of(photo)).then().statusCode(200);

        read("b-cache-own", caseId).body("evidence", hasSize(2));
    }

    @Test
    void theWriterReadsItsWithdrawalAtOnce() {
        UUID caseId = newCase("b-cache-gone");
        read("b-cache-gone", caseId).body("status", equalTo("REPORTED"));

        OrderApi.buyer("b-cache-gone").withdraw(caseId).then().statusCode(200);

        read("b-cache-gone", caseId).body("status", equalTo("CLOSED"));
    }

    @Test
    void aWarehousePhotoShowsOnTheItemsCachedCaseAtOnce() {
        String orderId = OrderApi.platform().registerOrder("b-cache-qc", "s-cache");
        UUID caseId = OrderApi.buyer("b-cache-qc").reportIssue(orderId);
        read("b-cache-qc", caseId).body("qcPhotos", hasSize(0));

        OrderApi.warehouse().uploadQcPhoto(orderId, OrderApi.RECENT, "qc.png", Media.png(10), "image/png")
                .then().statusCode(201);

        read("b-cache-qc", caseId).body("qcPhotos", hasSize(1));
    }

    @Test
    void whileChangesAreNotHeardReadsGoToTheDatabase() {
        UUID caseId = newCase("b-cache-down");
        read("b-cache-down", caseId);
        writeSilently(caseId, "missed while listening");
        read("b-cache-down", caseId).body("timeline[0].summary", equalTo(REPORTED));

        dropTheListeningConnection();

        Awaitility.await().atMost(NOTIFIED).until(() -> !views.serving());
        read("b-cache-down", caseId).body("timeline[0].summary", equalTo("missed while listening"));
    }

    @Test
    void aReconnectDropsWhatWasCachedBefore() {
        UUID caseId = newCase("b-cache-back");
        read("b-cache-back", caseId).body("timeline[0].summary", equalTo(REPORTED));
        dropTheListeningConnection();
        Awaitility.await().atMost(NOTIFIED).until(() -> !views.serving());

        writeSilently(caseId, "missed while away");

        Awaitility.await().atMost(NOTIFIED).until(views::serving);
        read("b-cache-back", caseId).body("timeline[0].summary", equalTo("missed while away"));
    }

    private void dropTheListeningConnection() {
        int terminated = pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE query LIKE 'LISTEN%' AND datname = current_database()")
                .execute().await().atMost(NOTIFIED).size();
        assertTrue(terminated > 0, "the listening connection was found");
    }

    /** A write that fires no trigger (replication role), so nobody is told: only the cache can hide it. */
    private void writeSilently(UUID caseId, String summary) {
        pool.withTransaction(connection -> connection.query("SET LOCAL session_replication_role = replica").execute()
                .chain(() -> connection.preparedQuery(RENAME).execute(Tuple.of(caseId, summary))))
                .await().atMost(NOTIFIED);
    }

    private static UUID newCase(String buyerId) {
        return OrderApi.buyer(buyerId).newCase("s-cache");
    }

    private static ValidatableResponse read(String buyerId, UUID caseId) {
        return OrderApi.buyer(buyerId).caseView(caseId);
    }
}

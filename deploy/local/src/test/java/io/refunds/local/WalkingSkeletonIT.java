package io.refunds.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.refunds.events.EventType;
import io.refunds.local.gateway.OpenApiMerge;
import io.refunds.testing.Database;
import io.refunds.testing.EventLog;
import io.refunds.testing.SseClient;
import io.refunds.testing.TestEvents;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton end to end: the four packaged services, one Kafka broker and one PostgreSQL started
 * exactly as the local run starts them, driven over HTTP with tokens through the gateway, the frontend's one origin.
 */
class WalkingSkeletonIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration READY = Duration.ofSeconds(120);
    private static final String[] TIMELINE = {"IssueReported", "ConversationOpened", "SellerUnresponsive",
        "DisputeOpened", "DecisionMade", "RefundIssued"};

    private static LocalPlatform platform;
    private static EventLog events;
    private static Api api;

    @BeforeAll
    static void startPlatform() throws Exception {
        Path root = Path.of(System.getProperty("refunds.repository.root", "../..")).toAbsolutePath().normalize();
        Path data = Files.createDirectories(root.resolve("deploy/local/target/e2e-" + UUID.randomUUID()));
        platform = LocalPlatform.start(PlatformSettings.forTest(root, data, Duration.ofSeconds(6)));
        events = new EventLog(platform.settings().bootstrapServers());
        api = new Api(platform);
    }

    @AfterAll
    static void stopPlatform() {
        if (events != null) {
            events.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theReadmeCaseGoesFromReportToOneRefundAcrossAllFourServices() {
        UUID caseId = api.reportIssue("b-1", "o-1001");
        String disputeId = awaitDispute(caseId);
        api.decideFullRefund(disputeId).then().statusCode(201).body("refundAmount.minorUnits", equalTo(12_900));

        awaitRefunded("b-1", caseId);
        api.refundsOf("b-1", caseId).then().statusCode(200).body("", hasSize(1))
                .body("[0].amount.minorUnits", equalTo(12_900)).body("[0].status", equalTo("ISSUED"));
        for (EventType type : new EventType[] {EventType.ISSUE_REPORTED, EventType.CONVERSATION_OPENED,
            EventType.SELLER_UNRESPONSIVE,
            EventType.DISPUTE_OPENED, EventType.DECISION_MADE, EventType.REFUND_ISSUED}) {
            List<ConsumerRecord<String, String>> emitted = events.recordsNow(type.topic(), caseId.toString());
            assertEquals(1, emitted.size(), type.topic());
            assertEquals(List.of(), TestEvents.schemaViolations(type, emitted.get(0).value()), type.ceType());
        }
    }

    @Test
    void aRefundToTheCardCrossesAStripeTimeoutAndIsPaidOnceThroughTheProvider() {
        String paymentIntent = "pi_e2e" + UUID.randomUUID().toString().replace("-", "") + "_timeout1";
        String orderId = api.registerOrder("b-card", "s-card", paymentIntent);
        UUID caseId = api.reportIssue("b-card", orderId, "ORIGINAL_PAYMENT");
        api.decideFullRefund(awaitDispute(caseId)).then().statusCode(201);

        awaitRefunded("b-card", caseId);
        api.refundsOf("b-card", caseId).then().statusCode(200).body("", hasSize(1))
                .body("[0].destination", equalTo("ORIGINAL_PAYMENT")).body("[0].provider", equalTo("stripe"))
                // A full refund recovers exactly what the seller was paid (89,000 fen), not 129.00 USD at the rate.
                .body("[0].sellerRecovery.minorUnits", equalTo(89_000))
                .body("[0].sellerRecovery.currency", equalTo("CNY"));
        List<String> atStripe = given().baseUri(platform.settings().stripeStandInUrl())
                .queryParam("payment_intent", paymentIntent).get("/_standin/refunds")
                .then().statusCode(200).extract().jsonPath().getList("data.id");
        assertEquals(1, atStripe.size(), "the timed-out request and its retry made one refund at Stripe");
        assertEquals(1, events.recordsNow(EventType.REFUND_ISSUED.topic(), caseId.toString()).size());
    }

    /** Trace ids read from the traceparent headers the services wrote on the topics, hop by hop. */
    @Test
    void oneTraceFollowsTheReportIntoTheDisputeAndAnotherTheDecisionIntoTheRefund() {
        String orderId = api.registerOrder("b-trace", "s-trace");
        UUID caseId = api.reportIssue("b-trace", orderId);
        String disputeId = awaitDispute(caseId);
        api.decideFullRefund(disputeId).then().statusCode(201);
        events.awaitRecords(EventType.REFUND_ISSUED.topic(), caseId.toString(), 1);

        String report = traceId(EventType.ISSUE_REPORTED, caseId);
        for (EventType hop : new EventType[] {EventType.CONVERSATION_OPENED, EventType.SELLER_UNRESPONSIVE,
            EventType.DISPUTE_OPENED}) {
            assertEquals(report, traceId(hop, caseId), hop.ceType() + " continues the report's trace");
        }
        assertEquals(traceId(EventType.DECISION_MADE, caseId), traceId(EventType.REFUND_ISSUED, caseId),
                "RefundIssued continues the decision's trace");
    }

    @Test
    void theGatewayReachesEveryServiceAndNoneOfTheirOwnEndpoints() {
        String nobody = UUID.randomUUID().toString();
        api.as("buyer", "b-1").get("/api/cases").then().statusCode(200);
        api.as("buyer", "b-1").queryParam("caseId", nobody).get("/api/conversations").then().statusCode(200)
                .body("", hasSize(0));
        api.as("agent", "a-1").queryParam("caseId", nobody).get("/api/disputes").then().statusCode(200)
                .body("", hasSize(0));
        api.as("buyer", "b-1").queryParam("caseId", nobody).get("/api/refunds").then().statusCode(200)
                .body("", hasSize(0));
        api.as("buyer", "b-1").queryParam("currency", "USD").get("/api/wallets/b-1").then().statusCode(200);
        given().baseUri(platform.settings().gatewayUrl()).get("/dashboard/").then().statusCode(200)
                .contentType(containsString("text/html"));
        for (String internal : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            given().baseUri(platform.settings().gatewayUrl()).get(internal).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void theGatewayServesTheWholeApiAsDocsOpenapiYaml() throws Exception {
        String served = given().baseUri(platform.settings().gatewayUrl()).get("/api/openapi.json")
                .then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode committed = OpenApiMerge.YAML.readTree(platform.settings().repositoryRoot()
                .resolve("docs/openapi.yaml").toFile());
        assertEquals(committed, OpenApiMerge.JSON.readTree(served), "the services serve what docs/openapi.yaml says");
    }

    @Test
    void theDashboardStreamThroughTheGatewayDeliversAnEventWithinASecondOfItsRecording() throws Exception {
        URI stream = URI.create(platform.settings().gatewayUrl() + "/api/disputes/events/stream");
        String agent = "Bearer " + platform.tokens().token("agent", "a-1");
        try (SseClient client = SseClient.connect(stream, Map.of("Authorization", agent))) {
            assertEquals(200, client.status());
            UUID caseId = api.reportIssue("b-stream", api.registerOrder("b-stream", "s-stream"));
            SseClient.Event reported = Awaitility.await().atMost(WAIT).until(() -> client.events().stream()
                    .filter(event -> event.data().contains(caseId.toString())).findFirst(), Optional::isPresent)
                    .orElseThrow();
            Instant recorded = recordedAt(OpenApiMerge.JSON.readTree(reported.data()).path("eventId").asText());
            Duration delay = Duration.between(recorded, reported.received());
            assertTrue(delay.compareTo(Duration.ofSeconds(1)) < 0, "recorded " + recorded + ", arrived "
                    + reported.received() + " through the gateway: " + delay);
        }
    }

    /** When dispute-service stored the event for the dashboard stream (its row's received_at). */
    private static Instant recordedAt(String eventId) throws SQLException {
        Database database = platform.database(PlatformSettings.DISPUTE_SERVICE);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT received_at FROM dashboard_event WHERE event_id = ?::uuid")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "event " + eventId + " is recorded");
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    private static String traceId(EventType type, UUID caseId) {
        ConsumerRecord<String, String> record = events.awaitRecords(type.topic(), caseId.toString(), 1).get(0);
        return EventLog.header(record, "traceparent")
                .orElseThrow(() -> new AssertionError("no traceparent on " + type.topic())).split("-")[1];
    }

    @Test
    void killingServicesBetweenStepsLosesNoEvent() throws Exception {
        String orderId = api.registerOrder("b-crash", "s-crash");
        platform.service(PlatformSettings.DISPUTE_SERVICE).kill();
        UUID caseId = api.reportIssue("b-crash", orderId);
        events.awaitRecords(EventType.SELLER_UNRESPONSIVE.topic(), caseId.toString(), 1);
        restart(PlatformSettings.DISPUTE_SERVICE);
        String disputeId = awaitDispute(caseId);

        platform.service(PlatformSettings.REFUND_SERVICE).kill();
        platform.service(PlatformSettings.ORDER_SERVICE).kill();
        api.decideFullRefund(disputeId).then().statusCode(201);
        events.awaitRecords(EventType.DECISION_MADE.topic(), caseId.toString(), 1);
        restart(PlatformSettings.REFUND_SERVICE);
        events.awaitRecords(EventType.REFUND_ISSUED.topic(), caseId.toString(), 1);
        restart(PlatformSettings.ORDER_SERVICE);

        awaitRefunded("b-crash", caseId);
        api.refundsOf("b-crash", caseId).then().body("", hasSize(1));
    }

    @Test
    void aMessagingCrashDuringTheSellersDeadlineNeitherLosesItNorFiresItTwice() throws Exception {
        String orderId = api.registerOrder("b-restart", "s-restart");
        UUID caseId = api.reportIssue("b-restart", orderId);
        events.awaitRecords(EventType.CONVERSATION_OPENED.topic(), caseId.toString(), 1);
        platform.service(PlatformSettings.MESSAGING_SERVICE).kill();
        restart(PlatformSettings.MESSAGING_SERVICE);

        events.awaitRecords(EventType.SELLER_UNRESPONSIVE.topic(), caseId.toString(), 1);
        awaitDispute(caseId);
        // A kill between the relay's send and its bookkeeping re-sends the same event (same ce_id), which
        // consumers drop; firing the deadline twice would make a second event with a new ce_id.
        assertEquals(1, distinctEvents(EventType.SELLER_UNRESPONSIVE, caseId));
        assertEquals(1, distinctEvents(EventType.CONVERSATION_OPENED, caseId));
    }

    @Test
    void redeliveringEveryEventOfAFinishedCaseChangesNothing() {
        String orderId = api.registerOrder("b-replay", "s-replay");
        UUID caseId = api.reportIssue("b-replay", orderId);
        api.decideFullRefund(awaitDispute(caseId)).then().statusCode(201);
        awaitRefunded("b-replay", caseId);
        String caseBefore = api.caseOf("b-replay", caseId).asString();
        String refundsBefore = api.refundsOf("b-replay", caseId).asString();
        String disputesBefore = api.as("agent", "a-1").queryParam("caseId", caseId)
                .get("/api/disputes").asString();
        String conversationBefore = api.as("buyer", "b-replay")
                .queryParam("caseId", caseId).get("/api/conversations").asString();

        for (String topic : List.of(EventType.REFUND_ISSUED.topic(), EventType.DECISION_MADE.topic(),
                EventType.DISPUTE_OPENED.topic(), EventType.SELLER_UNRESPONSIVE.topic(),
                EventType.CONVERSATION_OPENED.topic(), EventType.ISSUE_REPORTED.topic())) {
            for (ConsumerRecord<String, String> record : events.recordsNow(topic, caseId.toString())) {
                events.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers()));
            }
        }
        events.awaitConsumed("order-service", EventType.CONVERSATION_OPENED.topic(),
                EventType.SELLER_UNRESPONSIVE.topic(), EventType.DISPUTE_OPENED.topic(),
                EventType.DECISION_MADE.topic(), EventType.REFUND_ISSUED.topic());
        events.awaitConsumed("messaging-service", EventType.ISSUE_REPORTED.topic());
        events.awaitConsumed("dispute-service", EventType.SELLER_UNRESPONSIVE.topic());
        events.awaitConsumed("refund-service", EventType.DECISION_MADE.topic());

        assertEquals(caseBefore, api.caseOf("b-replay", caseId).asString());
        assertEquals(refundsBefore, api.refundsOf("b-replay", caseId).asString());
        assertEquals(disputesBefore.replaceAll("\"overdue\":\\w+", ""), api.as("agent", "a-1").queryParam("caseId", caseId).get("/api/disputes").asString()
                .replaceAll("\"overdue\":\\w+", ""));
        assertEquals(conversationBefore, api.as("buyer", "b-replay")
                .queryParam("caseId", caseId).get("/api/conversations").asString());
        // The copies carry the originals' ce_id; a second refund would carry a new one.
        assertEquals(1, distinctEvents(EventType.REFUND_ISSUED, caseId));
    }

    /** Events of one type for the case, counted by their CloudEvents id. */
    private static long distinctEvents(EventType type, UUID caseId) {
        return events.recordsNow(type.topic(), caseId.toString()).stream()
                .map(record -> EventLog.header(record, "ce_id").orElseThrow()).distinct().count();
    }

    @Test
    void theAmicablePathSettlesAndRefundsWithoutADispute() {
        String orderId = api.registerOrder("b-amicable", "s-amicable");
        UUID caseId = api.reportIssue("b-amicable", orderId);
        String conversation = Awaitility.await().atMost(WAIT)
                .until(() -> api.conversationOf("s-amicable", caseId), id -> id != null);
        String offerId = api.as("seller", "s-amicable")
                .body(Map.of("offerType", "PARTIAL_REFUND", "amount", Map.of("minorUnits", 4_000, "currency", "USD")))
                .post("/api/conversations/" + conversation + "/offers")
                .then().statusCode(201).extract().path("offerId");
        api.as("buyer", "b-amicable")
                .post("/api/conversations/" + conversation + "/offers/" + offerId + "/acceptance")
                .then().statusCode(200);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.caseOf("b-amicable", caseId).then().statusCode(200)
                .body("status", equalTo("REFUNDED"))
                .body("amountRefunded.minorUnits", equalTo(4_000))
                .body("timeline.type", hasItems("OfferMade", "SettlementAgreed", "RefundIssued")));
        api.refundsOf("b-amicable", caseId).then().body("", hasSize(1));
        assertEquals(List.of(), events.recordsNow(EventType.DISPUTE_OPENED.topic(), caseId.toString()));
    }

    @Test
    void aDeclineLetsTheBuyerEscalateToAnAgentsDecision() {
        String orderId = api.registerOrder("b-declined", "s-declined");
        UUID caseId = api.reportIssue("b-declined", orderId);
        String conversation = Awaitility.await().atMost(WAIT)
                .until(() -> api.conversationOf("s-declined", caseId), id -> id != null);
        api.as("seller", "s-declined").body(Map.of("reason", "Worked when shipped"))
                .post("/api/conversations/" + conversation + "/decline").then().statusCode(200);
        api.as("buyer", "b-declined")
                .post("/api/conversations/" + conversation + "/escalation").then().statusCode(200);

        String disputeId = awaitDispute(caseId);
        api.as("agent", "a-1").get("/api/disputes/" + disputeId)
                .then().body("trigger", equalTo("BUYER_ESCALATION"));
        api.decideFullRefund(disputeId).then().statusCode(201);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.caseOf("b-declined", caseId).then()
                .body("status", equalTo("REFUNDED"))
                .body("timeline.type", hasItems("SellerDeclined", "BuyerEscalated", "DisputeOpened", "RefundIssued")));
        assertEquals(List.of(), events.recordsNow(EventType.SELLER_UNRESPONSIVE.topic(), caseId.toString()));
    }

    @Test
    void anOfferAfterTheBuyerOpenedADisputeIsRefusedNamingItAndOnlyTheDecisionPays() {
        String orderId = api.registerOrder("b-late", "s-late");
        UUID caseId = api.reportIssue("b-late", orderId);
        String conversation = Awaitility.await().atMost(WAIT)
                .until(() -> api.conversationOf("s-late", caseId), id -> id != null);
        api.as("seller", "s-late").body(Map.of("reason", "Worked when shipped"))
                .post("/api/conversations/" + conversation + "/decline").then().statusCode(200);
        String disputeId = Awaitility.await().atMost(WAIT).until(() -> api.as("buyer", "b-late").body(Map.of("caseId", caseId)).post("/api/disputes").then().extract()
                .<String>path("disputeId"), id -> id != null);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.as("buyer",
                "b-late").get("/api/conversations/" + conversation).then().body("status", equalTo("IN_DISPUTE")));

        api.as("seller", "s-late")
                .body(Map.of("offerType", "PARTIAL_REFUND", "amount", Map.of("minorUnits", 700, "currency", "USD")))
                .post("/api/conversations/" + conversation + "/offers").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("DISPUTE_OPEN"))
                .body("detail", org.hamcrest.Matchers.containsString(disputeId));
        api.as("agent", "a-1").post("/api/disputes/" + disputeId + "/assignment")
                .then().statusCode(200);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.as("agent", "a-1")
                .header("Idempotency-Key", "late-" + disputeId)
                .body(Map.of("outcome", "FULL_REFUND", "rationale", "The seller refused without looking"))
                .post("/api/disputes/" + disputeId + "/decision").then().statusCode(201));

        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.caseOf("b-late", caseId).then()
                .body("status", equalTo("REFUNDED")).body("amountRefunded.minorUnits", equalTo(12_900)));
        api.refundsOf("b-late", caseId).then().body("", hasSize(1)).body("[0].amount.minorUnits", equalTo(12_900));
        assertEquals(List.of(), events.recordsNow(EventType.SETTLEMENT_AGREED.topic(), caseId.toString()));
    }

    @Test
    void twoMessagingReplicasFireEverySellerDeadlineExactlyOnce() throws Exception {
        ServiceProcess second = platform.replica(PlatformSettings.MESSAGING_SERVICE, PlatformSettings.freePort());
        second.start();
        try {
            second.awaitReady(READY);
            List<UUID> cases = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                cases.add(api.reportIssue("b-replicas-" + i, api.registerOrder("b-replicas-" + i, "s-replicas")));
            }
            for (UUID caseId : cases) {
                events.awaitRecords(EventType.SELLER_UNRESPONSIVE.topic(), caseId.toString(), 1);
            }
            for (UUID caseId : cases) {
                assertEquals(1, events.recordsNow(EventType.SELLER_UNRESPONSIVE.topic(), caseId.toString()).size());
                assertEquals(1, events.recordsNow(EventType.CONVERSATION_OPENED.topic(), caseId.toString()).size());
            }
        } finally {
            second.stop();
        }
    }

    private static void restart(String service) throws Exception {
        ServiceProcess process = platform.service(service);
        process.start();
        process.awaitReady(READY);
    }

    private static String awaitDispute(UUID caseId) {
        String disputeId = Awaitility.await().atMost(WAIT).until(() -> api.disputeOf(caseId), id -> id != null);
        assertNotNull(disputeId);
        return disputeId;
    }

    private static void awaitRefunded(String buyerId, UUID caseId) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> api.caseOf(buyerId, caseId).then().statusCode(200)
                .body("status", equalTo("REFUNDED"))
                .body("timeline.type", contains(TIMELINE)));
    }
}

package io.refunds.dispute.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.events.CaseEvent;
import io.refunds.events.EventType;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerReminder;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.SseClient;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's event stream: who may read it, resuming after a position, duplicates and poison. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DashboardStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "/api/disputes/events/stream";
    private static final Money PAID = Money.of(12_900, "USD");

    @TestHTTPResource("/api/disputes/events/stream")
    URI stream;

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void anonymousCallersOfTheStreamGet401AsProblemJson() {
        given().get(STREAM).then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void anInvalidTokenInTheQueryGets401AsProblemJson() {
        given().queryParam("access_token", "not-a-token").get(STREAM).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void buyersGet403NamingWhoMayReadTheStream() {
        DisputeApi.buyer("b-1").request().get(STREAM).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("agents and supervisors"));
    }

    @Test
    void sellersWithATokenInTheQueryGet403() {
        given().queryParam("access_token", Tokens.bearer("seller", "s-1").substring(7)).get(STREAM)
                .then().statusCode(403);
    }

    @Test
    void aLastEventIdThatIsNoPositionIsRefusedNamingTheHeader() {
        DisputeApi.agent("a-1").request().header("Last-Event-ID", "minus one").get(STREAM).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Last-Event-ID"));
    }

    @Test
    void buyersGet403ForTheCounts() {
        DisputeApi.buyer("b-1").stats().then().statusCode(403);
    }

    @Test
    void anonymousCallersGet401ForTheCounts() {
        given().get("/api/disputes/stats").then().statusCode(401);
    }

    @Test
    void anUnknownZoneForTheCountsIsRefusedNamingIt() {
        DisputeApi.agent("a-1").request().queryParam("zone", "Mars/Olympus").get("/api/disputes/stats")
                .then().statusCode(400).body("violations[0].field", equalTo("zone"));
    }

    @Test
    void aReconnectWithLastEventIdReceivesExactlyTheEventsAfterItThenLiveOnes() throws Exception {
        UUID caseId = UUID.randomUUID();
        List<UUID> sent = List.of(send(reminder(caseId, 1)), send(reminder(caseId, 2)), send(reminder(caseId, 3)));
        List<JsonNode> first;
        try (SseClient client = SseClient.connect(stream, agent())) {
            assertEquals(200, client.status());
            first = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId), got -> got.size() == 3);
        }
        assertEquals(sent, first.stream().map(event -> UUID.fromString(event.get("eventId").asText())).toList());
        long afterFirst = first.get(0).get("position").asLong();

        try (SseClient resumed = SseClient.connect(stream, Map.of("Authorization", Tokens.bearer("supervisor", "sv-1"),
                "Last-Event-ID", Long.toString(afterFirst)))) {
            Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(resumed, caseId), got -> got.size() == 2);
            UUID live = send(reminder(caseId, 4));
            List<JsonNode> got = Awaitility.await().atMost(EventLog.WAIT)
                    .until(() -> ofCase(resumed, caseId), all -> all.size() == 3);
            assertEquals(List.of(sent.get(1), sent.get(2), live),
                    got.stream().map(event -> UUID.fromString(event.get("eventId").asText())).toList());
            assertTrue(resumed.events().stream().allMatch(event -> Long.parseLong(event.id()) > afterFirst));
            JsonNode last = got.get(2);
            assertEquals("SellerReminder", last.get("type").asText());
            assertEquals("s-dash-4", last.get("data").get("sellerId").asText());
        }
    }

    @Test
    void theTokenMayRideAsAQueryParameterForEventSourceAndAfterWorksLikeLastEventId() throws Exception {
        UUID caseId = UUID.randomUUID();
        send(reminder(caseId, 1));
        UUID second = send(reminder(caseId, 2));
        String token = Tokens.bearer("agent", "a-1").substring("Bearer ".length());
        long firstPosition;
        try (SseClient client = SseClient.connect(URI.create(stream + "?access_token=" + token), Map.of())) {
            firstPosition = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId),
                    got -> got.size() == 2).get(0).get("position").asLong();
        }
        try (SseClient client = SseClient.connect(
                URI.create(stream + "?access_token=" + token + "&after=" + firstPosition), Map.of())) {
            List<JsonNode> got = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId),
                    all -> all.size() == 1);
            assertEquals(second.toString(), got.get(0).get("eventId").asText());
        }
    }

    @Test
    void aRedeliveredEventIsStreamedOnce() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        CaseEvent reminder = reminder(caseId, 1);
        events.send(TestEvents.record(reminder, eventId));
        events.send(TestEvents.record(reminder, eventId));
        UUID marker = send(reminder(caseId, 2));
        try (SseClient client = SseClient.connect(stream, agent())) {
            List<JsonNode> got = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId),
                    all -> all.stream().anyMatch(event -> event.get("eventId").asText().equals(marker.toString())));
            assertEquals(List.of(eventId.toString(), marker.toString()),
                    got.stream().map(event -> event.get("eventId").asText()).toList());
        }
    }

    @Test
    void aPoisonEventGoesToItsOwnTopicsDeadLetterQueueAndTheStreamGoesOn() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        for (EventType type : List.of(EventType.REFUND_ISSUED, EventType.SELLER_REMINDER)) {
            events.send(new ProducerRecord<>(type.topic(), null, poisonKey, "{not json", List.of(
                    new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                    new RecordHeader("ce_type", type.ceType().getBytes(StandardCharsets.UTF_8)))));
        }
        for (EventType type : List.of(EventType.REFUND_ISSUED, EventType.SELLER_REMINDER)) {
            ConsumerRecord<String, String> dead = events.awaitRecords(type.deadLetterTopic(), poisonKey, 1).get(0);
            assertEquals("{not json", dead.value());
            assertTrue(EventLog.header(dead, "dead-letter-reason").orElseThrow().contains("JSON"));
            assertEquals(type.topic(), EventLog.header(dead, "dead-letter-topic").orElseThrow());
        }
        UUID caseId = UUID.randomUUID();
        UUID refund = send(new RefundIssued(UUID.randomUUID(), caseId, UUID.randomUUID(), null, "b-1", PAID, "WALLET",
                Instant.now()));
        try (SseClient client = SseClient.connect(stream, agent())) {
            List<JsonNode> got = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId),
                    all -> all.size() == 1);
            assertEquals(refund.toString(), got.get(0).get("eventId").asText());
            assertEquals(12_900, got.get(0).get("data").get("amount").get("minorUnits").asInt());
        }
        DisputeApi.agent("a-1").stats().then().statusCode(200).body("refundedToday", greaterThanOrEqualTo(1))
                .body("zone", equalTo("Z"));
    }

    @Test
    void anEventOlderThanTheRetentionIsNotStreamed() throws Exception {
        UUID caseId = UUID.randomUUID();
        ProducerRecord<String, String> old = TestEvents.record(reminder(caseId, 1), UUID.randomUUID());
        old.headers().remove("ce_time").add("ce_time",
                Instant.now().minus(Duration.ofDays(8)).toString().getBytes(StandardCharsets.UTF_8));
        events.send(old);
        UUID marker = send(reminder(caseId, 2));
        try (SseClient client = SseClient.connect(stream, agent())) {
            List<JsonNode> got = Awaitility.await().atMost(EventLog.WAIT).until(() -> ofCase(client, caseId),
                    all -> all.stream().anyMatch(event -> event.get("eventId").asText().equals(marker.toString())));
            assertEquals(List.of(marker.toString()), got.stream().map(event -> event.get("eventId").asText()).toList());
        }
    }

    @Test
    void theDashboardRedirectsToItsPage() {
        given().redirects().follow(false).get("/dashboard").then().statusCode(302)
                .header("Location", equalTo("/dashboard/"));
    }

    @Test
    void theDashboardPageIsServedWithoutAToken() {
        given().get("/dashboard/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Support dashboard"));
    }

    @Test
    void theDashboardScriptIsServedWithoutAToken() {
        given().get("/dashboard/js/app.js").then().statusCode(200).body(containsString("EventStream"));
    }

    @Test
    void theDashboardConfigurationIsServedWithoutAToken() {
        given().get("/api/disputes/dashboard-config").then().statusCode(200).body("orderServiceUrl", equalTo(""));
    }

    private UUID send(CaseEvent event) {
        UUID eventId = UUID.randomUUID();
        events.send(TestEvents.record(event, eventId));
        return eventId;
    }

    private static Map<String, String> agent() {
        return Map.of("Authorization", Tokens.bearer("agent", "a-1"));
    }

    private static List<JsonNode> ofCase(SseClient client, UUID caseId) {
        return client.events().stream().map(event -> read(event.data()))
                .filter(event -> caseId.toString().equals(event.get("caseId").asText()))
                .toList();
    }

    private static JsonNode read(String data) {
        try {
            return JSON.readTree(data);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(data, e);
        }
    }

    private static SellerReminder reminder(UUID caseId, int number) {
        return new SellerReminder(caseId, UUID.randomUUID(), "s-dash-" + number, Instant.now().plusSeconds(3600),
                Instant.now());
    }
}

package io.refunds.dispute.ecosystem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Money;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.OpenApiContract;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health, metrics, tracing and the OpenAPI document of dispute-service. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperabilityTest {

    private static final String SILENCE_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String DECISION_TRACE = "5cf92f3577b34da6a3ce929d0e0e4737";
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void oneTraceFollowsTheDisputeAndDecisionsAreMeasured() {
        UUID caseId = UUID.randomUUID();
        Instant now = Instant.now();
        ProducerRecord<String, String> silence = TestEvents.record(new SellerUnresponsive(caseId, UUID.randomUUID(),
                "o-" + caseId, "i-1", "b-ops", "s-ops", "DEFECTIVE", Money.of(12_900, "USD"), now, now));
        silence.headers().add("traceparent",
                ("00-" + SILENCE_TRACE + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        events.send(silence);
        ConsumerRecord<String, String> opened = events.awaitRecords(Topics.DISPUTE_OPENED, caseId.toString(), 1).get(0);
        assertEquals(SILENCE_TRACE, traceId(opened), "DisputeOpened continues SellerUnresponsive's trace");

        String disputeId = Awaitility.await().atMost(EventLog.WAIT).until(() -> given()
                .header("Authorization", Tokens.bearer("agent", "a-ops")).queryParam("caseId", caseId)
                .get("/api/disputes").then().statusCode(200).extract().<String>path("[0].disputeId"), id -> id != null);
        given().header("Authorization", Tokens.bearer("agent", "a-ops"))
                .post("/api/disputes/" + disputeId + "/assignment");
        given().header("Authorization", Tokens.bearer("agent", "a-ops"))
                .header("traceparent", "00-" + DECISION_TRACE + "-00f067aa0ba902b8-01")
                .header("Idempotency-Key", "ops-" + caseId).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FULL_REFUND", "rationale", "The photos show the crack"))
                .post("/api/disputes/" + disputeId + "/decision").then().statusCode(201);
        assertEquals(DECISION_TRACE, traceId(events.awaitRecords(Topics.DECISION_MADE, caseId.toString(), 1).get(0)));

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> {
            assertTrue(Metrics.value("refunds_decisions", Map.of("outcome", "FULL_REFUND")).orElse(0) >= 1);
            assertTrue(Metrics.value("refunds_decision_time_seconds", Map.of("quantile", "0.5")).orElse(-1) > 0);
            assertTrue(Metrics.value("refunds_disputes").orElse(0) >= 1);
            assertTrue(Metrics.value("refunds_disputes_overdue").orElse(-1) >= 0);
        });
    }

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheServedOperations() {
        assertEquals(OpenApiContract.served(), OpenApiContract.documented());
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Refunds dispute-service API"))
                .body("paths.'/api/disputes/{disputeId}/decision'.post.requestBody.content.'application/json'"
                        + ".examples.fullRefund.value.outcome", equalTo("FULL_REFUND"));
    }

    private static String traceId(ConsumerRecord<String, String> record) {
        return EventLog.header(record, "traceparent").orElseThrow().split("-")[1];
    }
}

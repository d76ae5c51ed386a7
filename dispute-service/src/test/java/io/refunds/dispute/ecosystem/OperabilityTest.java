package io.refunds.dispute.ecosystem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DecisionBody;
import io.refunds.dispute.support.DisputeApi;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.OpenApiContract;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void disputeOpenedContinuesTheTraceOfSellerUnresponsive() {
        CaseEvents kase = CaseEvents.newCase("b-ops", "s-ops");
        ConsumerRecord<String, String> opened = openedInTrace(kase);
        assertEquals(SILENCE_TRACE, traceId(opened), "DisputeOpened continues SellerUnresponsive's trace");
    }

    @Test
    void decisionMadeContinuesTheTraceOfTheDecidingRequest() {
        CaseEvents kase = CaseEvents.newCase("b-ops", "s-ops");
        decideInTrace(kase);
        assertEquals(DECISION_TRACE, traceId(events.awaitRecords(Topics.DECISION_MADE, kase.caseId().toString(), 1)
                .get(0)));
    }

    @Test
    void decisionsAreMeasured() {
        decideInTrace(CaseEvents.newCase("b-ops", "s-ops"));
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

    /** SellerUnresponsive arrives in {@link #SILENCE_TRACE}; returns the DisputeOpened it caused. */
    private ConsumerRecord<String, String> openedInTrace(CaseEvents kase) {
        ProducerRecord<String, String> silence = TestEvents.record(kase.sellerUnresponsive());
        silence.headers().add("traceparent",
                ("00-" + SILENCE_TRACE + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        events.send(silence);
        return events.awaitRecords(Topics.DISPUTE_OPENED, kase.caseId().toString(), 1).get(0);
    }

    /** The agent claims the dispute and decides a full refund in a request of {@link #DECISION_TRACE}. */
    private void decideInTrace(CaseEvents kase) {
        openedInTrace(kase);
        String disputeId = new DisputeFlows(events).disputeOf(kase.caseId());
        DisputeApi agent = DisputeApi.agent("a-ops");
        agent.claim(disputeId);
        agent.request().header("traceparent", "00-" + DECISION_TRACE + "-00f067aa0ba902b8-01")
                .header("Idempotency-Key", "ops-" + kase.caseId())
                .body(DecisionBody.fullRefund("The photos show the crack").toMap())
                .post("/api/disputes/" + disputeId + "/decision").then().statusCode(201);
    }

    private static String traceId(ConsumerRecord<String, String> record) {
        return EventLog.header(record, "traceparent").orElseThrow().split("-")[1];
    }
}

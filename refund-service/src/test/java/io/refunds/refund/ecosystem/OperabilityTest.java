package io.refunds.refund.ecosystem;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.refund.StripeStandInResource;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.OpenApiContract;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health, metrics, tracing and the OpenAPI document of refund-service. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class OperabilityTest {

    private static final String TRACE_ID = "6df92f3577b34da6a3ce929d0e0e4738";
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aWalletRefundContinuesTheDecisionsTrace() {
        UUID caseId = UUID.randomUUID();
        ProducerRecord<String, String> decision = TestEvents.record(aDecision().forCase(caseId).buyer("b-ops").build());
        decision.headers().add("traceparent", ("00-" + TRACE_ID + "-00f067aa0ba902b9-01").getBytes(StandardCharsets.UTF_8));
        events.send(decision);

        String traceparent = EventLog.header(events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1).get(0),
                "traceparent").orElseThrow();
        assertEquals(TRACE_ID, traceparent.split("-")[1], "RefundIssued continues DecisionMade's trace");
    }

    @Test
    void refundsAreCountedByDestinationAndStatus() {
        UUID caseId = UUID.randomUUID();
        events.send(TestEvents.record(aDecision().forCase(caseId).buyer("b-ops-count").build()));

        events.awaitRecords(Topics.REFUND_ISSUED, caseId.toString(), 1);
        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> assertTrue(
                Metrics.value("refunds_refunds", Map.of("destination", "WALLET")).orElse(0) >= 1));
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
                .body("info.title", equalTo("Refunds refund-service API"));
    }
}

package io.refunds.messaging.ecosystem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.messaging.Claims;
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

/** What operators and integrators rely on: health, metrics and the OpenAPI document. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperabilityTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsCountConversationsDeadlinesOutboxAndDeadLetters() {
        UUID caseId = UUID.randomUUID();
        Claims.openConversation(events, caseId, "b-metrics", "s-metrics");
        ProducerRecord<String, String> poison = TestEvents.record(Claims.claim(UUID.randomUUID(), "b-m", "s-m"));
        poison.headers().remove("ce_type").add("ce_type", "refunds.IssueReported.v9".getBytes(StandardCharsets.UTF_8));
        events.send(poison);
        events.awaitRecords(Topics.deadLetterTopicOf(Topics.ISSUE_REPORTED), poison.key(), 1);

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> {
            assertAtLeast(1, "refunds_conversations", Map.of("status", "AWAITING_SELLER"));
            assertAtLeast(1, "refunds_deadlines", Map.of("kind", "seller-response"));
            assertAtLeast(1, "refunds_dead_lettered_total", Map.of("topic", Topics.ISSUE_REPORTED, "reason", "poison"));
            assertAtLeast(0, "refunds_seller_deadlines_missed", Map.of());
            assertAtLeast(0, "refunds_outbox_pending", Map.of());
            assertAtLeast(0, "refunds_outbox_oldest_pending_age_seconds", Map.of());
        });
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheServedOperations() {
        assertEquals(OpenApiContract.served(), OpenApiContract.documented());
        assertTrue(OpenApiContract.served().contains("POST /api/conversations/{conversationId}/messages"));
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Refunds messaging-service API"))
                .body("components.schemas", hasKey("Problem"))
                .body("paths.'/api/conversations/{conversationId}/messages'.post.responses.'400'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/conversations/{conversationId}/messages'.post.responses.'404'.content",
                        hasKey("application/problem+json"));
    }

    private static void assertAtLeast(double minimum, String name, Map<String, String> labels) {
        double value = Metrics.value(name, labels)
                .orElseThrow(() -> new AssertionError(name + labels + " is not exposed"));
        assertTrue(value >= minimum, name + labels + " = " + value + ", expected at least " + minimum);
    }
}

package io.refunds.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.Metrics;
import io.refunds.testing.OpenApiContract;
import io.refunds.testing.RealInfrastructure;
import io.restassured.http.ContentType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Health, metrics, tracing and the OpenAPI document of order-service. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OperabilityTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aReportedIssueCarriesTheRequestsTrace() {
        String orderId = OrderApi.platform().registerOrder("b-ops", "s-ops");
        String photo = OrderApi.buyer("b-ops").uploadPhoto();

        String caseId = OrderApi.buyer("b-ops").request()
                .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .contentType(ContentType.JSON)
                .body(Requests.report(orderId, OrderApi.RECENT).description("No sound").evidence(photo).body())
                .post("/api/cases").then().statusCode(201).extract().path("caseId");

        String traceparent = EventLog.header(events.awaitRecords(Topics.ISSUE_REPORTED, caseId, 1).get(0), "traceparent")
                .orElseThrow();
        assertEquals(TRACE_ID, traceparent.split("-")[1]);
    }

    @Test
    void casesAreCountedByStatus() {
        OrderApi.buyer("b-ops-count").newCase("s-ops");

        Awaitility.await().atMost(EventLog.WAIT).untilAsserted(() -> {
            double cases = Metrics.value("refunds_cases").orElseThrow(() -> new AssertionError("no refunds_cases"));
            assertTrue(cases >= 1, "cases " + cases);
            assertTrue(Metrics.value("refunds_outbox_pending").isPresent());
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
                .body("info.title", equalTo("Refunds order-service API"))
                .body("paths.'/api/cases'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/cases'.post.requestBody.content.'application/json'.examples.partialRefund.value.reason",
                        equalTo("DEFECTIVE"))
                .body("paths.'/api/cases'.post.requestBody.content.'application/json'.schema", notNullValue());
    }
}

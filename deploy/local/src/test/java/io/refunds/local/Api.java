package io.refunds.local;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform's HTTP API as the frontend, agents and the agent platform call it: through the gateway, the one origin,
 * with dev tokens.
 */
final class Api {

    private final LocalPlatform platform;

    Api(LocalPlatform platform) {
        this.platform = platform;
    }

    RequestSpecification as(String role, String userId) {
        return given().baseUri(platform.settings().gatewayUrl())
                .header("Authorization", "Bearer " + platform.tokens().token(role, userId))
                .contentType(ContentType.JSON);
    }

    /** Registers a one-item order (129.00 USD paid) for the buyer and returns its id. */
    String registerOrder(String buyerId, String sellerId) {
        return registerOrder(buyerId, sellerId, "pi_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** An order paid with {@code paymentReference} at 0.1383 USD per CNY. */
    String registerOrder(String buyerId, String sellerId, String paymentReference) {
        String orderId = "o-" + UUID.randomUUID();
        as("platform", "agent-platform")
                .body(Map.of("orderId", orderId, "buyerId", buyerId, "items", List.of(Map.of(
                        "itemId", "i-1", "sellerId", sellerId, "title", "Desk lamp", "category", "home",
                        "quantity", 1,
                        "unitPrice", Map.of("minorUnits", 89_000, "currency", "CNY"),
                        "paid", Map.of("minorUnits", 12_900, "currency", "USD"),
                        "exchangeRate", "0.1383", "paymentReference", paymentReference,
                        "receivedAt", Instant.now().minus(Duration.ofDays(2)).toString()))))
                .post("/api/orders")
                .then().statusCode(201);
        return orderId;
    }

    /** Uploads the sample photo as the buyer, then reports item i-1 as defective with it. */
    UUID reportIssue(String buyerId, String orderId) {
        return reportIssue(buyerId, orderId, "WALLET");
    }

    /** As {@link #reportIssue(String, String)}, with the refund destination the buyer chose. */
    UUID reportIssue(String buyerId, String orderId, String refundDestination) {
        String photo = given().baseUri(platform.settings().gatewayUrl())
                .header("Authorization", "Bearer " + platform.tokens().token("buyer", buyerId))
                .multiPart("file", platform.settings().repositoryRoot().resolve("deploy/local/samples/earbud.jpg").toFile())
                .post("/api/evidence")
                .then().statusCode(201).extract().path("evidenceId");
        String caseId = as("buyer", buyerId)
                .header("Idempotency-Key", "report-" + orderId)
                .body(Map.of("orderId", orderId, "itemId", "i-1", "reason", "DEFECTIVE",
                        "description", "It does not switch on", "evidenceIds", List.of(photo),
                        "refundDestination", refundDestination))
                .post("/api/cases")
                .then().statusCode(201).extract().path("caseId");
        return UUID.fromString(caseId);
    }

    /** The case's open dispute id, or null while there is none. */
    String disputeOf(UUID caseId) {
        return as("agent", "a-1").queryParam("caseId", caseId)
                .get("/api/disputes").then().statusCode(200).extract().path("[0].disputeId");
    }

    /** The agent claims the dispute, then decides a full refund. */
    Response decideFullRefund(String disputeId) {
        as("agent", "a-1").post("/api/disputes/" + disputeId + "/assignment")
                .then().statusCode(200);
        return as("agent", "a-1")
                .header("Idempotency-Key", "decide-" + disputeId)
                .body(Map.of("outcome", "FULL_REFUND", "rationale", "The seller did not answer; photos show the fault"))
                .post("/api/disputes/" + disputeId + "/decision");
    }

    /** The case's conversation id, once messaging-service has opened it (null before). */
    String conversationOf(String sellerId, UUID caseId) {
        return as("seller", sellerId).queryParam("caseId", caseId)
                .get("/api/conversations").then().statusCode(200).extract().path("[0].conversationId");
    }

    Response caseOf(String buyerId, UUID caseId) {
        return as("buyer", buyerId).get("/api/cases/" + caseId);
    }

    Response refundsOf(String buyerId, UUID caseId) {
        return as("buyer", buyerId).queryParam("caseId", caseId).get("/api/refunds");
    }
}

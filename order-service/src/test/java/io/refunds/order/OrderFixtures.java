package io.refunds.order;

import static io.restassured.RestAssured.given;

import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;

/** Registers orders and reports issues over HTTP, as the platform and buyers do. */
final class OrderFixtures {

    private OrderFixtures() {
    }

    /** Registers an order with one received item (paid 129.00 USD) and returns its id. */
    static String registerOrder(String buyerId, String sellerId) {
        String orderId = "o-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("platform", "agent-platform"))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "buyerId", buyerId, "items", java.util.List.of(Map.of(
                        "itemId", "i-1", "sellerId", sellerId, "title", "Bluetooth speaker", "category", "electronics",
                        "quantity", 1,
                        "unitPrice", Map.of("minorUnits", 89_000, "currency", "CNY"),
                        "paid", Map.of("minorUnits", 12_900, "currency", "USD"),
                        "receivedAt", "2026-11-20T10:00:00Z"))))
                .when().post("/api/orders")
                .then().statusCode(201);
        return orderId;
    }

    /** Reports item i-1 of the order as defective and returns the case id. */
    static UUID reportIssue(String buyerId, String orderId) {
        String caseId = given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "itemId", "i-1", "reason", "DEFECTIVE", "description", "No sound"))
                .when().post("/api/cases")
                .then().statusCode(201)
                .extract().path("caseId");
        return UUID.fromString(caseId);
    }
}

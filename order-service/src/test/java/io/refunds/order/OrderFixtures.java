package io.refunds.order;

import static io.restassured.RestAssured.given;

import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers orders, uploads evidence and reports issues over HTTP, as the platform and buyers do. */
final class OrderFixtures {

    /** Electronics, received 2 days ago, paid 129.00 USD: eligible for every reason. */
    static final String RECENT = "i-1";
    /** Home goods, received 10 days ago: DEFECTIVE (14 days) still open, DAMAGED (7 days) expired. */
    static final String OLDER = "i-2";
    /** Not received yet. */
    static final String IN_TRANSIT = "i-3";

    private OrderFixtures() {
    }

    static String registerOrder(String buyerId, String sellerId) {
        return registerOrder(buyerId, sellerId, 12_900);
    }

    /** The same, with item i-1 paid {@code recentPaidMinor} USD cents. */
    static String registerOrder(String buyerId, String sellerId, long recentPaidMinor) {
        String orderId = "o-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("platform", "agent-platform"))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "buyerId", buyerId, "items", List.of(
                        item(RECENT, sellerId, "electronics", recentPaidMinor, Instant.now().minus(Duration.ofDays(2))),
                        item(OLDER, sellerId, "home", 2_500, Instant.now().minus(Duration.ofDays(10))),
                        item(IN_TRANSIT, sellerId, "home", 1_000, null))))
                .when().post("/api/orders")
                .then().statusCode(201);
        return orderId;
    }

    /** Uploads a small PNG as the buyer and returns its evidence id. */
    static String uploadPhoto(String role, String userId) {
        return given().header("Authorization", Tokens.bearer(role, userId))
                .multiPart("file", "photo.png", Media.png(16), "image/png")
                .when().post("/api/evidence")
                .then().statusCode(201)
                .extract().path("evidenceId");
    }

    /** Reports item i-1 as defective with one photo and returns the case id. */
    static UUID reportIssue(String buyerId, String orderId) {
        String photo = uploadPhoto("buyer", buyerId);
        String caseId = given().header("Authorization", Tokens.bearer("buyer", buyerId))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "itemId", RECENT, "reason", "DEFECTIVE", "description", "No sound",
                        "evidenceIds", List.of(photo)))
                .when().post("/api/cases")
                .then().statusCode(201)
                .extract().path("caseId");
        return UUID.fromString(caseId);
    }

    private static Map<String, Object> item(String itemId, String sellerId, String category, long paidMinor,
            Instant receivedAt) {
        Map<String, Object> item = new HashMap<>(Map.of("itemId", itemId, "sellerId", sellerId,
                "title", "Item " + itemId, "category", category, "quantity", 1,
                "unitPrice", Map.of("minorUnits", paidMinor * 7, "currency", "CNY"),
                "paid", Map.of("minorUnits", paidMinor, "currency", "USD"),
                "exchangeRate", 0.1383));
        if (receivedAt != null) {
            item.put("receivedAt", receivedAt.toString());
        }
        return item;
    }
}

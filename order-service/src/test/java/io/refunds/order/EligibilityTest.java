package io.refunds.order;

import static io.refunds.order.OrderFixtures.IN_TRANSIT;
import static io.refunds.order.OrderFixtures.OLDER;
import static io.refunds.order.OrderFixtures.RECENT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.Tokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EligibilityTest {

    @Test
    void theWindowDependsOnCategoryAndReasonAndIsCountedFromReceipt() {
        String orderId = OrderFixtures.registerOrder("b-elig", "s-elig");
        String receivedAt = given().header("Authorization", Tokens.bearer("buyer", "b-elig"))
                .get("/api/orders/" + orderId).then().statusCode(200).extract().path("items[0].receivedAt");

        String deadline = eligibility("b-elig", orderId, RECENT, "DAMAGED")
                .body("eligible", equalTo(true)).body("rule", equalTo("WITHIN_WINDOW"))
                .body("detail", containsString("electronics"))
                .body("allowedOutcomes", hasItem("REPLACEMENT")).body("minEvidence", equalTo(1))
                .extract().path("deadline");
        assertEquals(Instant.parse(receivedAt).plus(Duration.ofDays(14)), Instant.parse(deadline));

        eligibility("b-elig", orderId, OLDER, "DEFECTIVE").body("eligible", equalTo(true))
                .body("detail", containsString("DEFECTIVE"));
        eligibility("b-elig", orderId, OLDER, "DAMAGED").body("eligible", equalTo(false))
                .body("rule", equalTo("WINDOW_EXPIRED"));
        eligibility("b-elig", orderId, IN_TRANSIT, "DEFECTIVE").body("eligible", equalTo(false))
                .body("rule", equalTo("NOT_RECEIVED"));
    }

    @Test
    void recordingTheReceiptOpensTheWindow() {
        String orderId = OrderFixtures.registerOrder("b-receipt", "s-receipt");
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        receipt("buyer", "b-other", orderId, Map.of("receivedAt", yesterday.toString())).then().statusCode(404);
        receipt("buyer", "b-receipt", orderId, Map.of("receivedAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .then().statusCode(400).body("violations.field", hasItem("receivedAt"));
        receipt("platform", "agent-platform", orderId, Map.of("receivedAt", yesterday.toString()))
                .then().statusCode(200).body("receivedAt", equalTo(yesterday.toString()));
        receipt("buyer", "b-receipt", orderId, Map.of("receivedAt", yesterday.toString())).then().statusCode(200);
        receipt("buyer", "b-receipt", orderId, Map.of("receivedAt", yesterday.minusSeconds(60).toString()))
                .then().statusCode(409).contentType("application/problem+json");

        eligibility("b-receipt", orderId, IN_TRANSIT, "DEFECTIVE").body("eligible", equalTo(true));
    }

    @Test
    void anUnknownReasonOrSomeoneElsesOrderIsAProblem() {
        String orderId = OrderFixtures.registerOrder("b-elig2", "s-elig2");
        given().header("Authorization", Tokens.bearer("buyer", "b-elig2"))
                .queryParam("reason", "BORED").get("/api/orders/" + orderId + "/items/i-1/eligibility")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        given().header("Authorization", Tokens.bearer("buyer", "b-elig2"))
                .get("/api/orders/" + orderId + "/items/i-1/eligibility")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().header("Authorization", Tokens.bearer("buyer", "b-stranger"))
                .queryParam("reason", "DEFECTIVE").get("/api/orders/" + orderId + "/items/i-1/eligibility")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static io.restassured.response.Response receipt(String role, String user, String orderId,
            Map<String, Object> body) {
        return given().header("Authorization", Tokens.bearer(role, user)).contentType(ContentType.JSON).body(body)
                .post("/api/orders/" + orderId + "/items/" + IN_TRANSIT + "/receipt");
    }

    private static io.restassured.response.ValidatableResponse eligibility(String buyer, String orderId, String item,
            String reason) {
        return given().header("Authorization", Tokens.bearer("buyer", buyer)).queryParam("reason", reason)
                .get("/api/orders/" + orderId + "/items/" + item + "/eligibility")
                .then().statusCode(200);
    }
}

package io.refunds.order;

import static io.refunds.order.fixtures.OrderApi.IN_TRANSIT;
import static io.refunds.order.fixtures.OrderApi.OLDER;
import static io.refunds.order.fixtures.OrderApi.RECENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.testing.RealInfrastructure;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** May an item be reported, and until when: the window by category and reason, from the recorded receipt. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class EligibilityTest {

    @Test
    void theCategorysWindowIsCountedFromReceipt() {
        String orderId = OrderApi.platform().registerOrder("b-elig", "s-elig");
        String receivedAt = OrderApi.buyer("b-elig").order(orderId).then().statusCode(200)
                .extract().path("items[0].receivedAt");

        String deadline = eligible("b-elig", orderId, RECENT, "DAMAGED")
                .body("eligible", equalTo(true)).body("rule", equalTo("WITHIN_WINDOW"))
                .body("detail", containsString("electronics"))
                .body("allowedOutcomes", hasItem("REPLACEMENT")).body("minEvidence", equalTo(1))
                .extract().path("deadline");

        assertEquals(Instant.parse(receivedAt).plus(Duration.ofDays(14)), Instant.parse(deadline));
    }

    @Test
    void theReasonsOwnWindowAppliesWhenTheCategoryHasNone() {
        String orderId = OrderApi.platform().registerOrder("b-elig", "s-elig");

        eligible("b-elig", orderId, OLDER, "DEFECTIVE").body("eligible", equalTo(true))
                .body("detail", containsString("DEFECTIVE"));
    }

    @Test
    void pastTheWindowTheItemMayNotBeReported() {
        String orderId = OrderApi.platform().registerOrder("b-elig", "s-elig");

        eligible("b-elig", orderId, OLDER, "DAMAGED").body("eligible", equalTo(false))
                .body("rule", equalTo("WINDOW_EXPIRED"));
    }

    @Test
    void anItemNotReceivedMayNotBeReportedYet() {
        String orderId = OrderApi.platform().registerOrder("b-elig", "s-elig");

        eligible("b-elig", orderId, IN_TRANSIT, "DEFECTIVE").body("eligible", equalTo(false))
                .body("rule", equalTo("NOT_RECEIVED"));
    }

    @Test
    void onlyTheOrdersBuyerOrThePlatformRecordsTheReceipt() {
        String orderId = OrderApi.platform().registerOrder("b-receipt", "s-receipt");

        OrderApi.buyer("b-other").receipt(orderId, IN_TRANSIT, yesterday()).then().statusCode(404);
    }

    @Test
    void aReceiptInTheFutureIsRefused() {
        String orderId = OrderApi.platform().registerOrder("b-receipt", "s-receipt");

        OrderApi.buyer("b-receipt").receipt(orderId, IN_TRANSIT, Instant.now().plus(Duration.ofDays(1)))
                .then().statusCode(400).body("violations.field", hasItem("receivedAt"));
    }

    @Test
    void theSameReceiptMayBeRecordedAgain() {
        String orderId = OrderApi.platform().registerOrder("b-receipt", "s-receipt");
        Instant yesterday = yesterday();

        OrderApi.platform().receipt(orderId, IN_TRANSIT, yesterday)
                .then().statusCode(200).body("receivedAt", equalTo(yesterday.toString()));
        OrderApi.buyer("b-receipt").receipt(orderId, IN_TRANSIT, yesterday).then().statusCode(200);
    }

    @Test
    void anotherReceiptTimeIsAConflict() {
        String orderId = OrderApi.platform().registerOrder("b-receipt", "s-receipt");
        Instant yesterday = yesterday();
        OrderApi.platform().receipt(orderId, IN_TRANSIT, yesterday).then().statusCode(200);

        OrderApi.buyer("b-receipt").receipt(orderId, IN_TRANSIT, yesterday.minusSeconds(60))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void recordingTheReceiptOpensTheWindow() {
        String orderId = OrderApi.platform().registerOrder("b-receipt", "s-receipt");
        OrderApi.platform().receipt(orderId, IN_TRANSIT, yesterday()).then().statusCode(200);

        eligible("b-receipt", orderId, IN_TRANSIT, "DEFECTIVE").body("eligible", equalTo(true));
    }

    @Test
    void anUnknownReasonIsAProblem() {
        String orderId = OrderApi.platform().registerOrder("b-elig2", "s-elig2");

        OrderApi.buyer("b-elig2").eligibility(orderId, RECENT, "BORED")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void withoutAReasonTheAnswerIsTheStagesReasonsRemediesAndQuota() {
        String orderId = OrderApi.platform().registerOrder("b-elig3", "s-elig3");

        OrderApi.buyer("b-elig3").eligibility(orderId, RECENT, null).then().statusCode(200)
                .body("eligible", equalTo(true)).body("stage", equalTo("AFTER_DELIVERY"))
                .body("allowedReasons", hasItem("DEFECTIVE")).body("allowedOutcomes", hasItem("FULL_REFUND"))
                .body("quota.free", equalTo(1)).body("quota.used", equalTo(0));
    }

    @Test
    void someoneElsesOrderIsNotFound() {
        String orderId = OrderApi.platform().registerOrder("b-elig2", "s-elig2");

        OrderApi.buyer("b-stranger").eligibility(orderId, RECENT, "DEFECTIVE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static Instant yesterday() {
        return Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static ValidatableResponse eligible(String buyerId, String orderId, String itemId, String reason) {
        return OrderApi.buyer(buyerId).eligibility(orderId, itemId, reason).then().statusCode(200);
    }
}

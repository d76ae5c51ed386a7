package io.refunds.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The item's journey as the platform records it, and claims at the agent's warehouse: the stage's window from
 * stock-in in hours, its reasons and remedies, change of mind and the buyer's monthly free return, and no shipping
 * abroad while a warehouse claim is open — on the real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WarehouseClaimsTest {

    private static final String ITEM = "w-1";

    @Test
    void theJourneyMovesForwardAndTheItemShowsWhatEachStepRecorded() {
        String orderId = registered(buyer());
        OrderApi platform = OrderApi.platform();

        platform.journey(orderId, ITEM, Requests.journeyStep("SELLER_SHIPPED").carrier("SF Express")
                .tracking("SF1234567890")).then().statusCode(200).body("journeyStep", equalTo("SELLER_SHIPPED"));
        platform.journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").weightGrams(420)).then().statusCode(200);
        platform.journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD").parcel("PCL-77", "EMS", "EE1CN")
                .insuredValue(100, "CNY")).then().statusCode(200);
        platform.journey(orderId, ITEM, Requests.journeyStep("DELIVERED")).then().statusCode(200)
                .body("journeyStep", equalTo("DELIVERED")).body("receivedAt", not(nullValue()))
                .body("journey.domesticTracking", equalTo("SF1234567890"))
                .body("journey.weightGrams", equalTo(420))
                .body("journey.parcelId", equalTo("PCL-77"))
                .body("journey.insuredValue.minorUnits", equalTo(100));
    }

    @Test
    void aRepeatedStepChangesNothingAndOtherDetailsForItAreAConflict() {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        String orderId = registered(buyer());
        OrderApi platform = OrderApi.platform();
        platform.journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").at(at).weightGrams(420))
                .then().statusCode(200);

        platform.journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").at(at).weightGrams(420))
                .then().statusCode(200).body("journey.stockedInAt", equalTo(at.toString()));
        platform.journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").weightGrams(999))
                .then().statusCode(409).body("rule", equalTo("JOURNEY_STEP_RECORDED"));
    }

    @Test
    void anEarlierStepIsRefusedNamingTheCurrentOne() {
        String orderId = OrderApi.platform().registerStockedIn(buyer(), "s-w", ITEM, "home", false,
                Duration.ofHours(1));

        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SELLER_SHIPPED").tracking("SF9"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("JOURNEY_STEP_OUT_OF_ORDER")).body("detail", containsString("STOCKED_IN"));
    }

    @Test
    void aStepWithoutWhatItRecordsIsRefusedNamingTheField() {
        String orderId = registered(buyer());

        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN")).then().statusCode(400)
                .body("violations.field", hasItem("weightGrams"));
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD").carrier("EMS")
                .tracking("EE1CN")).then().statusCode(400).body("violations.field", hasItem("parcelId"));
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("TELEPORTED")).then().statusCode(400)
                .body("violations.field", hasItem("step"));
    }

    @Test
    void onlyThePlatformRecordsTheJourney() {
        String buyer = buyer();
        String orderId = registered(buyer);

        OrderApi.buyer(buyer).journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").weightGrams(1))
                .then().statusCode(403);
        OrderApi.platform().journey("o-none", ITEM, Requests.journeyStep("STOCKED_IN").weightGrams(1))
                .then().statusCode(404);
    }

    @Test
    void aWarehouseClaimInsideTheWindowIsOpenedOnTheQcPhotosAlone() {
        String buyer = buyer();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(119));
        String stockedInAt = OrderApi.buyer(buyer).order(orderId).then().statusCode(200)
                .extract().path("items[0].journey.stockedInAt");

        String deadline = OrderApi.buyer(buyer).eligibility(orderId, ITEM, "QC_DEFECT").then().statusCode(200)
                .body("eligible", equalTo(true)).body("stage", equalTo("AT_WAREHOUSE"))
                .body("fault", equalTo("SELLER")).body("minEvidence", equalTo(0))
                .body("allowedOutcomes", hasItems("RETURN_AND_REFUND", "REPLACEMENT"))
                .body("allowedOutcomes", not(hasItem("FULL_REFUND")))
                .body("allowedReasons", hasItems("QC_DEFECT", "WRONG_SIZE_OR_COLOUR", "CHANGE_OF_MIND"))
                .body("allowedReasons", not(hasItem("DEFECTIVE")))
                .body("detail", containsString("120 hours from stock-in"))
                .extract().path("deadline");
        assertEquals(Instant.parse(stockedInAt).plus(Duration.ofHours(120)), Instant.parse(deadline));

        OrderApi.buyer(buyer).report(warehouseReport(orderId, "QC_DEFECT")).then().statusCode(201)
                .body("claimStage", equalTo("AT_WAREHOUSE")).body("fault", equalTo("SELLER"))
                .body("status", equalTo("REPORTED"));
    }

    @Test
    void pastTheWarehouseWindowTheItemMayNotBeClaimedThere() {
        String buyer = buyer();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(121));

        OrderApi.buyer(buyer).eligibility(orderId, ITEM, "QC_DEFECT").then().statusCode(200)
                .body("eligible", equalTo(false)).body("rule", equalTo("WINDOW_EXPIRED"));
        OrderApi.buyer(buyer).report(warehouseReport(orderId, "QC_DEFECT")).then().statusCode(422)
                .body("rule", equalTo("WINDOW_EXPIRED"));
    }

    @Test
    void atTheWarehouseOnlyItsReasonsAndRemediesAreTaken() {
        String buyer = buyer();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(2));

        OrderApi.buyer(buyer).report(warehouseReport(orderId, "DEFECTIVE")).then().statusCode(422)
                .body("rule", equalTo("REASON_NOT_FOR_STAGE")).body("violations.field", hasItem("reason"));
        OrderApi.buyer(buyer).report(Requests.report(orderId, ITEM).reason("QC_DEFECT").outcome("FULL_REFUND"))
                .then().statusCode(422).body("rule", equalTo("OUTCOME_NOT_ALLOWED"));
    }

    @Test
    void aChangeOfMindNeedsASellerWhoTakesReturnsWithoutAReason() {
        String buyer = buyer();
        String notOffered = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(2));
        String excluded = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "underwear", true,
                Duration.ofHours(2));
        String offered = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", true,
                Duration.ofHours(2));

        OrderApi.buyer(buyer).report(warehouseReport(notOffered, "CHANGE_OF_MIND")).then().statusCode(422)
                .body("rule", equalTo("NO_REASON_RETURNS_NOT_OFFERED"));
        OrderApi.buyer(buyer).report(warehouseReport(excluded, "CHANGE_OF_MIND")).then().statusCode(422)
                .body("rule", equalTo("CATEGORY_EXCLUDED"));
        OrderApi.buyer(buyer).report(warehouseReport(offered, "CHANGE_OF_MIND")).then().statusCode(201)
                .body("fault", equalTo("BUYER"));
    }

    @Test
    void pastTheMonthlyFreeReturnTheReturnFeeApplies() {
        String buyer = buyer();
        String first = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", true, Duration.ofHours(2));
        String second = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", true, Duration.ofHours(2));
        OrderApi.buyer(buyer).eligibility(second, ITEM, "CHANGE_OF_MIND").then().statusCode(200)
                .body("quota.free", equalTo(1)).body("quota.used", equalTo(0)).body("quota.exhausted", equalTo(false));

        OrderApi.buyer(buyer).report(warehouseReport(first, "CHANGE_OF_MIND")).then().statusCode(201);

        OrderApi.buyer(buyer).eligibility(second, ITEM, "CHANGE_OF_MIND").then().statusCode(200)
                .body("eligible", equalTo(true)).body("quota.used", equalTo(1))
                .body("quota.exhausted", equalTo(true)).body("detail", containsString("return fee applies"));
        OrderApi.buyer(buyer).eligibility(second, ITEM, "QC_DEFECT").then().statusCode(200)
                .body("quota", nullValue());
    }

    @Test
    void anItemWithAnOpenWarehouseClaimIsNotShippedAbroadUntilTheClaimCloses() {
        String buyer = buyer();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(2));
        String caseId = OrderApi.buyer(buyer).report(warehouseReport(orderId, "QC_DEFECT")).then().statusCode(201)
                .extract().path("caseId");

        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD")
                .parcel("PCL-1", "EMS", "EE1CN")).then().statusCode(409).body("rule", equalTo("WAREHOUSE_CLAIM_OPEN"));

        OrderApi.buyer(buyer).withdraw(UUID.fromString(caseId)).then().statusCode(200);
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD")
                .parcel("PCL-1", "EMS", "EE1CN")).then().statusCode(200);
    }

    @Test
    void anItemOnItsWayAbroadIsClaimedOnceDelivered() {
        String buyer = buyer();
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-w", ITEM, "home", false,
                Duration.ofHours(2));
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD")
                .parcel("PCL-2", "EMS", "EE2CN")).then().statusCode(200);

        OrderApi.buyer(buyer).eligibility(orderId, ITEM, null).then().statusCode(200)
                .body("eligible", equalTo(false)).body("rule", equalTo("IN_TRANSIT")).body("stage", nullValue())
                .body("detail", containsString("PCL-2"));

        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("DELIVERED")).then().statusCode(200);
        OrderApi.buyer(buyer).eligibility(orderId, ITEM, null).then().statusCode(200)
                .body("eligible", equalTo(true)).body("stage", equalTo("AFTER_DELIVERY"))
                .body("allowedReasons", hasItem("DEFECTIVE")).body("allowedReasons", not(hasItem("QC_DEFECT")));
    }

    private static String buyer() {
        return "b-w-" + UUID.randomUUID();
    }

    /** An order of {@code buyer} with item {@link #ITEM}, purchased and nothing more. */
    private static String registered(String buyer) {
        String orderId = "o-" + UUID.randomUUID();
        OrderApi.platform().register(Requests.order(orderId, buyer).items(Requests.item(ITEM, "s-w")).body())
                .then().statusCode(201);
        return orderId;
    }

    private static Requests.Report warehouseReport(String orderId, String reason) {
        return Requests.report(orderId, ITEM).reason(reason).outcome("RETURN_AND_REFUND");
    }
}

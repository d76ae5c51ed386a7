package io.refunds.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.RealInfrastructure;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A parcel before a claim, on the real database: its buyer and staff see what each reason allows now and what each
 * item would be paid (insured: item and shipping from the carrier's insurer, capped at the insured amount;
 * uninsured: the shipping, from the agent); the platform's carrier scans move the last scan forward, and the
 * carrier's word makes a parcel claimable as lost at once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ParcelsTest {

    @Test
    void anInsuredParcelOnItsWayMayBeClaimedSeizedAndPaysUpToItsInsurance() {
        String buyer = "b-pcl-" + UUID.randomUUID();
        String parcelId = shipped(buyer, 12_900L);

        OrderApi.buyer(buyer).request().get("/api/parcels/{id}", parcelId).then().statusCode(200)
                .body("carrier", equalTo("EMS")).body("deliveredAt", nullValue())
                .body("items[0].insured.minorUnits", equalTo(12_900))
                .body("claims.find { it.reason == 'SEIZED' }.claimable", equalTo(true))
                .body("claims.find { it.reason == 'LOST' }.rule", equalTo("PARCEL_NOT_YET_LOST"))
                .body("claims.find { it.reason == 'DAMAGED_IN_TRANSIT' }.rule", equalTo("PARCEL_NOT_DELIVERED"))
                .body("claims[0].payouts[0].total.minorUnits", equalTo(12_900))
                .body("claims[0].payouts[0].bearers[0].bearer", equalTo("CARRIER"));
    }

    @Test
    void anUninsuredParcelPaysItsShippingFromTheAgent() {
        String buyer = "b-pcl-" + UUID.randomUUID();
        String parcelId = shipped(buyer, null);

        OrderApi.agent("a-1").request().get("/api/parcels/{id}", parcelId).then().statusCode(200)
                .body("items[0].insured", nullValue())
                .body("claims[0].payouts[0].total.minorUnits", equalTo(1_500))
                .body("claims[0].payouts[0].bearers[0].bearer", equalTo("AGENT"));
    }

    @Test
    void theCarriersWordMakesTheParcelLostAndALaterScanFindsIt() {
        String buyer = "b-pcl-" + UUID.randomUUID();
        String parcelId = shipped(buyer, 12_900L);
        Instant now = Instant.now();

        scan(parcelId, Map.of("scannedAt", now.minusSeconds(60).toString(), "location", "Leipzig", "lost", true))
                .then().statusCode(200).body("carrierDeclaredLost", equalTo(true))
                .body("claims.find { it.reason == 'LOST' }.claimable", equalTo(true));
        scan(parcelId, Map.of("scannedAt", now.minusSeconds(120).toString(), "location", "Older"))
                .then().statusCode(200).body("lastScanLocation", equalTo("Leipzig"));
        scan(parcelId, Map.of("location", "Found in Leipzig")).then().statusCode(200)
                .body("carrierDeclaredLost", equalTo(false))
                .body("claims.find { it.reason == 'LOST' }.rule", equalTo("PARCEL_NOT_YET_LOST"));
    }

    @Test
    void onlyItsBuyerAndStaffSeeAParcelAndOnlyThePlatformPostsScans() {
        String buyer = "b-pcl-" + UUID.randomUUID();
        String parcelId = shipped(buyer, null);

        OrderApi.buyer("b-someone-else").request().get("/api/parcels/{id}", parcelId).then().statusCode(404);
        OrderApi.seller("s-pcl").request().get("/api/parcels/{id}", parcelId).then().statusCode(403);
        OrderApi.buyer(buyer).request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/parcels/{id}/scans", parcelId).then().statusCode(403);
        scan(parcelId, Map.of("scannedAt", Instant.now().plus(Duration.ofHours(2)).toString())).then()
                .statusCode(400).body("violations.field", hasItem("scannedAt"));
        scan(parcelId, Map.of("scannedAt", Instant.now().minus(Duration.ofDays(30)).toString())).then()
                .statusCode(400).body("violations.field", hasItem("scannedAt"));
        scan("PCL-none-" + UUID.randomUUID(), Map.of()).then().statusCode(404);
    }

    /** An item stocked in, its shipping line registered, shipped abroad in a new parcel (insured or not). */
    private static String shipped(String buyer, Long insured) {
        String orderId = OrderApi.platform().registerStockedIn(buyer, "s-pcl", "i-1", "electronics", false,
                Duration.ofDays(3));
        OrderApi.platform().addCostLines(orderId, "i-1", List.of(Map.of("kind", "INTERNATIONAL_SHIPPING",
                "amount", Map.of("minorUnits", 1_500, "currency", "USD")))).then().statusCode(200);
        String parcelId = "PCL-" + UUID.randomUUID();
        Requests.JourneyStep step = Requests.journeyStep("SHIPPED_ABROAD").at(Instant.now().minus(Duration.ofDays(2)))
                .parcel(parcelId, "EMS", "EE" + parcelId.hashCode());
        OrderApi.platform().journey(orderId, "i-1", insured == null ? step : step.insuredValue(insured, "USD"))
                .then().statusCode(200);
        return parcelId;
    }

    private static Response scan(String parcelId, Map<String, ?> body) {
        return OrderApi.platform().request().contentType(ContentType.JSON).body(body)
                .post("/api/parcels/{id}/scans", parcelId);
    }
}

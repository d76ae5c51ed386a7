package io.refunds.order;

import static io.refunds.order.fixtures.Requests.costLine;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.Media;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cost lines registered with the order and later, and the quote a buyer reads before confirming: line by line, for a
 * seller's, the buyer's, the agent's and the carrier's fault; the case keeps the quote it was reported with — on the
 * real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class QuoteTest {

    private static final String ITEM = "q-1";
    /** 100.00 item (690.00 CNY), 5.00 domestic shipping (34.50 CNY), 6.00 service fee, 2.00 QC fee: 113.00 USD. */
    private static final List<Map<String, Object>> LINES = List.of(costLine("ITEM", 10_000, 69_000L),
            costLine("DOMESTIC_SHIPPING", 500, 3_450L), costLine("SERVICE_FEE", 600, null),
            costLine("QC_FEE", 200, null));

    @Test
    void theLinesOfAnItemAreWhatItsBuyerPaid() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);

        OrderApi.buyer(buyer).order(orderId).then().statusCode(200)
                .body("items[0].costLines", hasSize(4))
                .body("items[0].costLines.find { it.kind == 'ITEM' }.cny.minorUnits", equalTo(69_000))
                .body("items[0].paid.minorUnits", equalTo(11_300));
    }

    @Test
    void linesThatDoNotAddUpToWhatWasPaidAreRefusedNamingThem() {
        String orderId = "o-" + UUID.randomUUID();

        OrderApi.platform().register(Requests.order(orderId, buyer()).items(item(false).paid(11_000, "USD")).body())
                .then().statusCode(400).body("violations.field", hasItem("items[0].costLines"))
                .body("violations.message", hasItem(containsString("113.00 USD")));
    }

    @Test
    void shippingRegisteredWhenTheParcelShipsAddsToWhatTheItemCostAndARepeatChangesNothing() {
        String orderId = stockedIn(buyer(), "home", false);
        List<Map<String, Object>> parcel = List.of(costLine("INTERNATIONAL_SHIPPING", 900, null),
                costLine("INSURANCE", 150, null));

        OrderApi.platform().addCostLines(orderId, ITEM, parcel).then().statusCode(200)
                .body("costLines", hasSize(6)).body("paid.minorUnits", equalTo(12_350));
        OrderApi.platform().addCostLines(orderId, ITEM, parcel).then().statusCode(200)
                .body("paid.minorUnits", equalTo(12_350));
        OrderApi.platform().addCostLines(orderId, ITEM, List.of(costLine("INSURANCE", 999, null)))
                .then().statusCode(409).body("rule", equalTo("COST_LINE_REGISTERED"));
    }

    @Test
    void aSellersFaultAtTheWarehouseRefundsItsLinesAndTheServiceFee() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);

        OrderApi.buyer(buyer).quote(orderId, ITEM, "QC_DEFECT", "RETURN_AND_REFUND", null).then().statusCode(200)
                .body("eligible", equalTo(true)).body("stage", equalTo("AT_WAREHOUSE")).body("fault", equalTo("SELLER"))
                .body("total.minorUnits", equalTo(11_100))
                .body("lines.find { it.kind == 'QC_FEE' }.refundable", equalTo(false))
                .body("lines.find { it.kind == 'ITEM' }.bearer", equalTo("SELLER"))
                .body("lines.find { it.kind == 'SERVICE_FEE' }.bearer", equalTo("AGENT"))
                .body("bearers.find { it.bearer == 'SELLER' }.amount.minorUnits", equalTo(10_500));
    }

    @Test
    void theReportCarriesItsQuoteLineByLineAndTheQcPhotoAsTheBaseline() throws Exception {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);
        OrderApi.platform().uploadQcPhoto(orderId, ITEM, "qc.png", Media.png(8), "image/png").then().statusCode(201);
        String caseId = OrderApi.buyer(buyer).report(Requests.report(orderId, ITEM).reason("QC_DEFECT")
                .outcome("RETURN_AND_REFUND")).then().statusCode(201).extract().path("caseId");

        try (EventLog events = new EventLog()) {
            JsonNode reported = JSON.readTree(events.awaitRecords(Topics.ISSUE_REPORTED, caseId, 1).get(0).value());
            JsonNode quote = reported.path("quote");
            assertEquals(11_100, quote.path("total").path("minorUnits").asLong());
            assertEquals(List.of("ITEM:SELLER:10000:69000", "DOMESTIC_SHIPPING:SELLER:500:3450",
                    "SERVICE_FEE:AGENT:600:null", "QC_FEE:null:0:null"), lines(quote));
            assertEquals("QC_BASELINE", reported.path("qcPhotos").path(0).path("purpose").asText());
        }
        OrderApi.buyer(buyer).caseView(UUID.fromString(caseId)).statusCode(200)
                .body("timeline[0].summary", containsString("Refunded: item 100.00 USD (from the seller)"))
                .body("timeline[0].summary", containsString("not refunded: QC fee"));
    }

    private static List<String> lines(JsonNode quote) {
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode line : quote.path("lines")) {
            lines.add(line.path("kind").asText() + ":" + (line.path("bearer").isNull() ? "null"
                    : line.path("bearer").asText()) + ":" + line.path("refund").path("minorUnits").asLong() + ":"
                    + (line.path("paidCny").isNull() ? "null" : line.path("paidCny").path("minorUnits").asText()));
        }
        return lines;
    }

    @Test
    void aChangeOfMindPastTheFreeReturnHasThePostageAndTheFeeDeducted() {
        String buyer = buyer();
        String first = stockedIn(buyer, "home", true);
        String second = stockedIn(buyer, "home", true);
        OrderApi.buyer(buyer).quote(first, ITEM, "CHANGE_OF_MIND", "RETURN_AND_REFUND", null).then().statusCode(200)
                .body("fault", equalTo("BUYER")).body("deductions", hasSize(1))
                .body("deductions[0].kind", equalTo("RETURN_SHIPPING"))
                .body("total.minorUnits", equalTo(10_000 - 165));
        OrderApi.buyer(buyer).report(Requests.report(first, ITEM).reason("CHANGE_OF_MIND")
                .outcome("RETURN_AND_REFUND")).then().statusCode(201)
                .body("requestedAmount.minorUnits", equalTo(10_000 - 165))
                .body("quote.total.minorUnits", equalTo(10_000 - 165));

        OrderApi.buyer(buyer).quote(second, ITEM, "CHANGE_OF_MIND", "RETURN_AND_REFUND", null).then().statusCode(200)
                .body("quota.exhausted", equalTo(true)).body("deductions", hasSize(2))
                .body("deductions[1].kind", equalTo("RETURN_FEE"))
                .body("total.minorUnits", equalTo(10_000 - 165 - 138));
    }

    @Test
    void anAgentsPurchasingMistakeIsTheAgentsToBear() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);

        OrderApi.agent("a-q").quote(orderId, ITEM, "PURCHASING_ERROR", "RETURN_AND_REFUND", null).then()
                .statusCode(200).body("fault", equalTo("AGENT")).body("total.minorUnits", equalTo(11_300))
                .body("bearers", hasSize(1)).body("bearers[0].bearer", equalTo("AGENT"));
    }

    @Test
    void damageInTransitIsClaimedFromTheCarrier() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);
        OrderApi.platform().addCostLines(orderId, ITEM, List.of(costLine("INTERNATIONAL_SHIPPING", 900, null),
                costLine("INSURANCE", 150, null))).then().statusCode(200);
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("SHIPPED_ABROAD")
                .parcel("PCL-9", "EMS", "EE9CN").insuredValue(11_400, "USD")).then().statusCode(200);
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("DELIVERED")).then().statusCode(200);

        OrderApi.buyer(buyer).quote(orderId, ITEM, "DAMAGED", "FULL_REFUND", null).then().statusCode(200)
                .body("stage", equalTo("AFTER_DELIVERY")).body("fault", equalTo("CARRIER"))
                .body("total.minorUnits", equalTo(11_400))
                .body("lines.find { it.kind == 'INSURANCE' }.refundable", equalTo(false))
                .body("bearers[0].bearer", equalTo("CARRIER"));
    }

    @Test
    void aPartialRefundIsSpreadOverTheRefundableLines() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);

        OrderApi.buyer(buyer).quote(orderId, ITEM, "QC_DEFECT", "PARTIAL_REFUND", 5_550L).then().statusCode(200)
                .body("total.minorUnits", equalTo(5_550))
                .body("lines.find { it.kind == 'ITEM' }.refund.minorUnits", equalTo(5_000));
    }

    @Test
    void aQuoteNamesItsBadParameters() {
        String buyer = buyer();
        String orderId = stockedIn(buyer, "home", false);

        OrderApi.buyer(buyer).quote(orderId, ITEM, "NO_SUCH", "RETURN_AND_REFUND", null).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        OrderApi.buyer(buyer).quote(orderId, ITEM, "QC_DEFECT", "MONEY_PLEASE", null).then().statusCode(400)
                .body("violations.field", hasItem("remedy"));
        OrderApi.buyer(buyer).request().queryParam("reason", "QC_DEFECT").queryParam("remedy", "PARTIAL_REFUND")
                .queryParam("amount", "12.5").get("/api/orders/" + orderId + "/items/" + ITEM + "/quote")
                .then().statusCode(400).body("violations.field", hasItem("amount"));
        OrderApi.buyer("b-someone-else").quote(orderId, ITEM, "QC_DEFECT", "RETURN_AND_REFUND", null).then()
                .statusCode(404);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String buyer() {
        return "b-q-" + UUID.randomUUID();
    }

    private static Requests.Item item(boolean noReasonReturns) {
        return Requests.item(ITEM, "s-q").category("home").unitPrice(69_000, "CNY").paid(11_300, "USD")
                .exchangeRate(0.1383).with("noReasonReturns", noReasonReturns).with("costLines", LINES);
    }

    /** An order of {@code buyer} whose item {@link #ITEM} (113.00 USD in four lines) was stocked in an hour ago. */
    private static String stockedIn(String buyer, String category, boolean noReasonReturns) {
        String orderId = "o-" + UUID.randomUUID();
        OrderApi.platform().register(Requests.order(orderId, buyer).items(item(noReasonReturns).category(category))
                .body()).then().statusCode(201);
        OrderApi.platform().journey(orderId, ITEM, Requests.journeyStep("STOCKED_IN").weightGrams(300)
                .at(Instant.now().minus(Duration.ofHours(1)))).then().statusCode(200);
        return orderId;
    }
}

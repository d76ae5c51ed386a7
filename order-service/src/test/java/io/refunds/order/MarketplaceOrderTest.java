package io.refunds.order;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.MarketplaceOrder;
import io.refunds.events.Money;
import io.refunds.events.Topics;
import io.refunds.order.fixtures.OrderApi;
import io.refunds.order.fixtures.Requests;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The platform registers where the agent bought each item (marketplace, order and sub-order ids, the purchaser), and
 * a claim on the item names it, so messaging-service can file the refund there.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MarketplaceOrderTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aClaimOnAnItemBoughtOnTaobaoNamesTheMarketplaceOrder() {
        String orderId = register(Map.of("marketplace", "TAOBAO", "orderId", "3801234567", "itemId", "3801234568",
                "purchaserId", "purchaser-7"));

        OrderApi.platform().order(orderId).then().statusCode(200)
                .body("items[0].marketplace.marketplace", equalTo("TAOBAO"))
                .body("items[0].marketplace.itemId", equalTo("3801234568"))
                .body("items[0].marketplace.purchaserId", equalTo("purchaser-7"));
        UUID caseId = OrderApi.buyer("b-mkt").reportIssue(orderId);

        ConsumerRecord<String, String> record = events.awaitRecords(Topics.ISSUE_REPORTED, caseId.toString(), 1)
                .get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.ISSUE_REPORTED, record.value()));
        IssueReported claim = TestEvents.read(record.value(), IssueReported.class);
        assertEquals(new MarketplaceOrder("TAOBAO", "3801234567", "3801234568", "purchaser-7"), claim.upstream());
        assertEquals(Money.of(90_300, "CNY"), claim.paymentTerms().itemPriceCny(), "what the agent paid the seller");
    }

    @Test
    void anItemWithoutAMarketplaceTakesTheDirectPath() {
        String orderId = OrderApi.platform().registerOrder("b-mkt", "s-mkt");
        OrderApi.platform().order(orderId).then().statusCode(200).body("items[0].marketplace", nullValue());
        UUID caseId = OrderApi.buyer("b-mkt").reportIssue(orderId);

        IssueReported claim = TestEvents.read(events.awaitRecords(Topics.ISSUE_REPORTED, caseId.toString(), 1)
                .get(0).value(), IssueReported.class);
        assertNull(claim.upstream());
    }

    @Test
    void aMarketplaceOrderWithoutItsSubOrderIsRefusedNamingTheField() {
        OrderApi.platform().register(order(Map.of("marketplace", "TAOBAO", "orderId", "3801234567"))).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items[0].marketplace.itemId"));
    }

    @Test
    void anUnknownMarketplaceIsRefusedNamingTheField() {
        OrderApi.platform().register(order(Map.of("marketplace", "AMAZON", "orderId", "1", "itemId", "2"))).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("items[0].marketplace.marketplace"));
    }

    private static String register(Map<String, Object> marketplace) {
        Map<String, Object> body = order(marketplace);
        OrderApi.platform().register(body).then().statusCode(201);
        return (String) body.get("orderId");
    }

    private static Map<String, Object> order(Map<String, Object> marketplace) {
        return Requests.order("o-" + UUID.randomUUID(), "b-mkt").items(Requests.item(OrderApi.RECENT, "s-mkt")
                .category("electronics").unitPrice(90_300, "CNY").paid(12_900, "USD").exchangeRate(0.1383)
                .receivedAt(Instant.now().minus(Duration.ofDays(2))).with("marketplace", marketplace)).body();
    }
}

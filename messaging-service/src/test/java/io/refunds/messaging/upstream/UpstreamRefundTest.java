package io.refunds.messaging.upstream;

import static io.refunds.messaging.upstream.MarketplaceStandInResource.refundsOf;
import static io.refunds.messaging.upstream.MarketplaceStandInResource.requestsFor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.CaseEvent;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.events.Topics;
import io.refunds.events.UpstreamRefundFiled;
import io.refunds.events.UpstreamRefundRefused;
import io.refunds.events.UpstreamRefundSucceeded;
import io.refunds.messaging.Claims;
import io.refunds.messaging.MessagingApi;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import io.refunds.testing.Tokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The refund filed on Taobao for an item the agent bought there, against the marketplace stand-in over real HTTP, with
 * the real broker and database: filed once whatever the wire does, mirrored from the marketplace's pushes, and the
 * buyer's side of the case moved by what the seller did there.
 */
@QuarkusTest
@TestProfile(UpstreamProfile.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MarketplaceStandInResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class UpstreamRefundTest {

    private static final Money PRICE = Money.of(89_200, "CNY");

    private final EventLog events = new EventLog();
    private final UUID caseId = UUID.randomUUID();
    private final String tag = "x" + caseId.toString().substring(0, 8);

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSellerWhoAgreesRefundsTheAgentAndTheBuyerIsSettledAsAsked() {
        String oid = tag + "_agree";
        report(oid);

        UpstreamRefundFiled filed = read(Topics.UPSTREAM_REFUND_FILED, UpstreamRefundFiled.class);
        assertEquals(PRICE, filed.amount(), "the seller is asked for what the agent paid, in CNY");
        assertEquals("TAOBAO", filed.marketplace());
        UpstreamRefundSucceeded succeeded = read(Topics.UPSTREAM_REFUND_SUCCEEDED, UpstreamRefundSucceeded.class);
        assertEquals(filed.marketplaceRefundId(), succeeded.marketplaceRefundId());
        SettlementAgreed settled = read(Topics.SETTLEMENT_AGREED, SettlementAgreed.class);
        assertEquals(Remedy.FULL_REFUND, settled.offerType());
        assertEquals(Claims.PAID, settled.refundAmount());
        List<Map<String, Object>> upstream = refundsOf(oid);
        assertEquals(1, upstream.size());
        assertEquals("892.00", upstream.get(0).get("refund_fee"));
        assertEquals(caseId.toString(), upstream.get(0).get("out_refund_id"));
        String conversation = MessagingApi.buyer("b-up").awaitConversationOf(caseId);
        MessagingApi.buyer("b-up").conversation(conversation).then().statusCode(200)
                .body("status", equalTo("SETTLED"));
        agent().get("/api/upstream-refunds/" + caseId).then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .body("marketplaceRefundId", equalTo(filed.marketplaceRefundId()));
    }

    @Test
    void aRefusalWithProofIsTheSellersDeclineAndTakesTheCaseToTheAgents() {
        report(tag + "_refuse");

        UpstreamRefundRefused refused = read(Topics.UPSTREAM_REFUND_REFUSED, UpstreamRefundRefused.class);
        assertEquals("SELLER_REFUSE_BUYER", refused.status());
        assertTrue(refused.proofUrl().endsWith(".jpg"), refused.proofUrl());
        given().get(refused.proofUrl()).then().statusCode(200).contentType("image/jpeg");
        BuyerEscalated escalated = read(Topics.BUYER_ESCALATED, BuyerEscalated.class);
        assertTrue(escalated.note().contains(refused.reason()), escalated.note());
        String conversation = MessagingApi.buyer("b-up").awaitConversationOf(caseId);
        MessagingApi.buyer("b-up").conversation(conversation).then().statusCode(200)
                .body("status", equalTo("ESCALATED"))
                .body("messages.find { it.authorRole == 'SYSTEM' && it.body.contains('refused') }", notNullValue());
    }

    @Test
    void theSellersOfferOnTheMarketplaceReachesTheBuyerInTheSellersVoice() {
        report(tag + "_partial");
        String conversation = MessagingApi.buyer("b-up").awaitConversationOf(caseId);

        Map<String, Object> relayed = Awaitility.await().atMost(EventLog.WAIT).until(() -> MessagingApi.buyer("b-up")
                .conversation(conversation).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("messages").stream()
                .filter(message -> "SELLER".equals(message.get("authorRole"))).findFirst().orElse(null),
                message -> message != null);

        assertEquals("s-up", relayed.get("authorId"));
        assertEquals("marketplace:TAOBAO", relayed.get("relayedBy"), "who put it in the seller's voice");
        assertTrue(((String) relayed.get("body")).contains("offers"), (String) relayed.get("body"));
        MessagingApi.buyer("b-up").conversation(conversation).then().body("status", equalTo("SELLER_RESPONDED"));
    }

    @Test
    void aSilentSellerIsEscalatedHereBeforeTheMarketplacesClockDecides() {
        String oid = tag + "_silent";
        Instant reported = Instant.now();
        report(oid);

        UpstreamRefundFiled filed = read(Topics.UPSTREAM_REFUND_FILED, UpstreamRefundFiled.class);
        SellerUnresponsive unresponsive = read(Topics.SELLER_UNRESPONSIVE, SellerUnresponsive.class);

        assertTrue(unresponsive.deadline().isBefore(filed.marketplaceDeadline()),
                unresponsive.deadline() + " must come before the marketplace's " + filed.marketplaceDeadline());
        assertTrue(unresponsive.deadline().isBefore(reported.plus(MarketplaceStandInResource.SELLER_AGREE_TIMEOUT)));
        assertEquals("WAIT_SELLER_AGREE", refundsOf(oid).get(0).get("status"),
                "the marketplace had not decided yet when we escalated");
    }

    @Test
    void aFilingThatTimedOutIsRetriedAndFiledOnce() {
        String oid = tag + "_timeout1";
        report(oid);

        read(Topics.UPSTREAM_REFUND_FILED, UpstreamRefundFiled.class);
        assertEquals(1, refundsOf(oid).size(), "the retry answered the refund already filed");
        assertTrue(requestsFor(oid, "taobao.refund.apply") >= 2, "the first filing timed out and was retried");
        assertEquals(1, events.awaitRecords(Topics.UPSTREAM_REFUND_FILED, caseId.toString(), 1).size());
    }

    @Test
    void marketplaceErrorsAreRetriedUntilItAnswers() {
        String oid = tag + "_error2_agree";
        report(oid);

        read(Topics.UPSTREAM_REFUND_SUCCEEDED, UpstreamRefundSucceeded.class);
        assertEquals(1, refundsOf(oid).size());
        assertTrue(requestsFor(oid, "taobao.refund.apply") >= 3);
    }

    @Test
    void aWithdrawnCaseIsCancelledOnTheMarketplaceRetryingOnceWithTheFreshVersion() {
        String oid = tag + "_silent_conflict1";
        report(oid);
        read(Topics.UPSTREAM_REFUND_FILED, UpstreamRefundFiled.class);

        events.send(TestEvents.record(new CaseWithdrawn(caseId, "b-up", "s-up", Instant.now())));

        UpstreamRefundRefused closed = read(Topics.UPSTREAM_REFUND_REFUSED, UpstreamRefundRefused.class);
        assertEquals("CLOSED", closed.status());
        assertEquals("BUYER_CANCELLED", refundsOf(oid).get(0).get("close_reason"));
        assertEquals(2, requestsFor(oid, "taobao.refund.cancel"), "a stale version, then the fresh one");
        assertEquals(1, events.awaitRecords(Topics.UPSTREAM_REFUND_REFUSED, caseId.toString(), 1).size());
    }

    @Test
    void anUnsignedPushIsRefused() {
        given().contentType("application/json").header("X-Marketplace-Signature", "00")
                .body("{\"content\":{\"refund_id\":\"RF1\",\"refund_version\":9,\"status\":\"SUCCESS\"}}")
                .post("/api/marketplace/notifications")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theBuyerCannotReadTheUpstreamRefund() {
        given().header("Authorization", Tokens.bearer("buyer", "b-up")).get("/api/upstream-refunds/" + caseId)
                .then().statusCode(403);
    }

    private void report(String oid) {
        IssueReported claim = Claims.claimOf(caseId).by("b-up").against("s-up").boughtOnTaobao(oid, PRICE).build();
        events.send(TestEvents.record(claim));
    }

    private <T extends CaseEvent> T read(String topic, Class<T> type) {
        return TestEvents.read(events.awaitRecords(topic, caseId.toString(), 1).get(0).value(), type);
    }

    private static io.restassured.specification.RequestSpecification agent() {
        return given().header("Authorization", Tokens.bearer("agent", "agent-up"));
    }
}

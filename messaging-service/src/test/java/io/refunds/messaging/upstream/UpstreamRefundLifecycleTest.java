package io.refunds.messaging.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.CaseEvent;
import io.refunds.events.IssueReported;
import io.refunds.events.Money;
import io.refunds.events.UpstreamRefundChanged;
import io.refunds.events.UpstreamRefundFiled;
import io.refunds.events.UpstreamRefundRefused;
import io.refunds.events.UpstreamRefundSucceeded;
import io.refunds.messaging.Claims;
import io.refunds.messaging.marketplace.MarketplaceRefund;
import io.refunds.messaging.marketplace.MarketplaceReply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link UpstreamRefundLifecycle}: what is filed upstream, and how the marketplace's answers are mirrored. */
class UpstreamRefundLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final Money PRICE = Money.of(89_200, "CNY");
    private static final UpstreamRules RULES = new UpstreamRules(Set.of("TAOBAO"), Duration.ofHours(6),
            Duration.ofMinutes(15), Duration.ofSeconds(10), Duration.ofMinutes(30));

    @Test
    void aClaimOnAnItemBoughtOnTaobaoOpensARefundToFileForTheSellersPriceInCny() {
        UpstreamRefund refund = open(claim());

        assertEquals(UpstreamStatus.FILING, refund.status);
        assertEquals(PRICE, refund.amount());
        assertEquals("i_agree", refund.marketplaceItemId);
        assertEquals(refund.caseId.toString(), refund.outRefundId());
        assertEquals(Claims.PAID, refund.requested());
    }

    @Test
    void aPartialRequestAsksTheSameShareOfTheSellersPrice() {
        IssueReported partial = new IssueReported(UUID.randomUUID(), "o-1", "i-1", "Earbuds", "b-1", "s-1",
                "DEFECTIVE", null, io.refunds.events.Remedy.PARTIAL_REFUND, Money.of(3_225, "USD"), Claims.PAID,
                List.of(), List.of(), NOW, claim().paymentTerms()).boughtOn(claim().upstream());

        assertEquals(Money.of(22_300, "CNY"), open(partial).amount());
    }

    @Test
    void theDirectPathFilesNothing() {
        assertNull(UpstreamRefundLifecycle.open(null, Claims.claim(UUID.randomUUID(), "b-1", "s-1"), RULES, NOW));
        IssueReported onWeidian = new IssueReported(UUID.randomUUID(), "o-1", "i-1", "Earbuds", "b-1", "s-1",
                "DEFECTIVE", null, io.refunds.events.Remedy.FULL_REFUND, Claims.PAID, Claims.PAID, List.of(),
                List.of(), NOW, claim().paymentTerms()).boughtOn(new io.refunds.events.MarketplaceOrder("WEIDIAN",
                "t", "o", null));
        assertNull(UpstreamRefundLifecycle.open(null, onWeidian, RULES, NOW), "a marketplace not configured");
    }

    @Test
    void aRedeliveredClaimOpensNoSecondRefund() {
        UpstreamRefund first = open(claim());

        assertNull(UpstreamRefundLifecycle.open(first, claim(), RULES, NOW));
    }

    @Test
    void theFilingsAnswerIsMirroredAndAnnounced() {
        UpstreamRefund refund = open(claim());

        UpstreamChange change = UpstreamRefundLifecycle.filingAnswered(refund,
                MarketplaceReply.ok(answer("WAIT_SELLER_AGREE", 100, null)), RULES, NOW);

        UpstreamRefundFiled filed = (UpstreamRefundFiled) change.events().get(0);
        assertEquals(1, change.events().size());
        assertEquals("RF1", filed.marketplaceRefundId());
        assertEquals(100, filed.refundVersion());
        assertEquals(UpstreamStatus.WAIT_SELLER_AGREE, refund.status);
        assertEquals(NOW.plus(RULES.pollInterval()), change.pollAt());
        UpstreamChange.ClockRuns clock = assertInstanceOf(UpstreamChange.ClockRuns.class, change.news());
        assertEquals(NOW.plus(Duration.ofHours(42)), clock.escalateAt(), "six hours before the marketplace's 48");
    }

    @Test
    void noAnswerFilesAgainLaterWithABackoffAndNoEvent() {
        UpstreamRefund refund = open(claim());

        UpstreamChange first = UpstreamRefundLifecycle.filingAnswered(refund,
                MarketplaceReply.unavailable("timeout"), RULES, NOW);
        UpstreamChange second = UpstreamRefundLifecycle.filingAnswered(refund,
                MarketplaceReply.unavailable("timeout"), RULES, NOW);

        assertEquals(List.of(), first.events());
        assertEquals(NOW.plusSeconds(10), first.callAgainAt());
        assertEquals(NOW.plusSeconds(20), second.callAgainAt());
        assertEquals(2, refund.attempts);
        assertEquals(UpstreamStatus.FILING, refund.status);
    }

    @Test
    void aSellerWhoAgreesRefundsAndTheBuyerIsSettled() {
        UpstreamRefund refund = filed();

        UpstreamChange change = UpstreamRefundLifecycle.observed(refund, answer("SUCCESS", 101, null), RULES, NOW);

        assertEquals(List.of(UpstreamRefundChanged.class, UpstreamRefundSucceeded.class), types(change.events()));
        assertEquals(PRICE, ((UpstreamRefundSucceeded) change.events().get(1)).amount());
        assertInstanceOf(UpstreamChange.Refunded.class, change.news());
        assertNull(change.pollAt(), "an ended refund is not asked again");
    }

    @Test
    void aRefusalWithProofIsAnnouncedAndSendsTheCaseToTheAgents() {
        UpstreamRefund refund = filed();
        MarketplaceRefund refused = new MarketplaceRefund("RF1", refund.outRefundId(), "SELLER_REFUSE_BUYER", 101,
                PRICE, null, null, null, "works fine", "http://proof/RF1.jpg", false, null);

        UpstreamChange change = UpstreamRefundLifecycle.observed(refund, refused, RULES, NOW);

        UpstreamRefundRefused event = (UpstreamRefundRefused) change.events().get(1);
        assertEquals("works fine", event.reason());
        assertEquals("http://proof/RF1.jpg", event.proofUrl());
        UpstreamChange.Refused news = assertInstanceOf(UpstreamChange.Refused.class, change.news());
        assertTrue(news.reason().contains("works fine"), news.reason());
    }

    @Test
    void anAnswerThatIsNotNewerChangesNothing() {
        UpstreamRefund refund = filed();

        UpstreamChange same = UpstreamRefundLifecycle.observed(refund, answer("SUCCESS", 100, null), RULES, NOW);

        assertEquals(List.of(), same.events());
        assertEquals(UpstreamStatus.WAIT_SELLER_AGREE, refund.status, "version 100 was already mirrored");
    }

    @Test
    void aPartialOfferIsTheSellersAnswerInTheirWords() {
        UpstreamRefund refund = filed();
        MarketplaceRefund offer = new MarketplaceRefund("RF1", refund.outRefundId(), "WAIT_SELLER_AGREE", 101,
                PRICE, Money.of(44_600, "CNY"), "half is fair", null, null, null, false, NOW.plusSeconds(3_600));

        UpstreamChange change = UpstreamRefundLifecycle.observed(refund, offer, RULES, NOW);

        UpstreamChange.Answered news = assertInstanceOf(UpstreamChange.Answered.class, change.news());
        assertTrue(news.words().contains("half is fair"), news.words());
        assertEquals(Money.of(44_600, "CNY"), ((UpstreamRefundChanged) change.events().get(0)).sellerOffer());
    }

    @Test
    void aWithdrawalCancelsOnceAndAStaleVersionIsTriedAgainLater() {
        UpstreamRefund refund = filed();

        assertTrue(UpstreamRefundLifecycle.withdrawn(refund, NOW));
        assertFalse(UpstreamRefundLifecycle.withdrawn(refund, NOW), "a repeated withdrawal cancels nothing more");
        UpstreamChange conflict = UpstreamRefundLifecycle.cancelAnswered(refund,
                MarketplaceReply.conflict(105L, "stale"), RULES, NOW);
        assertEquals(NOW.plusSeconds(10), conflict.callAgainAt());
        UpstreamChange closed = UpstreamRefundLifecycle.cancelAnswered(refund,
                MarketplaceReply.ok(answer("CLOSED", 106, null)), RULES, NOW);
        assertEquals(UpstreamStatus.CLOSED, refund.status);
        assertEquals(List.of(UpstreamRefundChanged.class, UpstreamRefundRefused.class), types(closed.events()));
    }

    @Test
    void anEndedRefundIsNotCancelled() {
        UpstreamRefund refund = filed();
        UpstreamRefundLifecycle.observed(refund, answer("SUCCESS", 101, null), RULES, NOW);

        assertFalse(UpstreamRefundLifecycle.withdrawn(refund, NOW));
    }

    private static IssueReported claim() {
        return Claims.claimOf(UUID.randomUUID()).boughtOnTaobao("i_agree", PRICE).build();
    }

    private static UpstreamRefund open(IssueReported claim) {
        UpstreamRefund refund = UpstreamRefundLifecycle.open(null, claim, RULES, NOW);
        assertNotNull(refund);
        return refund;
    }

    private static UpstreamRefund filed() {
        UpstreamRefund refund = open(claim());
        UpstreamRefundLifecycle.filingAnswered(refund, MarketplaceReply.ok(answer("WAIT_SELLER_AGREE", 100, null)),
                RULES, NOW);
        return refund;
    }

    private static MarketplaceRefund answer(String status, long version, Money offer) {
        return new MarketplaceRefund("RF1", null, status, version, PRICE, offer, null, null, null, null, false,
                status.equals("WAIT_SELLER_AGREE") ? NOW.plus(Duration.ofHours(48)) : null);
    }

    private static List<Class<?>> types(List<CaseEvent> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }
}

package io.refunds.messaging.negotiation;

import static io.refunds.messaging.negotiation.Negotiations.BEFORE_DEADLINE;
import static io.refunds.messaging.negotiation.Negotiations.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundBreakdown;
import io.refunds.events.RefundLine;
import io.refunds.events.Remedy;
import io.refunds.events.SettlementAgreed;
import io.refunds.messaging.Claims;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.api.RefundLines;
import io.refunds.platform.problem.Problem;
import io.refunds.platform.problem.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link ConversationLifecycle}: the seller's offers and the buyer's answers. */
class OfferLifecycleTest {

    @Test
    void anOfferIsOpenAndMeetsTheDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();

        Outcome outcome = ConversationLifecycle.offer(conversation, null, Remedy.REPLACEMENT, null, null,
                BEFORE_DEADLINE);

        assertEquals(OfferStatus.OPEN, outcome.madeOffer().status);
        assertEquals(ConversationStatus.SELLER_RESPONDED, conversation.status);
        assertEquals(Outcome.SellerDeadline.STOP, outcome.sellerDeadline());
    }

    @Test
    void aPartialRefundOfferIsAnnouncedWithItsAmountAndWhatWasPaid() {
        Outcome outcome = ConversationLifecycle.offer(Negotiations.awaitingSeller(), null, Remedy.PARTIAL_REFUND,
                usd(4_000), "Keep it", BEFORE_DEADLINE);

        OfferMade made = (OfferMade) outcome.event();
        assertEquals(Money.of(4_000, "USD"), made.amount());
        assertEquals(Claims.PAID, made.amountPaid());
        assertEquals(outcome.madeOffer().id, made.offerId());
    }

    @Test
    void withTheClaimsCostLinesAnOfferIsComposedOfThemAndTheSettlementCarriesThem() {
        Conversation conversation = Negotiations.awaitingSeller();
        conversation.quote = BreakdownJson.write(new RefundBreakdown(List.of(
                new RefundLine("ITEM", Money.of(12_000, "USD"), Money.of(86_000, "CNY"), Money.of(12_000, "USD"),
                        "SELLER"),
                new RefundLine("QC_FEE", Money.of(900, "USD"), null, Money.of(0, "USD"), null)),
                List.of(), Money.of(12_000, "USD")));

        Outcome full = ConversationLifecycle.offer(conversation, null, Remedy.FULL_REFUND, null, null,
                BEFORE_DEADLINE);
        assertEquals(12_000, full.madeOffer().amountMinor, "a full refund is the lines the policy refunds");
        assertEquals(Money.of(12_000, "USD"), ((OfferMade) full.event()).amount());

        Conversation named = Negotiations.awaitingSeller();
        named.quote = conversation.quote;
        Outcome withQcFee = ConversationLifecycle.offer(named, null, Remedy.PARTIAL_REFUND, null,
                List.of(new RefundLines.Named("ITEM", Money.of(3_000, "USD")),
                        new RefundLines.Named("QC_FEE", Money.of(900, "USD"))), "Sorry", BEFORE_DEADLINE);
        assertEquals(3_900, withQcFee.madeOffer().amountMinor);
        Outcome accepted = ConversationLifecycle.accept(named, withQcFee.madeOffer().id, withQcFee.madeOffer(), null,
                BEFORE_DEADLINE);
        SettlementAgreed settlement = (SettlementAgreed) accepted.event();
        assertEquals(Money.of(3_900, "USD"), settlement.refundAmount());
        assertEquals(List.of("SELLER", "SELLER"), settlement.breakdown().lines().stream().map(RefundLine::bearer)
                .toList(), "the QC fee the seller chose to refund is the seller's to bear");
    }

    @Test
    void aFullRefundOfferIsForWhatWasPaid() {
        Outcome outcome = ConversationLifecycle.offer(Negotiations.awaitingSeller(), null, Remedy.FULL_REFUND, null,
                null, BEFORE_DEADLINE);

        assertEquals(Claims.PAID.minorUnits(), outcome.madeOffer().amountMinor);
    }

    @Test
    void anOfferAboveWhatWasPaidIsRefusedNamingTheAmount() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.offer(Negotiations.awaitingSeller(), null,
                Remedy.PARTIAL_REFUND, usd(12_901), null, BEFORE_DEADLINE));

        assertEquals(400, problem.status());
        assertEquals("amount.minorUnits", problem.violations().get(0).field());
    }

    @Test
    void aReplacementOfferTakesNoAmount() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.offer(Negotiations.awaitingSeller(), null,
                Remedy.REPLACEMENT, usd(100), null, BEFORE_DEADLINE));

        assertEquals(400, problem.status());
        assertTrue(problem.violations().stream().map(Violation::field).anyMatch("amount"::equals));
    }

    @Test
    void onlyOneOfferIsOpenAtATime() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer open = Negotiations.partialRefundOffered(conversation);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.offer(conversation, open,
                Remedy.REPLACEMENT, null, null, BEFORE_DEADLINE));

        assertEquals(409, problem.status());
        assertTrue(problem.detail().contains(open.id.toString()), problem.detail());
    }

    @Test
    void theSellerMayStillOfferAfterDeclining() {
        Conversation conversation = Negotiations.declined();

        Outcome outcome = ConversationLifecycle.offer(conversation, null, Remedy.REPLACEMENT, null, null,
                BEFORE_DEADLINE);

        assertNotNull(outcome.madeOffer());
        assertEquals(ConversationStatus.SELLER_DECLINED, conversation.status);
    }

    @Test
    void aSettledConversationTakesNoMoreOffers() {
        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.offer(Negotiations.settled(), null,
                Remedy.FULL_REFUND, null, null, BEFORE_DEADLINE));

        assertEquals(409, problem.status());
        assertNull(problem.rule());
    }

    @Test
    void acceptingSettlesTheCaseWithANewSettlement() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.partialRefundOffered(conversation);

        ConversationLifecycle.accept(conversation, offer.id, offer, null, BEFORE_DEADLINE);

        assertEquals(ConversationStatus.SETTLED, conversation.status);
        assertNotNull(conversation.settlementId);
        assertEquals(OfferStatus.ACCEPTED, offer.status);
        assertEquals(BEFORE_DEADLINE, offer.answeredAt);
    }

    @Test
    void anAcceptanceIsPaidBySettlementAgreedWithTheOfferAndThePaymentTerms() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.partialRefundOffered(conversation);

        Outcome outcome = ConversationLifecycle.accept(conversation, offer.id, offer, null, BEFORE_DEADLINE);

        SettlementAgreed settlement = (SettlementAgreed) outcome.event();
        assertEquals(conversation.settlementId, settlement.settlementId());
        assertEquals(Remedy.PARTIAL_REFUND, settlement.offerType());
        assertEquals(Money.of(4_000, "USD"), settlement.refundAmount());
        assertEquals(Claims.TERMS, settlement.paymentTerms());
    }

    @Test
    void acceptingStopsTheSellersDeadline() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.partialRefundOffered(conversation);

        assertEquals(Outcome.SellerDeadline.STOP,
                ConversationLifecycle.accept(conversation, offer.id, offer, null, BEFORE_DEADLINE).sellerDeadline());
    }

    @Test
    void anUnknownOfferIsNotFound() {
        UUID unknown = UUID.randomUUID();

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.accept(Negotiations.sellerResponded(),
                unknown, null, null, BEFORE_DEADLINE));

        assertEquals(404, problem.status());
    }

    @Test
    void anotherConversationsOfferIsNotFound() {
        Offer elsewhere = Negotiations.partialRefundOffered(Negotiations.awaitingSeller());

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.accept(Negotiations.awaitingSeller(),
                elsewhere.id, elsewhere, null, BEFORE_DEADLINE));

        assertEquals(404, problem.status());
    }

    @Test
    void anAnsweredOfferIsAConflict() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.rejected(conversation);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.accept(conversation, offer.id, offer,
                null, BEFORE_DEADLINE));

        assertEquals(409, problem.status());
        assertTrue(problem.detail().contains("REJECTED"), problem.detail());
    }

    @Test
    void aSettledConversationTakesNoMoreAnswers() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.partialRefundOffered(conversation);
        ConversationLifecycle.accept(conversation, offer.id, offer, null, BEFORE_DEADLINE);

        Problem problem = Negotiations.refusal(() -> ConversationLifecycle.reject(conversation, offer.id, offer, null,
                BEFORE_DEADLINE));

        assertEquals(409, problem.status());
    }

    @Test
    void aRejectionKeepsTheBuyersReasonAndIsAnnounced() {
        Conversation conversation = Negotiations.awaitingSeller();
        Offer offer = Negotiations.partialRefundOffered(conversation);

        Outcome outcome = ConversationLifecycle.reject(conversation, offer.id, offer, "I want my money back",
                BEFORE_DEADLINE);

        assertEquals(OfferStatus.REJECTED, offer.status);
        assertEquals("I want my money back", offer.answerReason);
        assertEquals("I want my money back", ((OfferRejected) outcome.event()).reason());
    }

    @Test
    void aRejectionLeavesTheNegotiationOpen() {
        Conversation conversation = Negotiations.awaitingSeller();

        Negotiations.rejected(conversation);

        assertTrue(conversation.status.isNegotiable());
    }
}

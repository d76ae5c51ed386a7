package io.refunds.refund.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
import static io.refunds.refund.refund.Refunds.CARD;
import static io.refunds.refund.refund.Refunds.NOW;
import static io.refunds.refund.refund.Refunds.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.DecisionMade;
import io.refunds.events.Money;
import io.refunds.events.PaymentTerms;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundIssued;
import io.refunds.refund.ledger.Posting;
import io.refunds.refund.ledger.Transfer;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening a refund from its cause: how much, why, what the seller owes back, where it goes. */
class RefundOpeningTest {

    private static final Money PAID = Money.of(12_900, "USD");

    @Test
    void whatACauseOwesIsCappedAtWhatTheBuyerPaid() {
        Refund refund = open(aDecision().fullRefund(Money.of(20_000, "USD")).paid(PAID)).refund();

        assertEquals(PAID, refund.amount());
        assertEquals(PAID, refund.owed());
        assertEquals("owed 200.00 USD capped at the 129.00 USD paid", refund.note());
    }

    @Test
    void onlyTheDifferenceToWhatTheItemWasAlreadyRefundedIsPaid() {
        UUID caseId = UUID.randomUUID();
        Refund earlier = Refund.open(UUID.randomUUID(), RefundCause.of(aSettlement().forCase(caseId)
                .partialRefund(Money.of(4_000, "USD")).build()), ItemRefunds.NONE, "stripe", NOW).refund();

        Refund refund = open(aDecision().forCase(caseId).build(), new ItemRefunds(List.of(earlier))).refund();

        assertEquals(Money.of(8_900, "USD"), refund.amount());
        assertEquals(PAID, refund.owed());
        assertEquals("40.00 USD already refunded for the item", refund.note());
    }

    @Test
    void aCauseThatOwesNothingMoreIsRecordedAsNothingDueAndMovesNoMoney() {
        UUID caseId = UUID.randomUUID();
        Refund full = open(aDecision().forCase(caseId)).refund();

        RefundChange lower = open(aDecision().forCase(caseId).partialRefund(Money.of(3_000, "USD")).build(),
                new ItemRefunds(List.of(full)));

        assertEquals(RefundStatus.NOTHING_DUE, lower.refund().status());
        assertEquals(0, lower.refund().amount().minorUnits());
        assertEquals("129.00 USD already refunded for the item", lower.refund().note());
        assertEquals(List.of(), lower.postings());
        assertEquals(List.of(), lower.events());
        assertTrue(lower.nextAttempt().isEmpty());
    }

    @Test
    void aWalletRefundIsBookedAsPayableAndIssuedAtOnce() {
        DecisionMade decision = aDecision().buyer("b-7").build();
        RefundChange opened = open(decision, ItemRefunds.NONE);
        Refund refund = opened.refund();

        assertEquals(RefundStatus.ISSUED, refund.status());
        assertEquals(NOW, refund.issuedAt());
        assertEquals(List.of(
                new Posting(refund.id(), "Refund owed for case " + decision.caseId() + " (decision:"
                        + decision.decisionId() + ")", NOW, List.of(
                                new Transfer("platform:refund-expense", "platform:refunds-payable", PAID))),
                new Posting(refund.id(), "Refund to wallet for case " + decision.caseId() + " (decision:"
                        + decision.decisionId() + ")", NOW, List.of(
                                new Transfer("platform:refunds-payable", "buyer-wallet:b-7", PAID)))),
                opened.postings());
        assertEquals(List.of(new RefundIssued(refund.id(), decision.caseId(), decision.decisionId(), null, "b-7", PAID,
                "WALLET", NOW)), opened.events());
        assertTrue(opened.nextAttempt().isEmpty());
    }

    @Test
    void aRefundToTheCardWaitsForItsFirstAttemptNowWithOnlyThePayableBooked() {
        RefundChange opened = open(aDecision().terms(CARD));
        Refund refund = opened.refund();

        assertEquals(RefundStatus.PENDING, refund.status());
        assertEquals(RefundDestination.ORIGINAL_PAYMENT, refund.destination());
        assertEquals("stripe", refund.provider());
        assertEquals(NOW, refund.nextAttemptAt());
        assertEquals(NOW, opened.nextAttempt().orElseThrow());
        assertEquals(1, opened.postings().size());
        assertEquals(List.of(), opened.events());
    }

    @Test
    void withoutAPaymentReferenceTheRefundGoesToTheWallet() {
        Refund refund = open(aDecision().terms(new PaymentTerms(Refunds.USD_PER_CNY, null,
                RefundDestination.ORIGINAL_PAYMENT))).refund();

        assertEquals(RefundDestination.WALLET, refund.destination());
        assertNull(refund.provider());
        assertEquals(RefundStatus.ISSUED, refund.status());
    }

    @Test
    void theSellerOwesBackItsCnyPriceBookedAsAReceivable() {
        Money paid = Money.of(5_200, "EUR");
        PaymentTerms terms = new PaymentTerms(new BigDecimal("0.1302"), null, RefundDestination.WALLET,
                Money.of(39_900, "CNY"));
        RefundChange opened = open(aDecision().seller("s-9").fullRefund(paid).paid(paid).terms(terms));

        assertEquals(Money.of(39_900, "CNY"), opened.refund().sellerAmount());
        assertEquals(new Transfer("platform:seller-recoveries", "seller-receivable:s-9", Money.of(39_900, "CNY")),
                opened.postings().get(0).transfers().get(1));
    }

    @Test
    void laterPartsRecoverTheirShareOfThePriceLessWhatEarlierPartsRecovered() {
        Money paid = Money.of(5_200, "EUR");
        PaymentTerms terms = new PaymentTerms(new BigDecimal("0.1302"), null, RefundDestination.WALLET,
                Money.of(39_900, "CNY"));
        UUID caseId = UUID.randomUUID();
        Refund first = open(aDecision().forCase(caseId).partialRefund(Money.of(1_733, "EUR")).paid(paid).terms(terms))
                .refund();

        Refund second = open(aDecision().forCase(caseId).partialRefund(Money.of(3_466, "EUR")).paid(paid).terms(terms)
                .build(), new ItemRefunds(List.of(first))).refund();

        assertEquals(Money.of(13_297, "CNY"), first.sellerAmount());
        assertEquals(Money.of(13_298, "CNY"), second.sellerAmount());
    }

    @Test
    void withoutTheSellersPriceTheAmountIsConvertedAtTheLockedRate() {
        Refund refund = open(aDecision().terms(CARD)).refund();

        assertEquals(Money.of(93_275, "CNY"), refund.sellerAmount());
    }
}

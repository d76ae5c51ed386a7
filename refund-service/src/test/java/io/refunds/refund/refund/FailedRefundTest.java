package io.refunds.refund.refund;

import static io.refunds.refund.refund.Refunds.NOW;
import static io.refunds.refund.refund.Refunds.failedAfterDecline;
import static io.refunds.refund.refund.Refunds.failedAfterTimeouts;
import static io.refunds.refund.refund.Refunds.pending;
import static io.refunds.refund.refund.Refunds.succeeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.RefundIssued;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.problem.Problem;
import io.refunds.refund.ledger.Transfer;
import io.refunds.refund.provider.ProviderReply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A FAILED refund: the agent's retry and the buyer's wallet fallback. */
class FailedRefundTest {

    private static final Money PAID = Money.of(12_900, "USD");

    @Test
    void anAgentsRetryStartsANewRoundDueNow() {
        Refund refund = failedAfterTimeouts();

        RefundChange retried = refund.retry(NOW.plusSeconds(1));

        assertEquals(RefundStatus.PENDING, refund.status());
        assertEquals(2, refund.round());
        assertEquals(0, refund.attempts());
        assertNull(refund.failedAt());
        assertEquals(NOW.plusSeconds(1), retried.nextAttempt().orElseThrow());
    }

    @Test
    void aRetryAfterAttemptsThatMayHavePaidKeepsTheIdempotencyKey() {
        Refund refund = failedAfterTimeouts();

        refund.retry(NOW);

        assertEquals("refund-" + refund.id() + "-1", refund.providerIdempotencyKey());
    }

    @Test
    void aRetryAfterADeclineTakesAFreshIdempotencyKey() {
        Refund refund = failedAfterDecline();

        refund.retry(NOW);

        assertEquals("refund-" + refund.id() + "-2", refund.providerIdempotencyKey());
    }

    @Test
    void onlyAFailedRefundCanBeRetried() {
        Refund issued = Refunds.issuedToWallet();

        Problem refused = assertThrows(ApiException.class, () -> issued.retry(NOW)).problem();

        assertEquals(409, refused.status());
        assertEquals("REFUND_NOT_FAILED", refused.rule());
        assertEquals("refund " + issued.id() + " is ISSUED; only a FAILED refund can be retried or moved to the wallet",
                refused.detail());
    }

    @Test
    void aDeclinedRefundGoesToTheWalletWithoutAskingTheProvider() {
        assertFalse(failedAfterDecline().mayHavePaid());
    }

    @Test
    void aRefundWhoseAttemptsMayHavePaidIsLookedUpBeforeTheWalletPays() {
        assertTrue(failedAfterTimeouts().mayHavePaid());
    }

    @Test
    void theWalletFallbackIssuesToTheWalletAndRecordsWhoChoseIt() {
        Refund refund = failedAfterDecline();

        RefundChange fallback = refund.fallBackToWallet(Refund.NOTHING_PAID, "b-1", NOW);

        assertEquals(RefundStatus.ISSUED, refund.status());
        assertEquals(RefundDestination.WALLET, refund.destination());
        assertEquals("b-1", refund.fallbackChosenBy());
        assertEquals(NOW, refund.fallbackChosenAt());
        assertEquals(List.of(new Transfer("platform:refunds-payable", "buyer-wallet:b-1", PAID)),
                fallback.postings().get(0).transfers());
        assertEquals(List.of(new RefundIssued(refund.id(), refund.caseId(), refund.decisionId(), null, "b-1", PAID,
                "WALLET", NOW)), fallback.events());
        assertEquals(List.of(), fallback.attempts());
    }

    @Test
    void aFallbackFindingThatTheProviderPaidIssuesToTheOriginalPayment() {
        Refund refund = failedAfterTimeouts();

        RefundChange fallback = refund.fallBackToWallet(succeeded("re_9"), "b-1", NOW);

        assertEquals(RefundStatus.ISSUED, refund.status());
        assertEquals(RefundDestination.ORIGINAL_PAYMENT, refund.destination());
        assertNull(refund.fallbackChosenBy());
        assertEquals("SUCCEEDED", fallback.attempts().get(0).outcome());
        assertEquals(List.of(new Transfer("platform:refunds-payable", "provider-clearing:stripe", PAID)),
                fallback.postings().get(0).transfers());
        assertEquals("ORIGINAL_PAYMENT", ((RefundIssued) fallback.events().get(0)).destination());
    }

    @Test
    void aFallbackFindingAPendingProviderRefundChecksItNow() {
        Refund refund = failedAfterTimeouts();

        RefundChange fallback = refund.fallBackToWallet(pending("re_9"), "b-1", NOW);

        assertEquals(RefundStatus.PENDING, refund.status());
        assertNull(refund.failedAt());
        assertTrue(refund.checksProvider());
        assertEquals(NOW, fallback.nextAttempt().orElseThrow());
        assertEquals("PENDING", fallback.attempts().get(0).outcome());
        assertEquals(List.of(), fallback.events());
    }

    @Test
    void aFallbackThatCannotReachTheProviderMovesNothing() {
        Refund refund = failedAfterTimeouts();

        Problem refused = assertThrows(ApiException.class, () -> refund.fallBackToWallet(
                ProviderReply.unknown("no answer"), "b-1", NOW)).problem();

        assertEquals(503, refused.status());
        assertEquals("PROVIDER_UNREACHABLE", refused.rule());
        assertEquals("cannot confirm with stripe that it did not pay refund " + refund.id()
                + "; nothing moved, try again later (no answer)", refused.detail());
        assertEquals(RefundStatus.FAILED, refund.status());
        assertEquals(RefundDestination.ORIGINAL_PAYMENT, refund.destination());
    }

    @Test
    void onlyAFailedRefundMovesToTheWallet() {
        Refund issued = Refunds.issuedToWallet();

        Problem refused = assertThrows(ApiException.class,
                () -> issued.fallBackToWallet(Refund.NOTHING_PAID, "b-1", NOW)).problem();

        assertEquals(409, refused.status());
        assertEquals("REFUND_NOT_FAILED", refused.rule());
    }
}

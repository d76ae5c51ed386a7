package io.refunds.refund.refund;

import static io.refunds.refund.refund.Refunds.DECLINE;
import static io.refunds.refund.refund.Refunds.NOW;
import static io.refunds.refund.refund.Refunds.POLICY;
import static io.refunds.refund.refund.Refunds.TIMEOUT;
import static io.refunds.refund.refund.Refunds.pending;
import static io.refunds.refund.refund.Refunds.succeeded;
import static io.refunds.refund.refund.Refunds.toCard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.refund.ledger.Posting;
import io.refunds.refund.ledger.Transfer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the provider's answers do to a refund to the original payment. */
class ProviderAnswerTest {

    private static final Money PAID = Money.of(12_900, "USD");

    @Test
    void theProviderIsAskedForTheRefundUnderTheRefundsFirstKey() {
        Refund refund = toCard();

        assertFalse(refund.checksProvider());
        assertEquals("refund-" + refund.id() + "-1", refund.providerRequest().idempotencyKey());
        assertEquals("pi_1", refund.providerRequest().paymentReference());
        assertEquals(PAID, refund.providerRequest().amount());
    }

    @Test
    void aSucceededAttemptIssuesTheRefundToTheProvidersClearingAccount() {
        Refund refund = toCard();

        RefundChange answered = refund.providerAnswered(succeeded("re_1"), NOW, POLICY);

        assertEquals(RefundStatus.ISSUED, refund.status());
        assertEquals("re_1", refund.providerRefundId());
        assertNull(refund.nextAttemptAt());
        assertEquals(List.of(new Posting(refund.id(), "Refund to original payment via stripe re_1 for case "
                + refund.caseId() + " (" + refund.refundKey() + ")", NOW, List.of(
                        new Transfer("platform:refunds-payable", "provider-clearing:stripe", PAID)))),
                answered.postings());
        assertEquals(List.of(new RefundIssued(refund.id(), refund.caseId(), refund.decisionId(), null, "b-1", PAID,
                "ORIGINAL_PAYMENT", NOW)), answered.events());
        assertTrue(answered.nextAttempt().isEmpty());
    }

    @Test
    void everyAnswerIsKeptAsAnAttemptOfItsRoundUnderItsKey() {
        Refund refund = toCard();

        RefundAttempt attempt = refund.providerAnswered(succeeded("re_1"), NOW, POLICY).attempts().get(0);

        assertEquals(1, attempt.round());
        assertEquals(1, attempt.attempt());
        assertEquals("SUCCEEDED", attempt.outcome());
        assertEquals("refund-" + refund.id() + "-1", attempt.idempotencyKey());
        assertEquals("re_1", attempt.providerRefundId());
        assertEquals(NOW, attempt.attemptedAt());
    }

    @Test
    void aPendingRefundIsCheckedAgainAfterTheInterval() {
        Refund refund = toCard();

        RefundChange answered = refund.providerAnswered(pending("re_1"), NOW, POLICY);

        assertEquals(RefundStatus.PENDING, refund.status());
        assertTrue(refund.checksProvider());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), answered.nextAttempt().orElseThrow());
        assertEquals(List.of(), answered.events());
    }

    @Test
    void checkingAPendingRefundIsNoNewAttempt() {
        Refund refund = toCard();
        refund.providerAnswered(pending("re_1"), NOW, POLICY);

        refund.providerAnswered(pending("re_1"), NOW, POLICY);

        assertEquals(1, refund.attempts());
    }

    @Test
    void aDeclineFailsTheRefundAtOnce() {
        Refund refund = toCard();

        RefundChange answered = refund.providerAnswered(DECLINE, NOW, POLICY);

        assertEquals(RefundStatus.FAILED, refund.status());
        assertEquals(NOW, refund.failedAt());
        assertEquals(DECLINE.detail(), refund.lastError());
        assertFalse(refund.mayHavePaid());
        assertEquals(List.of(new RefundFailed(refund.id(), refund.caseId(), refund.decisionId(), null, "b-1", PAID,
                "ORIGINAL_PAYMENT", DECLINE.detail(), 1, NOW)), answered.events());
        assertEquals(List.of(), answered.postings());
        assertTrue(answered.nextAttempt().isEmpty());
    }

    @Test
    void anAnswerThatDoesNotTellIsRetriedAfterADoublingBackoffUnderTheSameKey() {
        Refund refund = toCard();

        RefundChange first = refund.providerAnswered(TIMEOUT, NOW, POLICY);
        RefundChange second = refund.providerAnswered(TIMEOUT, NOW, POLICY);

        assertEquals(NOW.plusSeconds(30), first.nextAttempt().orElseThrow());
        assertEquals(NOW.plusSeconds(60), second.nextAttempt().orElseThrow());
        assertEquals(first.attempts().get(0).idempotencyKey(), second.attempts().get(0).idempotencyKey());
        assertEquals(RefundStatus.PENDING, refund.status());
        assertEquals(TIMEOUT.detail(), refund.lastError());
    }

    @Test
    void theRoundsLastAttemptWithoutATellingAnswerFailsTheRefund() {
        Refund refund = toCard();
        refund.providerAnswered(TIMEOUT, NOW, POLICY);
        refund.providerAnswered(TIMEOUT, NOW, POLICY);

        RefundChange last = refund.providerAnswered(TIMEOUT, NOW, POLICY);

        assertEquals(RefundStatus.FAILED, refund.status());
        assertTrue(refund.mayHavePaid());
        assertEquals(List.of(new RefundFailed(refund.id(), refund.caseId(), refund.decisionId(), null, "b-1", PAID,
                "ORIGINAL_PAYMENT", TIMEOUT.detail() + " (after 3 attempts)", 3, NOW)), last.events());
    }

    @Test
    void onlyARefundWaitingForItsProviderTakesAnAnswer() {
        Refund issued = Refunds.issuedToWallet();

        assertThrows(IllegalStateException.class, () -> issued.providerAnswered(succeeded("re_1"), NOW, POLICY));
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5));

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(120)), List.of(policy.backoffAfter(1), policy.backoffAfter(2), policy.backoffAfter(3),
                policy.backoffAfter(4)));
    }
}

package io.refunds.refund.payout;

import io.refunds.events.RefundDestination;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.platform.outbox.Outbox;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.refund.Refund;
import io.refunds.refund.refund.RefundStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The two ends of a refund, each in the caller's transaction: issued (the payable moves to the wallet or to the
 * provider's clearing account, RefundIssued) or failed (the payable stays, RefundFailed tells the agents).
 */
@ApplicationScoped
public class RefundCompletion {

    private final Ledger ledger;
    private final Outbox outbox;

    public RefundCompletion(Ledger ledger, Outbox outbox) {
        this.ledger = ledger;
        this.outbox = outbox;
    }

    public Uni<Void> issue(Refund refund, Instant now) {
        boolean toWallet = refund.destination == RefundDestination.WALLET;
        String destinationAccount = toWallet ? LedgerAccounts.buyerWallet(refund.buyerId)
                : LedgerAccounts.providerClearing(refund.provider);
        refund.status = RefundStatus.ISSUED;
        refund.issuedAt = now;
        refund.nextAttemptAt = null;
        String description = (toWallet ? "Refund to wallet" : "Refund to original payment via " + refund.provider
                + " " + refund.providerRefundId) + " for case " + refund.caseId + " (" + refund.refundKey + ")";
        return ledger.post(refund.id, description, now, List.of(new Ledger.Transfer(LedgerAccounts.REFUNDS_PAYABLE,
                        destinationAccount, refund.amount())))
                .chain(() -> outbox.publish(new RefundIssued(refund.id, refund.caseId, refund.decisionId,
                        refund.settlementId, refund.buyerId, refund.amount(), refund.destination.name(), now)))
                .replaceWithVoid();
    }

    public Uni<Void> fail(Refund refund, String reason, Instant now) {
        refund.status = RefundStatus.FAILED;
        refund.failedAt = now;
        refund.lastError = reason;
        refund.nextAttemptAt = null;
        return outbox.publish(new RefundFailed(refund.id, refund.caseId, refund.decisionId, refund.settlementId,
                refund.buyerId, refund.amount(), refund.destination.name(), reason, refund.attempts, now))
                .replaceWithVoid();
    }
}

package io.refunds.refund.refund;

import io.quarkus.logging.Log;
import io.refunds.events.Money;
import io.refunds.events.RefundIssued;
import io.refunds.platform.outbox.Outbox;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.LedgerAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Pays what a cause owes, exactly once: only the difference to what the case was already refunded, never
 * more than owed; the refund, its balanced ledger transaction and RefundIssued commit together.
 */
@ApplicationScoped
public class RefundPayer {

    private final RefundRepository refunds;
    private final Ledger ledger;
    private final Outbox outbox;

    public RefundPayer(RefundRepository refunds, Ledger ledger, Outbox outbox) {
        this.refunds = refunds;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> pay(RefundCause cause) {
        if (!cause.owesMoney()) {
            return Uni.createFrom().voidItem();
        }
        return refunds.lockCase(cause.caseId())
                .chain(() -> refunds.exists(cause.key()))
                .chain(exists -> exists ? Uni.createFrom().voidItem() : payDifference(cause));
    }

    private Uni<Void> payDifference(RefundCause cause) {
        return refunds.ofCase(cause.caseId()).chain(earlier -> {
            Money difference = cause.owed().minus(alreadyRefunded(earlier, cause.owed().currency()));
            if (difference.minorUnits() == 0) {
                Log.infof("case %s: %s owes nothing beyond what was refunded", cause.caseId(), cause.key());
                return Uni.createFrom().voidItem();
            }
            return issue(cause, difference);
        });
    }

    private Uni<Void> issue(RefundCause cause, Money amount) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Refund refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.refundKey = cause.key();
        refund.caseId = cause.caseId();
        refund.decisionId = cause.decisionId();
        refund.settlementId = cause.settlementId();
        refund.buyerId = cause.buyerId();
        refund.amountMinor = amount.minorUnits();
        refund.currency = amount.currency();
        refund.destination = Destination.WALLET;
        refund.status = RefundStatus.ISSUED;
        refund.createdAt = now;
        refund.issuedAt = now;
        // Flushed first: the ledger's native insert references the refund row.
        return refunds.persistAndFlush(refund)
                .chain(() -> ledger.transfer(refund.id, "Refund for case " + refund.caseId + " (" + cause.key() + ")",
                        LedgerAccounts.REFUND_EXPENSE, LedgerAccounts.buyerWallet(refund.buyerId), amount, now))
                .chain(() -> outbox.publish(new RefundIssued(refund.id, refund.caseId, refund.decisionId,
                        refund.settlementId, refund.buyerId, amount, refund.destination.name(), now)))
                .replaceWithVoid();
    }

    private static Money alreadyRefunded(List<Refund> earlier, String currency) {
        long total = earlier.stream()
                .filter(refund -> refund.currency.equals(currency))
                .mapToLong(refund -> refund.amountMinor)
                .sum();
        return Money.of(total, currency);
    }
}

package io.refunds.refund.refund;

import io.quarkus.logging.Log;
import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.payout.ProviderAttempts;
import io.refunds.platform.text.MoneyText;
import io.refunds.refund.payout.RefundCompletion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns a cause into exactly one refund: only the difference to what the item was already refunded, never beyond
 * what the buyer paid; a cause that owes nothing more is recorded as NOTHING_DUE. The refund, its ledger posting
 * (the expense payable to the buyer, and in CNY what the seller owes back) and either the wallet payment with
 * RefundIssued or the first provider attempt commit together.
 */
@ApplicationScoped
public class RefundPayer {

    private final RefundRepository refunds;
    private final Ledger ledger;
    private final RefundCompletion completion;
    private final ProviderAttempts providerAttempts;

    public RefundPayer(RefundRepository refunds, Ledger ledger, RefundCompletion completion,
            ProviderAttempts providerAttempts) {
        this.refunds = refunds;
        this.ledger = ledger;
        this.completion = completion;
        this.providerAttempts = providerAttempts;
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> pay(RefundCause cause) {
        if (!cause.owesMoney()) {
            return Uni.createFrom().voidItem();
        }
        return refunds.lockItem(cause.orderId(), cause.itemId())
                .chain(() -> refunds.exists(cause.key()))
                .chain(exists -> exists ? Uni.createFrom().voidItem() : payDifference(cause));
    }

    private Uni<Void> payDifference(RefundCause cause) {
        return refunds.ofItem(cause.orderId(), cause.itemId(), cause.caseId()).chain(earlier -> {
            Money owed = cause.owedWithinPaid();
            Money already = alreadyRefunded(earlier, owed.currency());
            Refund refund = newRefund(cause, owed.minus(already), owed, new SellerLeg.ItemSoFar(cause.amountPaid(),
                    already, alreadyRecovered(earlier)));
            refund.note = note(cause, owed, already);
            if (refund.amountMinor == 0) {
                refund.status = RefundStatus.NOTHING_DUE;
                Log.infof("case %s: %s owes nothing beyond what was refunded", cause.caseId(), cause.key());
                return refunds.persist(refund).replaceWithVoid();
            }
            // Flushed first: the ledger's native inserts reference the refund row.
            return refunds.persistAndFlush(refund)
                    .chain(() -> ledger.post(refund.id, "Refund owed for case " + refund.caseId + " ("
                            + refund.refundKey + ")", refund.createdAt, owedTransfers(refund)))
                    .chain(() -> refund.destination == RefundDestination.WALLET
                            ? completion.issue(refund, refund.createdAt)
                            : providerAttempts.schedule(refund, refund.createdAt));
        });
    }

    private Refund newRefund(RefundCause cause, Money amount, Money owed, SellerLeg.ItemSoFar soFar) {
        Refund refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.refundKey = cause.key();
        refund.caseId = cause.caseId();
        refund.decisionId = cause.decisionId();
        refund.settlementId = cause.settlementId();
        refund.orderId = cause.orderId();
        refund.itemId = cause.itemId();
        refund.buyerId = cause.buyerId();
        refund.sellerId = cause.sellerId();
        refund.amountMinor = amount.minorUnits();
        refund.currency = amount.currency();
        refund.owedMinor = owed.minorUnits();
        refund.amountPaidMinor = cause.amountPaid() == null ? null : cause.amountPaid().minorUnits();
        refund.exchangeRate = cause.terms().exchangeRate();
        SellerLeg.recovery(amount, soFar, cause.terms().itemPriceCny(), refund.exchangeRate).ifPresent(cny -> {
            refund.sellerAmountMinor = cny.minorUnits();
            refund.sellerCurrency = cny.currency();
        });
        boolean toProvider = cause.terms().refundDestination() == RefundDestination.ORIGINAL_PAYMENT
                && cause.terms().paymentReference() != null;
        refund.destination = toProvider ? RefundDestination.ORIGINAL_PAYMENT : RefundDestination.WALLET;
        refund.paymentReference = cause.terms().paymentReference();
        refund.provider = toProvider ? providerAttempts.providerName() : null;
        refund.status = RefundStatus.PENDING;
        refund.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return refund;
    }

    private static List<Ledger.Transfer> owedTransfers(Refund refund) {
        List<Ledger.Transfer> transfers = new ArrayList<>();
        transfers.add(new Ledger.Transfer(LedgerAccounts.REFUND_EXPENSE, LedgerAccounts.REFUNDS_PAYABLE,
                refund.amount()));
        if (refund.sellerAmount() != null && refund.sellerAmountMinor > 0 && refund.sellerId != null) {
            transfers.add(new Ledger.Transfer(LedgerAccounts.SELLER_RECOVERIES,
                    LedgerAccounts.sellerReceivable(refund.sellerId), refund.sellerAmount()));
        }
        return transfers;
    }

    private static String note(RefundCause cause, Money owed, Money already) {
        List<String> notes = new ArrayList<>();
        if (!owed.equals(cause.owed())) {
            notes.add("owed " + MoneyText.format(cause.owed()) + " capped at the " + MoneyText.format(owed) + " paid");
        }
        if (already.minorUnits() > 0) {
            notes.add(MoneyText.format(already) + " already refunded for the item");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** What the item's earlier refunds recover from the seller, in fen. */
    private static long alreadyRecovered(List<Refund> earlier) {
        return earlier.stream()
                .filter(Refund::commitsMoney)
                .filter(refund -> SellerLeg.CNY.equals(refund.sellerCurrency) && refund.sellerAmountMinor != null)
                .mapToLong(refund -> refund.sellerAmountMinor)
                .sum();
    }

    private static Money alreadyRefunded(List<Refund> earlier, String currency) {
        long total = earlier.stream()
                .filter(Refund::commitsMoney)
                .filter(refund -> refund.currency.equals(currency))
                .mapToLong(refund -> refund.amountMinor)
                .sum();
        return Money.of(total, currency);
    }
}

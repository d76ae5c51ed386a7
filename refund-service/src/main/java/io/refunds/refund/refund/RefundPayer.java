package io.refunds.refund.refund;

import io.quarkus.logging.Log;
import io.refunds.refund.provider.PaymentProvider;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Turns a cause into exactly one refund, in the consumer's transaction: lock the item (its refunds' totals are read
 * settled), skip a cause already paid, open the refund against the item's earlier ones, write it.
 */
@ApplicationScoped
public class RefundPayer {

    private final RefundRepository refunds;
    private final RefundStore store;
    private final PaymentProvider provider;

    public RefundPayer(RefundRepository refunds, RefundStore store, PaymentProvider provider) {
        this.refunds = refunds;
        this.store = store;
        this.provider = provider;
    }

    public Uni<Void> pay(RefundCause cause) {
        if (!cause.owesMoney()) {
            return Uni.createFrom().voidItem();
        }
        return refunds.lockItem(cause.orderId(), cause.itemId())
                .chain(() -> refunds.exists(cause.key()))
                .chain(exists -> exists ? Uni.createFrom().voidItem() : open(cause));
    }

    private Uni<Void> open(RefundCause cause) {
        return refunds.ofItem(cause.orderId(), cause.itemId(), cause.caseId()).chain(earlier -> {
            RefundChange opened = Refund.open(UUID.randomUUID(), cause, new ItemRefunds(earlier), provider.name(),
                    RefundStore.now());
            if (opened.refund().status() == RefundStatus.NOTHING_DUE) {
                Log.infof("case %s: %s owes nothing beyond what was refunded", cause.caseId(), cause.key());
            }
            return store.create(opened).replaceWithVoid();
        });
    }
}

package io.refunds.order.timeline;

import io.refunds.events.CaseEvent;
import io.refunds.order.cases.CaseRepository;
import io.refunds.order.cases.RefundCase;
import io.refunds.order.order.OrderRepository;
import io.refunds.platform.inbox.EventEnvelope;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Applies one event to its case in the consumer's transaction: a timeline line, the stage (forward only),
 * the next deadline when the event's stage is the case's stage, and refunded money on case and item.
 */
@ApplicationScoped
public class TimelineUpdater {

    private final CaseRepository cases;
    private final OrderRepository orders;
    private final Timeline timeline;

    public TimelineUpdater(CaseRepository cases, OrderRepository orders, Timeline timeline) {
        this.cases = cases;
        this.orders = orders;
        this.timeline = timeline;
    }

    Uni<Void> apply(EventEnvelope<? extends CaseEvent> event, CaseChange change) {
        return cases.lock(event.payload().caseId()).chain(refundCase -> {
            if (refundCase == null) {
                return Uni.createFrom().failure(new PoisonMessageException("unknown case " + event.payload().caseId()));
            }
            refundCase.status = refundCase.status.advanceTo(change.reached());
            refundCase.updatedAt = Instant.now();
            if (refundCase.status == change.reached() && !change.keepsDeadline()) {
                refundCase.nextDeadlineKind = change.deadlineKind();
                refundCase.nextDeadlineAt = change.deadlineAt();
            }
            // What the case had refunded before this event: a decision's line says what it changes for the money. Its
            // own refund may have arrived first (another topic): that one does not count as refunded before it.
            String decision = change.line().decisionCause();
            Uni<Long> paidForIt = decision == null ? Uni.createFrom().item(0L)
                    : timeline.refundedFor(refundCase.id, decision);
            Uni<Void> refunded = change.refunded() == null ? Uni.createFrom().voidItem() : addRefund(refundCase, change);
            return paidForIt.chain(own -> refunded.chain(() -> timeline.record(refundCase, event.eventId(),
                    event.type().payloadType().getSimpleName(), change.actor(),
                    change.line().onCaseThatRefunded(refundCase.refunded().minus(
                            io.refunds.events.Money.of(own, refundCase.paidCurrency))),
                    change.occurredAt())))
                    .replaceWithVoid();
        });
    }

    /** The refunded total never exceeds what was paid; an event that would break that is dead-lettered. */
    private Uni<Void> addRefund(RefundCase refundCase, CaseChange change) {
        long amount = change.refunded().minorUnits();
        if (!change.refunded().currency().equals(refundCase.paidCurrency)
                || refundCase.refundedMinor + amount > refundCase.paidMinor) {
            return Uni.createFrom().failure(new PoisonMessageException("refund of " + change.refunded()
                    + " would exceed what was paid for case " + refundCase.id));
        }
        refundCase.refundedMinor += amount;
        return orders.item(refundCase.orderId, refundCase.itemId).invoke(item -> item.refundedMinor += amount)
                .replaceWithVoid();
    }
}

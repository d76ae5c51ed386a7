package io.refunds.order.returns;

import io.refunds.events.CaseEvent;
import io.refunds.events.RefundRelease;
import io.refunds.events.ReturnExpired;
import io.refunds.events.ReturnOpened;
import io.refunds.events.ReturnReceived;
import io.refunds.events.ReturnScanned;
import io.refunds.events.ReturnShipped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events a return's change is heard by, one per milestone; each carries the cause and what it means for the
 * refund waiting on it. Pure.
 */
public final class ReturnEvents {

    private ReturnEvents() {
    }

    /** The events of {@code change} of the return of {@code subject}; none for a repeat. */
    public static List<CaseEvent> of(ReturnChange change, ReturnSubject subject, Instant now) {
        ItemReturn r = change.next();
        return change.milestones().stream().map(milestone -> event(milestone, r, change.release(), subject, now))
                .toList();
    }

    /** No return is needed: the buyer keeps the item and the refund waits for nothing. */
    public static ReturnOpened waived(UUID returnId, ReturnSubject subject, ReturnPlan plan, Instant now) {
        return new ReturnOpened(returnId, subject.caseId(), subject.cause(), subject.orderId(), subject.itemId(),
                subject.buyerId(), subject.sellerId(), false, null, null, null,
                null, false, RefundRelease.PAY, plan.why(), now);
    }

    private static CaseEvent event(ReturnMilestone milestone, ItemReturn r, RefundRelease release,
            ReturnSubject subject, Instant now) {
        return switch (milestone) {
            case OPENED -> new ReturnOpened(r.returnId(), r.caseId(), subject.cause(), subject.orderId(),
                    subject.itemId(), subject.buyerId(), subject.sellerId(), true, r.route().name(), r.address(),
                    r.postagePaidBy().name(), r.shipBy(), r.refundOnFirstScan(), RefundRelease.NONE, null,
                    r.openedAt());
            case SHIPPED -> new ReturnShipped(r.returnId(), r.caseId(), subject.cause(), r.shipment().carrier(),
                    r.shipment().tracking(), r.shipment().shippedAt(), r.shipment().recordedBy());
            case FIRST_SCAN -> new ReturnScanned(r.returnId(), r.caseId(), subject.cause(), r.firstScanAt(), release);
            case RECEIVED -> new ReturnReceived(r.returnId(), r.caseId(), subject.cause(), r.receipt().inspection(),
                    r.receipt().photoIds(), r.receipt().note(), r.receipt().receivedAt(), r.receipt().recordedBy(),
                    release);
            case EXPIRED -> new ReturnExpired(r.returnId(), r.caseId(), subject.cause(), r.shipBy(), now, release);
        };
    }
}

package io.refunds.order.cases;

import io.refunds.order.returns.ReplacementProgress;
import io.refunds.order.returns.StoredReplacement;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.util.UUID;

/**
 * An exchange or replacement as its readers see it: where the new item must arrive and by when, what is awaited now,
 * and its journey so far.
 */
public record ReplacementView(UUID replacementId, UUID caseId, String cause, String orderId, String itemId,
        String claimStage, String arrivesAs, String status, String step, Instant openedAt, Instant dueAt,
        Instant arrivedAt, String awaiting, JourneyView journey) {

    /** When the new item reached each step, with its tracking and parcel. */
    public record JourneyView(Instant purchasedAt, Instant sellerShippedAt, Instant stockedInAt,
            Instant shippedAbroadAt, Instant deliveredAt, String carrier, String tracking, String parcelId) {
    }

    static ReplacementView of(StoredReplacement r) {
        return new ReplacementView(r.id(), r.caseId(), r.cause(), r.orderId(), r.itemId(), r.claimStage().name(),
                r.arrivesAs().name(), r.status().name(), r.step() == null ? null : r.step().name(), r.openedAt(),
                r.dueAt(), r.arrivedAt(), awaiting(r),
                new JourneyView(r.purchasedAt(), r.sellerShippedAt(), r.stockedInAt(), r.shippedAbroadAt(),
                        r.deliveredAt(), r.carrier(), r.tracking(), r.parcelId()));
    }

    private static String awaiting(StoredReplacement r) {
        if (r.status() == ReplacementProgress.ARRIVED) {
            return null;
        }
        if (r.status() == ReplacementProgress.OVERDUE) {
            return "a support agent's decision: the replacement was due by " + Moments.format(r.dueAt());
        }
        return "the new item " + r.arrivesAs() + " by " + Moments.format(r.dueAt());
    }
}

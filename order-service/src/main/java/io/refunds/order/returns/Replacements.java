package io.refunds.order.returns;

import io.refunds.order.order.ItemJourney;
import io.refunds.order.order.JourneyStep;
import io.refunds.order.order.OrderItem;
import io.refunds.order.policy.ClaimStage;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of an exchange or replacement, pure: the new item travels the journey like any item (forward only, a
 * repeat changes nothing, a step out of order is a 409 naming where it is), and the case it answers ends when the new
 * item reaches the stage the claim was made at — stocked in at the warehouse for a warehouse claim, delivered for a
 * claim after delivery — or goes back to the queue when it has not within {@code within} of the outcome. Arrival
 * wins over lateness: an item that arrived is never sent back to the queue; one that comes after it went back is
 * recorded, and the agents' new decision stands.
 */
public final class Replacements {

    private Replacements() {
    }

    /** What recording a step did: whether anything changed, and whether the new item just arrived in time. */
    public record Recorded(boolean changed, boolean arrived) {
    }

    /** Where the new item must arrive for a claim made at {@code stage}. */
    public static JourneyStep arrival(ClaimStage stage) {
        return stage == ClaimStage.AT_WAREHOUSE ? JourneyStep.STOCKED_IN : JourneyStep.DELIVERED;
    }

    /** The progress of a replacement decided at {@code decidedAt}, whose new item is at {@code newItemStep}. */
    public static ReplacementProgress progress(ClaimStage stage, JourneyStep newItemStep, Instant decidedAt,
            Duration within, Instant now) {
        JourneyStep arrival = arrival(stage);
        if (newItemStep == arrival || newItemStep.isAfter(arrival)) {
            return ReplacementProgress.ARRIVED;
        }
        return now.isBefore(decidedAt.plus(within)) ? ReplacementProgress.AWAITED : ReplacementProgress.OVERDUE;
    }

    /** A replacement the outcome {@code cause} promised, awaited from {@code now} for {@code within}. */
    public static StoredReplacement open(UUID id, ReturnSubject subject, ClaimStage stage, Duration within,
            Instant now) {
        StoredReplacement r = new StoredReplacement();
        r.id = id;
        r.caseId = subject.caseId();
        r.cause = subject.cause();
        r.orderId = subject.orderId();
        r.itemId = subject.itemId();
        r.claimStage = stage;
        r.status = ReplacementProgress.AWAITED;
        r.openedAt = now;
        r.dueAt = now.plus(within);
        r.updatedAt = now;
        return r;
    }

    /**
     * The platform posts a step of the new item's journey, with the details the step needs (domestic tracking when
     * the seller ships it; parcel, carrier and tracking when it is shipped abroad). A warehouse claim's replacement
     * ends at the warehouse: from there the item travels on its own journey.
     */
    public static Recorded record(StoredReplacement r, JourneyStep step, Instant requestedAt, String carrier,
            String tracking, String parcelId, Instant now) {
        Instant at = (requestedAt == null ? now : requestedAt).truncatedTo(ChronoUnit.MICROS);
        ItemJourney.requireNotInTheFuture(at, now, "at");
        JourneyStep last = arrival(r.claimStage);
        if (step.isAfter(last)) {
            throw ApiException.refusedBy(422, "AFTER_REPLACEMENT_ARRIVAL", "step", "this replacement ends when it is "
                    + last + "; from there the item travels on its own journey");
        }
        requireOnlyTheStepsDetails(step, carrier, tracking, parcelId);
        if (r.step == step) {
            if (tracking != null && !tracking.equals(r.tracking) || parcelId != null
                    && !parcelId.equals(r.parcelId)) {
                throw ApiException.refusedBy(409, "JOURNEY_STEP_RECORDED", "step", "the replacement is already "
                        + step + " with other details");
            }
            return new Recorded(false, false);
        }
        if (r.step != null && r.step.isAfter(step)) {
            throw ApiException.refusedBy(409, "JOURNEY_STEP_OUT_OF_ORDER", "step", "the replacement is already "
                    + r.step + " (since " + Moments.format(stepTime(r)) + "); its journey only moves forward");
        }
        Instant previous = r.step == null ? null : stepTime(r);
        if (previous != null && at.isBefore(previous)) {
            throw ApiException.invalid("at", "must not be before the replacement was " + r.step + " at "
                    + Moments.format(previous));
        }
        switch (step) {
            case PURCHASED -> r.purchasedAt = at;
            case SELLER_SHIPPED -> {
                r.tracking = required(tracking, "tracking", step);
                r.carrier = carrier;
                r.sellerShippedAt = at;
            }
            case STOCKED_IN -> r.stockedInAt = at;
            case SHIPPED_ABROAD -> {
                r.parcelId = required(parcelId, "parcelId", step);
                r.carrier = required(carrier, "carrier", step);
                r.tracking = required(tracking, "tracking", step);
                r.shippedAbroadAt = at;
            }
            case DELIVERED -> r.deliveredAt = at;
        }
        r.step = step;
        r.updatedAt = now;
        boolean arrived = step == last && r.status == ReplacementProgress.AWAITED;
        if (arrived) {
            r.status = ReplacementProgress.ARRIVED;
            r.arrivedAt = at;
        }
        return new Recorded(true, arrived);
    }

    /** The due time passed: a replacement still awaited is overdue (true); one that arrived stays arrived. */
    public static boolean overdue(StoredReplacement r, Instant now) {
        if (r.status != ReplacementProgress.AWAITED || now.isBefore(r.dueAt)) {
            return false;
        }
        r.status = ReplacementProgress.OVERDUE;
        r.updatedAt = now;
        return true;
    }

    /**
     * The item was replaced: the new one arrived where the claim was made, so the claim window of that stage counts
     * from the new item's arrival (its stock-in at the warehouse, or its delivery).
     */
    public static void replaceItem(OrderItem item, StoredReplacement arrived) {
        if (arrived.claimStage == ClaimStage.AT_WAREHOUSE) {
            item.stockedInAt = arrived.arrivedAt;
        } else {
            item.receivedAt = arrived.arrivedAt;
        }
    }

    /** When the new item reached its last step. */
    public static Instant stepTime(StoredReplacement r) {
        return switch (Objects.requireNonNull(r.step)) {
            case PURCHASED -> r.purchasedAt;
            case SELLER_SHIPPED -> r.sellerShippedAt;
            case STOCKED_IN -> r.stockedInAt;
            case SHIPPED_ABROAD -> r.shippedAbroadAt;
            case DELIVERED -> r.deliveredAt;
        };
    }

    private static void requireOnlyTheStepsDetails(JourneyStep step, String carrier, String tracking,
            String parcelId) {
        boolean travels = step == JourneyStep.SELLER_SHIPPED || step == JourneyStep.SHIPPED_ABROAD;
        if (carrier != null && !travels) {
            throw ApiException.invalid("carrier", "is recorded only with SELLER_SHIPPED or SHIPPED_ABROAD");
        }
        if (tracking != null && !travels) {
            throw ApiException.invalid("tracking", "is recorded only with SELLER_SHIPPED or SHIPPED_ABROAD");
        }
        if (parcelId != null && step != JourneyStep.SHIPPED_ABROAD) {
            throw ApiException.invalid("parcelId", "is recorded only with SHIPPED_ABROAD");
        }
    }

    private static String required(String value, String field, JourneyStep step) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required for " + step);
        }
        return value;
    }
}

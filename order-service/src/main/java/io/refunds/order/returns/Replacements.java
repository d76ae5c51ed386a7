package io.refunds.order.returns;

import io.refunds.order.order.JourneyStep;
import io.refunds.order.policy.ClaimStage;
import java.time.Duration;
import java.time.Instant;

/**
 * The rule of an exchange or replacement, pure: the new item travels the journey like any item, and the case it
 * answers ends when the new item reaches the stage the claim was made at — stocked in at the warehouse for a
 * warehouse claim, delivered for a claim after delivery — or goes back to the queue when it has not within
 * {@code within} of the outcome. Arrival wins over lateness: an item that arrived is never sent back to the queue.
 */
public final class Replacements {

    private Replacements() {
    }

    /** The progress of a replacement decided at {@code decidedAt}, whose new item is at {@code newItemStep}. */
    public static ReplacementProgress progress(ClaimStage stage, JourneyStep newItemStep, Instant decidedAt,
            Duration within, Instant now) {
        JourneyStep arrival = stage == ClaimStage.AT_WAREHOUSE ? JourneyStep.STOCKED_IN : JourneyStep.DELIVERED;
        if (newItemStep == arrival || newItemStep.isAfter(arrival)) {
            return ReplacementProgress.ARRIVED;
        }
        return now.isBefore(decidedAt.plus(within)) ? ReplacementProgress.AWAITED : ReplacementProgress.OVERDUE;
    }
}

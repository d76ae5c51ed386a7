package io.refunds.order.policy;

import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * The buyer's buyer-fault claims since a moment (withdrawn ones left out), for the monthly free-return quota: asked
 * by the policy, answered by the cases feature. Counting inside a report's transaction waits for the buyer's other
 * buyer-fault reports, so two at once cannot both take the last free return.
 */
public interface BuyerFaultClaims {

    Uni<Long> countSince(String buyerId, Instant since, boolean lockForReport);
}

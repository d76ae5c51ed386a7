package io.refunds.order.cases;

import io.refunds.events.RefundDestination;
import io.refunds.order.policy.ParcelClaimReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's claim on one of their international parcels, for all its items: the reason, what happened, the photos
 * or videos (required for damage in transit), and where the refunds go (the platform wallet by default).
 */
public record ParcelClaimRequest(
        @NotNull ParcelClaimReason reason,
        @Size(max = 4000) String description,
        @Size(max = 20) List<@NotNull UUID> evidenceIds,
        RefundDestination refundDestination) {

    public RefundDestination destination() {
        return refundDestination == null ? RefundDestination.WALLET : refundDestination;
    }

    public List<UUID> evidence() {
        return evidenceIds == null ? List.of() : evidenceIds;
    }
}

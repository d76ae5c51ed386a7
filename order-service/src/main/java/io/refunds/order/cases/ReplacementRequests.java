package io.refunds.order.cases;

import io.refunds.order.order.JourneyStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The body of a replacement's journey step; a time left out is now, a time in the future is refused. */
public final class ReplacementRequests {

    private ReplacementRequests() {
    }

    /**
     * A step of the new item's journey: PURCHASED, SELLER_SHIPPED (tracking, carrier), STOCKED_IN, SHIPPED_ABROAD
     * (parcel, carrier, tracking) or DELIVERED — up to where the claim was made.
     */
    public record JourneyStepRequest(@NotNull JourneyStep step, Instant at, @Size(max = 100) String carrier,
            @Size(max = 100) String tracking, @Size(max = 100) String parcelId) {
    }
}

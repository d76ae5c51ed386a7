package io.refunds.order.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules of parcel claims a deployment configures: the windows (after shipment for a parcel that never arrived,
 * after delivery for one that arrived damaged), how long without a carrier scan a parcel counts as lost, and the
 * lines an insured and an uninsured parcel's items are paid with, and by whom.
 */
public record ParcelPolicy(Duration afterShipment, Duration afterDelivery, Duration lostAfterSilence,
        CostQuote.Rule insured, CostQuote.Rule uninsured) {

    public ParcelPolicy {
        Objects.requireNonNull(afterShipment, "afterShipment");
        Objects.requireNonNull(afterDelivery, "afterDelivery");
        Objects.requireNonNull(lostAfterSilence, "lostAfterSilence");
        Objects.requireNonNull(insured, "insured");
        Objects.requireNonNull(uninsured, "uninsured");
    }
}

package io.refunds.order.parcels;

import io.refunds.order.policy.CostQuote;
import io.refunds.order.policy.ParcelPolicy;
import io.refunds.order.policy.RefundPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/**
 * The parcel-claim rules in configuration ({@code parcel-claims.*}): the windows after shipment (lost, seized) and
 * after delivery (damaged in transit), how long without a carrier scan a parcel counts as lost, and the lines an
 * insured and an uninsured parcel's items are paid with, as {@code KIND:BEARER}.
 */
@ConfigMapping(prefix = "parcel-claims")
public interface ParcelConfig {

    @WithDefault("P45D")
    Duration afterShipment();

    @WithDefault("P7D")
    Duration afterDelivery();

    @WithDefault("P20D")
    Duration lostAfterSilence();

    /** How many photos or videos a claim of damage in transit needs. */
    @WithDefault("1")
    int damagedMinEvidence();

    /** An insured item: its value and its share of the international shipping, from the carrier's insurer. */
    @WithDefault("ITEM:CARRIER,INTERNATIONAL_SHIPPING:CARRIER")
    List<String> insuredRefund();

    /** An uninsured item: the international shipping it paid, from the agent. */
    @WithDefault("INTERNATIONAL_SHIPPING:AGENT")
    List<String> uninsuredRefund();

    /** The policy the pure rules apply; a malformed entry fails when it is read. */
    default ParcelPolicy policy() {
        return new ParcelPolicy(afterShipment(), afterDelivery(), lostAfterSilence(),
                new CostQuote.Rule(RefundPolicy.refundedLines("parcel-claims.insured-refund", insuredRefund()),
                        List.of()),
                new CostQuote.Rule(RefundPolicy.refundedLines("parcel-claims.uninsured-refund", uninsuredRefund()),
                        List.of()));
    }
}

package io.refunds.order.returns;

import java.time.Duration;
import java.util.Objects;

/**
 * The return rules a deployment configures: how long a shipper has to send a return (the marketplace's seven days by
 * default), the item price in CNY fen up to which a delivered item is not worth sending back (the buyer keeps it),
 * whether a trusted buyer's refund is paid on the carrier's first scan, and where returns to the warehouse go.
 */
public record ReturnPolicy(Duration shipWithin, long keepItemUpToCnyFen, boolean refundOnScanForTrustedBuyers,
        String warehouseAddress) {

    public ReturnPolicy {
        Objects.requireNonNull(shipWithin, "shipWithin");
        Objects.requireNonNull(warehouseAddress, "warehouseAddress");
        if (shipWithin.isNegative() || shipWithin.isZero()) {
            throw new IllegalArgumentException("shipWithin must be positive");
        }
        if (keepItemUpToCnyFen < 0) {
            throw new IllegalArgumentException("keepItemUpToCnyFen must not be negative");
        }
    }
}

package io.refunds.order.returns;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The return rules in configuration ({@code returns.*}): the time to send a return (the marketplace's seven days),
 * the item price in CNY fen up to which a delivered item is not worth sending back, refund on the carrier's first
 * scan for buyers whose earlier returns arrived as claimed (and how many it takes), the warehouse's address, and the
 * time a replacement may take to arrive.
 */
@ConfigMapping(prefix = "returns")
public interface ReturnConfig {

    @WithDefault("P7D")
    Duration shipWithin();

    @WithDefault("0")
    long keepItemUpToCnyFen();

    @WithDefault("true")
    boolean refundOnScanForTrustedBuyers();

    /** Earlier returns received AS_EXPECTED that make a buyer trusted. */
    @WithDefault("3")
    int trustedAfterReturns();

    String warehouseAddress();

    /** How long an exchange or replacement may take to arrive before its case goes back to the agents' queue. */
    @WithDefault("P30D")
    Duration replacementWithin();

    /** The policy the lifecycle applies. */
    default ReturnPolicy policy() {
        return new ReturnPolicy(shipWithin(), keepItemUpToCnyFen(), refundOnScanForTrustedBuyers(),
                warehouseAddress());
    }
}

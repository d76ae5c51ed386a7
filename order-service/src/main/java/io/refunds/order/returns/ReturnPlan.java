package io.refunds.order.returns;

import java.time.Instant;

/**
 * What a return outcome asks for: whether the item travels back at all, which way, to which address, who pays the
 * postage, by when it must be sent, and whether its refund is paid on the carrier's first scan. When no return is
 * asked, {@code route}, {@code address} and {@code shipBy} are null and {@code why} says why.
 */
public record ReturnPlan(boolean required, ReturnRoute route, String address, PostagePayer postagePaidBy,
        Instant shipBy, boolean refundOnFirstScan, String why) {

    static ReturnPlan notRequired(String why) {
        return new ReturnPlan(false, null, null, null, null, false, why);
    }
}

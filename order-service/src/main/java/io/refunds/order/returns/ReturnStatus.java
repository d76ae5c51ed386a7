package io.refunds.order.returns;

import java.util.List;

/**
 * Where a return stands: waiting for its shipper to send it, sent (tracking posted), scanned by the carrier, received
 * and inspected, or expired because it was not sent in time.
 */
public enum ReturnStatus {
    AWAITING_SHIPMENT,
    SHIPPED,
    IN_TRANSIT,
    RECEIVED,
    EXPIRED;

    /** The states of a return still on its way: its item is neither back nor given up. */
    public static final List<ReturnStatus> ON_ITS_WAY = List.of(AWAITING_SHIPMENT, SHIPPED, IN_TRANSIT);

    /** Whether the return still waits for something to happen to it. */
    public boolean isOpen() {
        return this != RECEIVED && this != EXPIRED;
    }
}

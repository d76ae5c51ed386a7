package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A return outcome (a decision or an accepted offer, named by {@code cause}: {@code decision:<id>} or
 * {@code settlement:<id>}) asked for the item back: who sends it ({@code route}), to which address, who pays the
 * postage, and the time it must be sent by. With {@code required} false the item stays with the buyer ({@code why}
 * says so), {@code route}, {@code address} and {@code shipBy} are null and {@code release} is PAY: the refund waits
 * for nothing. Only additive changes within v1.
 */
public record ReturnOpened(
        UUID returnId,
        UUID caseId,
        String cause,
        String orderId,
        String itemId,
        String buyerId,
        String sellerId,
        boolean required,
        String route,
        String address,
        String postagePaidBy,
        Instant shipBy,
        boolean refundOnFirstScan,
        RefundRelease release,
        String why,
        Instant openedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "return-opened:" + returnId;
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The return was not sent by {@code shipBy}; {@code release} is CLOSE_UNPAID: its refund closes unpaid. */
public record ReturnExpired(
        UUID returnId,
        UUID caseId,
        String cause,
        Instant shipBy,
        Instant expiredAt,
        RefundRelease release) implements CaseEvent {

    @Override
    public String businessKey() {
        return "return-expired:" + returnId;
    }
}

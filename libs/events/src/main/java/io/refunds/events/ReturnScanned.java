package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The carrier scanned the returned parcel for the first time; {@code release} is PAY when the return was opened to
 * refund on the first scan (a trusted buyer), NONE otherwise.
 */
public record ReturnScanned(
        UUID returnId,
        UUID caseId,
        String cause,
        Instant scannedAt,
        RefundRelease release) implements CaseEvent {

    @Override
    public String businessKey() {
        return "return-scanned:" + returnId;
    }
}

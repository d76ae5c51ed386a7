package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The receiver recorded the return's arrival and its inspection, with photos of anything not as expected.
 * {@code release}: PAY (as claimed, not yet paid on a scan), NONE (paid on the first scan already) or BACK_TO_QUEUE
 * (the inspection found something else: an agent decides again, the refund stays unpaid).
 */
public record ReturnReceived(
        UUID returnId,
        UUID caseId,
        String cause,
        Inspection inspection,
        List<String> photoIds,
        String note,
        Instant receivedAt,
        String recordedBy,
        RefundRelease release) implements CaseEvent {

    public ReturnReceived {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    @Override
    public String businessKey() {
        return "return-received:" + returnId;
    }
}

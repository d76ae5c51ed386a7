package io.refunds.dispute.appeal;

import io.refunds.dispute.dispute.DisputeStatus;
import java.util.UUID;

/** The answer to an appeal: its id and the dispute's status (APPEALED). */
public record AppealFiledResponse(UUID appealId, DisputeStatus status) {
}

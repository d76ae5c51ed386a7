package io.refunds.dispute.escalation;

import io.refunds.events.DisputeOpened.DisputeTrigger;
import java.util.UUID;

/** The answer to an escalation: the dispute it opened and why (BUYER_ESCALATION). */
public record EscalatedResponse(UUID disputeId, DisputeTrigger trigger) {
}

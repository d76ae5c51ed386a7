package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The platform opened a dispute on a case; support agents must decide before the decision deadline. */
public record DisputeOpened(
        UUID disputeId,
        UUID caseId,
        String orderId,
        String itemId,
        String buyerId,
        String sellerId,
        String reason,
        DisputeTrigger trigger,
        Money amountPaid,
        Instant decisionDueAt,
        Instant openedAt) implements CaseEvent {

    /**
     * Why the dispute opened. Added within v1: RETURN_INSPECTION (the returned item was not as claimed: an agent
     * decides again), REPLACEMENT_OVERDUE (the replacement never came: an agent decides a refund instead) and
     * PARCEL_CLAIM (the buyer claimed an international parcel lost, seized or damaged: the carrier's fault, decided
     * without a seller conversation).
     */
    public enum DisputeTrigger {
        SELLER_UNRESPONSIVE, BUYER_ESCALATION, RETURN_INSPECTION, REPLACEMENT_OVERDUE, PARCEL_CLAIM
    }

    @Override
    public String businessKey() {
        return "dispute:" + disputeId;
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/**
 * messaging-service's answer to DisputeOpened: the case's negotiation is closed, so no settlement can pay beside the
 * dispute's decision. Either it closed now (offers and acceptances are refused from here on; an open offer was
 * withdrawn, {@code withdrawnOfferId}), or it had already ended in a settlement ({@code settlementId}): then the
 * settlement pays and the dispute closes as settled.
 */
public record NegotiationClosed(UUID caseId, UUID conversationId, UUID disputeId, UUID withdrawnOfferId,
        UUID settlementId, Instant closedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "negotiation-closed:" + disputeId;
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party answered the agent's question, with evidence uploaded through order-service. */
public record StatementSubmitted(UUID caseId, UUID disputeId, UUID requestId, String party, String authorId,
        String body, List<String> evidenceIds, boolean late, Instant submittedAt) implements CaseEvent {

    public StatementSubmitted {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    @Override
    public String businessKey() {
        return "statement:" + requestId + ":" + authorId + ":" + submittedAt;
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.UUID;

/** The agent asked a party a question; the party answers with a statement before {@code dueAt}. */
public record InformationRequested(UUID caseId, UUID disputeId, UUID requestId, String party, String askedBy,
        String question, Instant dueAt, Instant askedAt) implements CaseEvent {

    @Override
    public String businessKey() {
        return "information:" + requestId;
    }
}

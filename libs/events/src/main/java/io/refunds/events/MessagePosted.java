package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A buyer, seller or agent wrote in the case's conversation; the body is plain text, never markup. */
public record MessagePosted(UUID caseId, UUID conversationId, UUID messageId, String authorId, String authorRole,
        String body, List<String> evidenceIds, Instant postedAt) implements CaseEvent {

    public MessagePosted {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    @Override
    public String businessKey() {
        return "message:" + messageId;
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party appealed a decision; a supervisor who did not make it will decide again. */
public record AppealFiled(UUID caseId, UUID disputeId, UUID appealedDecisionId, String appellantId, String party,
        String reason, List<String> evidenceIds, Instant filedAt) implements CaseEvent {

    public AppealFiled {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    @Override
    public String businessKey() {
        return "appeal:" + disputeId + ":" + party;
    }
}

package io.refunds.dispute.dispute;

import java.util.List;

/** A party's answer to the question waiting for it, with evidence uploaded through order-service. */
public record StatementCommand(Party party, String authorId, String body, List<String> evidenceIds) {

    public StatementCommand {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}

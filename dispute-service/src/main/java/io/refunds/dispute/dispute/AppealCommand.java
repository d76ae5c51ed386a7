package io.refunds.dispute.dispute;

import java.util.List;

/** A party's appeal: who files it, why, and the evidence (uploaded through order-service) it names. */
public record AppealCommand(Party party, String appellantId, String reason, List<String> evidenceIds) {

    public AppealCommand {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}

package io.refunds.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party added evidence to an open case; it joins the dispute's case file. */
public record EvidenceAdded(UUID caseId, String addedBy, List<EvidenceRef> evidence, Instant addedAt)
        implements CaseEvent {

    public EvidenceAdded {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String businessKey() {
        return "evidence:" + caseId + ":" + evidence.stream().map(EvidenceRef::evidenceId).sorted().toList();
    }
}

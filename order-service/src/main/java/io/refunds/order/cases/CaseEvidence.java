package io.refunds.order.cases;

import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidencePurpose;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Attaches a party's own, not yet attached uploads to a case; anything else is refused naming the id. */
@ApplicationScoped
public class CaseEvidence {

    private final EvidenceRepository evidence;

    public CaseEvidence(EvidenceRepository evidence) {
        this.evidence = evidence;
    }

    /** Checks the ids and attaches them to {@code caseId}, inside the caller's transaction. */
    public Uni<List<Evidence>> attach(List<UUID> ids, String uploadedBy, UUID caseId) {
        requireDistinct(ids);
        return evidence.byIds(ids).map(found -> {
            Map<UUID, Evidence> byId = found.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            for (int i = 0; i < ids.size(); i++) {
                Evidence upload = byId.get(ids.get(i));
                if (upload == null || !upload.uploadedBy.equals(uploadedBy)
                        || upload.purpose != EvidencePurpose.CASE_EVIDENCE) {
                    throw ApiException.invalid("evidenceIds[" + i + "]", "must be a photo or video you uploaded");
                }
                if (upload.caseId != null) {
                    throw ApiException.invalid("evidenceIds[" + i + "]", "is already attached to a case");
                }
                upload.caseId = caseId;
            }
            return ids.stream().map(byId::get).toList();
        });
    }

    /**
     * Evidence a party attached to a conversation message joins the case, so the other party and agents may
     * see it; ids that are not the author's unattached uploads are left alone (the message was already sent).
     */
    public Uni<Void> attachFromMessage(List<String> ids, String authorId, UUID caseId) {
        List<UUID> parsed = ids.stream().map(CaseEvidence::uuidOrNull).filter(java.util.Objects::nonNull).toList();
        return evidence.byIds(parsed).invoke(found -> found.stream()
                .filter(upload -> upload.uploadedBy.equals(authorId) && upload.caseId == null
                        && upload.purpose == EvidencePurpose.CASE_EVIDENCE)
                .forEach(upload -> upload.caseId = caseId)).replaceWithVoid();
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireDistinct(List<UUID> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ApiException.invalid("evidenceIds", "must not repeat an id");
        }
    }
}

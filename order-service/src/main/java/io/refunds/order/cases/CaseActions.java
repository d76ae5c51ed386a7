package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.EvidenceAdded;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.timeline.Timeline;
import io.refunds.order.timeline.TimelineLine;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** What the parties do on an existing case: add evidence, and (the buyer) withdraw it. */
@ApplicationScoped
public class CaseActions {

    private final CaseRepository cases;
    private final CaseEvidence caseEvidence;
    private final Timeline timeline;
    private final Outbox outbox;

    public CaseActions(CaseRepository cases, CaseEvidence caseEvidence, Timeline timeline, Outbox outbox) {
        this.cases = cases;
        this.caseEvidence = caseEvidence;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Void> addEvidence(UUID caseId, AddEvidenceRequest request, Caller caller) {
        return participantCase(caseId, caller).chain(refundCase -> {
            if (!refundCase.status.isOpen()) {
                return Uni.createFrom().failure(ApiException.conflict("the case is " + refundCase.status
                        + " and takes no more evidence"));
            }
            Instant now = Instant.now();
            refundCase.updatedAt = now;
            return caseEvidence.attach(request.evidenceIds(), caller.id(), caseId)
                    .chain(attached -> outbox.publish(new EvidenceAdded(caseId, caller.id(),
                            attached.stream().map(Evidence::ref).toList(), now))
                            .chain(eventId -> timeline.record(refundCase, eventId, "EvidenceAdded", caller.id(),
                                    TimelineLine.evidenceAdded(party(refundCase, caller), attached.size()), now)))
                    .replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<CaseStatus> withdraw(UUID caseId, Caller caller) {
        return participantCase(caseId, caller).chain(refundCase -> {
            if (!refundCase.buyerId.equals(caller.id())) {
                return Uni.createFrom().failure(ApiException.forbidden("only the buyer may withdraw the case"));
            }
            if (!refundCase.status.isWithdrawable()) {
                return Uni.createFrom().failure(ApiException.conflict("a " + refundCase.status
                        + " case can no longer be withdrawn"));
            }
            Instant now = Instant.now();
            refundCase.status = CaseStatus.CLOSED;
            refundCase.nextDeadlineKind = null;
            refundCase.nextDeadlineAt = null;
            refundCase.updatedAt = now;
            return outbox.publish(new CaseWithdrawn(caseId, refundCase.buyerId, refundCase.sellerId, now))
                    .chain(eventId -> timeline.record(refundCase, eventId, "CaseWithdrawn", caller.id(),
                            TimelineLine.caseWithdrawn(), now))
                    .map(entry -> refundCase.status);
        });
    }

    /** The party a participant is on the case, as events name parties. */
    private static String party(RefundCase refundCase, Caller caller) {
        return refundCase.buyerId.equals(caller.id()) ? "BUYER" : "SELLER";
    }

    private Uni<RefundCase> participantCase(UUID caseId, Caller caller) {
        return cases.lock(caseId).map(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), false)) {
                throw ApiException.notFound("case " + caseId);
            }
            return refundCase;
        });
    }
}

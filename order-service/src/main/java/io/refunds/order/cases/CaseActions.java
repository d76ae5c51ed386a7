package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.order.cases.CaseLifecycle.Announcement;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the parties do on an existing case: add evidence, and (the buyer) withdraw it. Each is one transaction — load
 * and lock the case, {@link CaseLifecycle}, publish — after which this replica drops the case from its cache, before
 * answering, so the caller reads their own write.
 */
@ApplicationScoped
public class CaseActions {

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final CasePublisher publisher;
    private final CachedCaseViews views;
    private final CaseQueries queries;

    public CaseActions(CaseRepository cases, EvidenceRepository evidence, CasePublisher publisher,
            CachedCaseViews views, CaseQueries queries) {
        this.cases = cases;
        this.evidence = evidence;
        this.publisher = publisher;
        this.views = views;
        this.queries = queries;
    }

    /** The case as the caller sees it with the evidence added. */
    public Uni<CaseView> addEvidence(UUID caseId, AddEvidenceRequest request, Caller caller) {
        return write(caseId, caller, refundCase -> evidence.byIds(request.evidenceIds())
                        .map(uploads -> CaseLifecycle.addEvidence(refundCase, caller.id(), request.evidenceIds(),
                                uploads, Instant.now())))
                .chain(() -> queries.find(caseId, caller));
    }

    public Uni<Withdrawal> withdraw(UUID caseId, Caller caller) {
        return write(caseId, caller, refundCase -> Uni.createFrom()
                        .item(() -> CaseLifecycle.withdraw(refundCase, caller.id(), Instant.now())))
                .map(refundCase -> new Withdrawal(caseId, refundCase.status()));
    }

    /** Load and lock → the lifecycle step → publish, in one transaction; then drop the case from this replica's cache. */
    private Uni<RefundCase> write(UUID caseId, Caller caller, Function<RefundCase, Uni<List<Announcement>>> step) {
        return Panache.withTransaction(() -> participantCase(caseId, caller)
                        .chain(refundCase -> step.apply(refundCase)
                                .chain(announcements -> publisher.publish(caseId, announcements))
                                .replaceWith(refundCase)))
                .invoke(() -> views.evict(caseId));
    }

    /** The case, locked, if the caller is its buyer or seller; otherwise "not found", as one that does not exist. */
    private Uni<RefundCase> participantCase(UUID caseId, Caller caller) {
        return cases.lock(caseId).map(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), false)) {
                throw ApiException.notFound("case " + caseId);
            }
            return refundCase;
        });
    }
}

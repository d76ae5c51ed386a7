package io.refunds.order.cases;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.refunds.order.evidence.EvidenceRepository;
import io.refunds.order.timeline.Timeline;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** "Where is my refund?": one case with everything on it, or the caller's cases. */
@ApplicationScoped
public class CaseQueries {

    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final Timeline timeline;

    public CaseQueries(CaseRepository cases, EvidenceRepository evidence, Timeline timeline) {
        this.cases = cases;
        this.evidence = evidence;
        this.timeline = timeline;
    }

    @WithSession
    public Uni<CaseView> find(UUID caseId, Caller caller) {
        return cases.findById(caseId).chain(refundCase -> {
            if (refundCase == null || !refundCase.visibleTo(caller.id(), caller.isStaff() || caller.is(Roles.PLATFORM))) {
                return Uni.createFrom().failure(ApiException.notFound("case " + caseId));
            }
            return evidence.ofCase(caseId).chain(attached -> evidence.qcPhotos(refundCase.orderId, refundCase.itemId)
                    .chain(qcPhotos -> timeline.of(caseId)
                            .map(entries -> CaseView.full(refundCase, attached, qcPhotos, entries))));
        });
    }

    /** Buyers and sellers see their own cases; agents and supervisors see all. */
    @WithSession
    public Uni<List<CaseView>> list(CaseStatus status, int page, int size, Caller caller) {
        String participant = caller.isStaff() ? null : caller.id();
        return cases.search(participant, status, Page.of(page, size))
                .map(found -> found.stream().map(CaseView::summary).toList());
    }
}

package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Where the money went, as the caller may see it: staff every refund, a buyer only their own (404 otherwise). */
@ApplicationScoped
public class RefundQueries {

    private final RefundRepository refunds;
    private final RefundAttemptRepository attempts;

    public RefundQueries(RefundRepository refunds, RefundAttemptRepository attempts) {
        this.refunds = refunds;
        this.attempts = attempts;
    }

    /** The case's refunds, or (without a case) the viewer's own, oldest or newest first as today. */
    @WithSession
    public Uni<List<RefundView>> list(UUID caseId, String viewer, boolean staff) {
        Uni<List<Refund>> found = caseId != null ? refunds.ofCase(caseId) : refunds.ofBuyer(viewer);
        return found.map(list -> list.stream().filter(refund -> refund.visibleTo(viewer, staff))
                .map(RefundView::of).toList());
    }

    /** One refund with every provider attempt. */
    @WithSession
    public Uni<RefundView> find(UUID refundId, String viewer, boolean staff) {
        return refunds.findById(refundId).chain(refund -> {
            if (refund == null || !refund.visibleTo(viewer, staff)) {
                throw ApiException.notFound("refund " + refundId);
            }
            return attempts.ofRefund(refundId).map(made -> RefundView.of(refund, made));
        });
    }
}

package io.refunds.messaging.upstream;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.problem.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads a case's upstream refund for the API (404 when the case has none: the direct path). */
@ApplicationScoped
public class UpstreamQueries {

    private final UpstreamRefundRepository refunds;

    public UpstreamQueries(UpstreamRefundRepository refunds) {
        this.refunds = refunds;
    }

    @WithSession
    public Uni<UpstreamRefundView> ofCase(UUID caseId) {
        return refunds.ofCase(caseId).map(refund -> {
            if (refund == null) {
                throw ApiException.notFound("upstream refund of case " + caseId);
            }
            return UpstreamRefundView.of(refund);
        });
    }
}

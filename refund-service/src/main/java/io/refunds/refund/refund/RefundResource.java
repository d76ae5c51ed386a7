package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/** {@code /api/refunds}: where the money went, for the buyer and for agents. */
@Path("/api/refunds")
@RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR})
public class RefundResource {

    private final RefundRepository refunds;
    private final Caller caller;

    public RefundResource(RefundRepository refunds, Caller caller) {
        this.refunds = refunds;
        this.caller = caller;
    }

    @GET
    @WithSession
    public Uni<List<RefundView>> list(@QueryParam("caseId") UUID caseId) {
        Uni<List<Refund>> found = caseId != null ? refunds.ofCase(caseId) : refunds.ofBuyer(caller.id());
        return found.map(list -> list.stream().filter(this::visible).map(RefundView::of).toList());
    }

    @GET
    @Path("/{refundId}")
    @WithSession
    public Uni<RefundView> find(@PathParam("refundId") UUID refundId) {
        return refunds.findById(refundId).map(refund -> {
            if (refund == null || !visible(refund)) {
                throw ApiException.notFound("refund " + refundId);
            }
            return RefundView.of(refund);
        });
    }

    private boolean visible(Refund refund) {
        return caller.isStaff() || refund.buyerId.equals(caller.id());
    }
}

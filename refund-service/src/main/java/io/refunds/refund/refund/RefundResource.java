package io.refunds.refund.refund;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/refunds}: where the money went, for the buyer and for agents; agents retry failed provider refunds,
 * and the buyer (or an agent for them) may take a failed one in the wallet instead.
 */
@Path("/api/refunds")
@RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR})
public class RefundResource {

    private final RefundQueries queries;
    private final FailedRefunds failedRefunds;
    private final Caller caller;

    public RefundResource(RefundQueries queries, FailedRefunds failedRefunds, Caller caller) {
        this.queries = queries;
        this.failedRefunds = failedRefunds;
        this.caller = caller;
    }

    @GET
    public Uni<List<RefundView>> list(@QueryParam("caseId") UUID caseId) {
        return queries.list(caseId, caller.id(), caller.isStaff());
    }

    @GET
    @Path("/{refundId}")
    public Uni<RefundView> find(@PathParam("refundId") UUID refundId) {
        return queries.find(refundId, caller.id(), caller.isStaff());
    }

    /** An agent sends a FAILED provider refund back to the provider (409 otherwise). */
    @POST
    @Path("/{refundId}/retry")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<RefundView> retry(@PathParam("refundId") UUID refundId) {
        return failedRefunds.retry(refundId).map(RefundView::of);
    }

    /** The buyer takes a FAILED refund in the platform wallet; their choice is recorded (409 otherwise). */
    @POST
    @Path("/{refundId}/wallet-fallback")
    public Uni<RefundView> fallBackToWallet(@PathParam("refundId") UUID refundId) {
        return failedRefunds.fallBackToWallet(refundId, caller.id(), caller.isStaff()).map(RefundView::of);
    }
}

package io.refunds.refund.refund;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.refunds.refund.payout.FailedRefunds;
import io.refunds.refund.payout.RefundAttemptRepository;
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

    private final RefundRepository refunds;
    private final RefundAttemptRepository attempts;
    private final FailedRefunds failedRefunds;
    private final Caller caller;

    public RefundResource(RefundRepository refunds, RefundAttemptRepository attempts, FailedRefunds failedRefunds,
            Caller caller) {
        this.refunds = refunds;
        this.attempts = attempts;
        this.failedRefunds = failedRefunds;
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
        return refunds.findById(refundId).chain(refund -> {
            if (refund == null || !visible(refund)) {
                throw ApiException.notFound("refund " + refundId);
            }
            return attempts.ofRefund(refundId).map(made -> RefundView.of(refund, made.stream()
                    .map(attempt -> new RefundView.AttemptView(attempt.round, attempt.attempt,
                            attempt.idempotencyKey, attempt.outcome,
                            attempt.detail, attempt.providerRefundId, attempt.attemptedAt))
                    .toList()));
        });
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
        return failedRefunds.fallBackToWallet(refundId, caller).map(RefundView::of);
    }

    private boolean visible(Refund refund) {
        return caller.isStaff() || refund.buyerId.equals(caller.id());
    }
}

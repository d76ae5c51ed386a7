package io.refunds.order.cases;

import io.refunds.order.parcels.ParcelRequests;
import io.refunds.order.parcels.ParcelService;
import io.refunds.order.parcels.ParcelView;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * {@code /api/parcels}: an international parcel — its buyer and staff read what each claim reason allows now and
 * would pay, and the claims made; its buyer claims it (LOST, SEIZED, DAMAGED_IN_TRANSIT) for all its items; the
 * platform posts the carrier's scans (and its word that the parcel is lost), which find a parcel claimed lost.
 */
@Path("/api/parcels")
public class ParcelClaimResource {

    private final ParcelService parcels;
    private final ParcelClaimService claims;
    private final Caller caller;

    public ParcelClaimResource(ParcelService parcels, ParcelClaimService claims, Caller caller) {
        this.parcels = parcels;
        this.claims = claims;
        this.caller = caller;
    }

    @GET
    @Path("/{parcelId}")
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ParcelView> find(@PathParam("parcelId") @Size(max = 128) String parcelId) {
        return parcels.find(parcelId, caller);
    }

    /** A carrier scan, from the platform's tracking feed; only a later scan than the last one counts. */
    @POST
    @Path("/{parcelId}/scans")
    @RolesAllowed(Roles.PLATFORM)
    public Uni<ParcelView> scan(@PathParam("parcelId") @Size(max = 128) String parcelId,
            @NotNull @Valid ParcelRequests.Scan request) {
        return claims.scan(parcelId, request, caller);
    }

    /** The parcel's buyer claims it, for all its items: one case per item, decided by the agents (201). */
    @POST
    @Path("/{parcelId}/claims")
    @RolesAllowed(Roles.BUYER)
    public Uni<Response> claim(@PathParam("parcelId") @Size(max = 128) String parcelId,
            @NotNull @Valid ParcelClaimRequest request, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return claims.claim(parcelId, request, caller.id(), idempotencyKey).map(IdempotentResponse::toResponse);
    }

    @GET
    @Path("/{parcelId}/claims/{claimId}")
    @RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR, Roles.PLATFORM})
    public Uni<ParcelClaimView> findClaim(@PathParam("parcelId") @Size(max = 128) String parcelId,
            @PathParam("claimId") UUID claimId) {
        return claims.find(parcelId, claimId, caller);
    }
}

package io.refunds.order.parcels;

import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code /api/parcels}: an international parcel before a claim — its buyer and staff read what each claim reason
 * allows now and would pay; the platform posts the carrier's scans (and its word that the parcel is lost).
 */
@Path("/api/parcels")
public class ParcelResource {

    private final ParcelService parcels;
    private final Caller caller;

    public ParcelResource(ParcelService parcels, Caller caller) {
        this.parcels = parcels;
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
        return parcels.scan(parcelId, request, caller);
    }
}

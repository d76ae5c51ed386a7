package io.refunds.dispute.followup;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.dispute.dispute.Parties;
import io.refunds.dispute.dispute.Party;
import io.refunds.events.FollowUpPosted;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/disputes/{id}/follow-ups}: the buyer or seller asks after the dispute. */
@Path("/api/disputes/{disputeId}/follow-ups")
public class FollowUpResource {

    private final DisputeRepository disputes;
    private final Parties parties;
    private final Outbox outbox;
    private final Caller caller;

    public FollowUpResource(DisputeRepository disputes, Parties parties, Outbox outbox, Caller caller) {
        this.disputes = disputes;
        this.parties = parties;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** What the party writes. */
    public record FollowUpRequest(@NotBlank @Size(max = 4000) String body) {
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> followUp(@PathParam("disputeId") UUID disputeId, @NotNull @Valid FollowUpRequest request) {
        return parties.lockAsParty(disputeId, caller).chain(locked -> {
            DisputeLifecycle.followUp(locked.dispute());
            FollowUp followUp = new FollowUp();
            followUp.id = UUID.randomUUID();
            followUp.disputeId = disputeId;
            followUp.authorId = caller.id();
            followUp.authorRole = locked.party().name();
            followUp.body = request.body();
            followUp.postedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Party party = locked.party();
            return Panache.getSession().chain(session -> session.persist(followUp))
                    .chain(() -> outbox.publish(new FollowUpPosted(locked.dispute().caseId, disputeId, caller.id(),
                            party.name(), followUp.body, locked.dispute().priority, followUp.postedAt)))
                    .map(eventId -> Response.status(201).entity(Map.of("followUpId", followUp.id,
                            "priority", locked.dispute().priority)).build());
        });
    }
}

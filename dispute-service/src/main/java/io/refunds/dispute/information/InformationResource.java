package io.refunds.dispute.information;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.dispute.dispute.Parties;
import io.refunds.dispute.dispute.Party;
import io.refunds.events.InformationRequested;
import io.refunds.events.StatementSubmitted;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agent asks a party for information; the party answers with a statement within the configured time. */
@Path("/api/disputes/{disputeId}")
public class InformationResource {

    private final DisputeRepository disputes;
    private final Parties parties;
    private final DisputeConfig config;
    private final Outbox outbox;
    private final Caller caller;

    public InformationResource(DisputeRepository disputes, Parties parties, DisputeConfig config, Outbox outbox,
            Caller caller) {
        this.disputes = disputes;
        this.parties = parties;
        this.config = config;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Whom the agent asks, and what. */
    public record QuestionRequest(@NotNull Party from, @NotBlank @Size(max = 4000) String question) {
    }

    /** The party's answer, with evidence uploaded through order-service. */
    public record StatementRequest(@NotBlank @Size(max = 4000) String body,
            @Size(max = 20) List<@NotNull UUID> evidenceIds) {
    }

    @POST
    @Path("/information-requests")
    @WithTransaction
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Response> ask(@PathParam("disputeId") UUID disputeId, @NotNull @Valid QuestionRequest request) {
        return disputes.lock(disputeId).chain(dispute -> {
            if (dispute == null) {
                return Uni.createFrom().failure(ApiException.notFound("dispute " + disputeId));
            }
            DisputeLifecycle.requestInformation(dispute, caller.id(), caller.is(Roles.SUPERVISOR));
            return pending(disputeId, request.from()).chain(open -> {
                if (open != null) {
                    return Uni.createFrom().failure(ApiException.conflict("the " + request.from().name().toLowerCase()
                            + " has not answered the previous question yet"));
                }
                InformationRequest asked = new InformationRequest();
                asked.id = UUID.randomUUID();
                asked.disputeId = disputeId;
                asked.party = request.from();
                asked.question = request.question();
                asked.askedBy = caller.id();
                asked.askedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                asked.dueAt = asked.askedAt.plus(config.statementTime());
                return Panache.getSession().chain(session -> session.persist(asked))
                        .chain(() -> outbox.publish(new InformationRequested(dispute.caseId, disputeId, asked.id,
                                asked.party.name(), asked.askedBy, asked.question, asked.dueAt, asked.askedAt)))
                        .map(eventId -> Response.status(201).entity(Map.of("requestId", asked.id, "dueAt",
                                asked.dueAt)).build());
            });
        });
    }

    @POST
    @Path("/statements")
    @WithTransaction
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> answer(@PathParam("disputeId") UUID disputeId, @NotNull @Valid StatementRequest request) {
        return parties.lockAsParty(disputeId, caller).chain(locked -> pending(disputeId, locked.party())
                .chain(asked -> {
                    if (asked == null) {
                        return Uni.createFrom().failure(ApiException.conflict("no question is waiting for the "
                                + locked.party().name().toLowerCase()));
                    }
                    List<String> evidence = request.evidenceIds() == null ? List.of()
                            : request.evidenceIds().stream().map(UUID::toString).toList();
                    asked.statement = request.body();
                    asked.evidenceIds = String.join(",", evidence);
                    asked.answeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    boolean late = asked.answeredAt.isAfter(asked.dueAt);
                    return outbox.publish(new StatementSubmitted(locked.dispute().caseId, disputeId, asked.id,
                                    locked.party().name(), caller.id(), asked.statement, evidence, late,
                                    asked.answeredAt))
                            .map(eventId -> Response.status(201).entity(Map.of("requestId", asked.id, "late", late))
                                    .build());
                }));
    }

    private static Uni<InformationRequest> pending(UUID disputeId, Party party) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from InformationRequest where disputeId = :id and party = :party "
                        + "and answeredAt is null", InformationRequest.class)
                .setParameter("id", disputeId).setParameter("party", party)
                .getSingleResultOrNull());
    }
}

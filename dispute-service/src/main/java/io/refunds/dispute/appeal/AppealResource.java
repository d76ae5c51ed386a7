package io.refunds.dispute.appeal;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.decision.DecisionRepository;
import io.refunds.dispute.decision.DecisionRequest;
import io.refunds.dispute.decision.DecisionService;
import io.refunds.dispute.dispute.DecisionDeadline;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.Parties;
import io.refunds.dispute.dispute.Party;
import io.refunds.events.AppealFiled;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /api/disputes/{id}/appeal}: a party appeals once; a different supervisor decides it. */
@Path("/api/disputes/{disputeId}/appeal")
public class AppealResource {

    private final Parties parties;
    private final DecisionRepository decisions;
    private final DecisionService decisionService;
    private final DecisionDeadline decisionDeadline;
    private final DisputeConfig config;
    private final Outbox outbox;
    private final Caller caller;

    public AppealResource(Parties parties, DecisionRepository decisions, DecisionService decisionService,
            DecisionDeadline decisionDeadline, DisputeConfig config, Outbox outbox, Caller caller) {
        this.parties = parties;
        this.decisions = decisions;
        this.decisionService = decisionService;
        this.decisionDeadline = decisionDeadline;
        this.config = config;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** Why the party appeals, with evidence uploaded through order-service. */
    public record AppealRequest(@NotBlank @Size(max = 4000) String reason,
            @Size(max = 20) List<@NotNull UUID> evidenceIds) {
    }

    @POST
    @WithTransaction
    @RolesAllowed({Roles.BUYER, Roles.SELLER})
    public Uni<Response> appeal(@PathParam("disputeId") UUID disputeId, @NotNull @Valid AppealRequest request) {
        return parties.lockAsParty(disputeId, caller).chain(locked -> appealsSoFar(disputeId)
                .chain(appealed -> decisions.latest(disputeId).chain(decision -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    DisputeLifecycle.appeal(locked.dispute(), locked.party(), appealed, now, config.appealWindow(),
                            config.decisionTime());
                    Appeal appeal = new Appeal();
                    appeal.id = UUID.randomUUID();
                    appeal.disputeId = disputeId;
                    appeal.party = locked.party();
                    appeal.appellantId = caller.id();
                    appeal.appealedDecisionId = decision.id;
                    appeal.reason = request.reason();
                    List<String> evidence = request.evidenceIds() == null ? List.of()
                            : request.evidenceIds().stream().map(UUID::toString).toList();
                    appeal.evidenceIds = String.join(",", evidence);
                    appeal.filedAt = now;
                    return Panache.getSession().chain(session -> session.persist(appeal))
                            .chain(() -> decisionDeadline.schedule(locked.dispute()))
                            .chain(() -> outbox.publish(new AppealFiled(locked.dispute().caseId, disputeId,
                                    decision.id, caller.id(), locked.party().name(), appeal.reason, evidence, now)))
                            .map(eventId -> Response.status(201).entity(Map.of("appealId", appeal.id,
                                    "status", locked.dispute().status)).build());
                })));
    }

    @POST
    @Path("/decision")
    @RolesAllowed(Roles.SUPERVISOR)
    public Uni<Response> decide(@PathParam("disputeId") UUID disputeId, @NotNull @Valid DecisionRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return decisionService.decideAppeal(disputeId, request, caller.id(), idempotencyKey)
                .map(IdempotentResponse::toResponse);
    }

    private Uni<Set<Party>> appealsSoFar(UUID disputeId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from Appeal where disputeId = :id", Appeal.class)
                .setParameter("id", disputeId).getResultList())
                .map(found -> found.stream().map(appeal -> appeal.party).collect(Collectors.toSet()));
    }
}

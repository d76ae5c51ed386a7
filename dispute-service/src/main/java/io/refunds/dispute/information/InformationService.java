package io.refunds.dispute.information;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.dispute.DisputeChange;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.DisputeRepository;
import io.refunds.dispute.dispute.Parties;
import io.refunds.events.InformationRequested;
import io.refunds.events.StatementSubmitted;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The agent questions a party and the party answers: lock the dispute → {@link DisputeLifecycle} → persist the
 * question or its answer → InformationRequested or StatementSubmitted in the outbox.
 */
@ApplicationScoped
public class InformationService {

    private final DisputeRepository disputes;
    private final Parties parties;
    private final InformationRequests requests;
    private final DisputeChanges changes;
    private final DisputeConfig config;

    public InformationService(DisputeRepository disputes, Parties parties, InformationRequests requests,
            DisputeChanges changes, DisputeConfig config) {
        this.disputes = disputes;
        this.parties = parties;
        this.requests = requests;
        this.changes = changes;
        this.config = config;
    }

    /** The assigned agent (or a supervisor) asks one party; one pending question per party. */
    @WithTransaction
    public Uni<QuestionAskedResponse> ask(UUID disputeId, QuestionRequest request, Caller caller) {
        Instant now = now();
        return disputes.lockExisting(disputeId).chain(dispute -> requests.pending(disputeId, request.from())
                .map(previous -> DisputeLifecycle.requestInformation(dispute,
                        request.by(caller.id(), caller.is(Roles.SUPERVISOR)), previous != null, now, config)))
                .chain(this::recordQuestion);
    }

    /** The party answers the question waiting for it. */
    @WithTransaction
    public Uni<StatementSubmittedResponse> answer(UUID disputeId, StatementRequest request, Caller caller) {
        Instant now = now();
        return parties.lockAsParty(disputeId, caller).chain(locked -> requests.pending(disputeId, locked.party())
                .chain(pending -> {
                    DisputeChange change = DisputeLifecycle.submitStatement(locked.dispute(),
                            request.by(locked.party(), caller.id()), pending == null ? null : pending.pending(), now);
                    StatementSubmitted statement = change.event(StatementSubmitted.class);
                    pending.answer(statement);
                    return changes.save(change)
                            .map(saved -> new StatementSubmittedResponse(statement.requestId(), statement.late()));
                }));
    }

    private Uni<QuestionAskedResponse> recordQuestion(DisputeChange change) {
        InformationRequested asked = change.event(InformationRequested.class);
        return requests.persist(InformationRequest.of(asked))
                .chain(() -> changes.save(change))
                .map(saved -> new QuestionAskedResponse(asked.requestId(), asked.dueAt()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}

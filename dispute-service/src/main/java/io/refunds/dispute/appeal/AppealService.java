package io.refunds.dispute.appeal;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.decision.DecisionRepository;
import io.refunds.dispute.dispute.DisputeChange;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeConfig;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.Parties;
import io.refunds.events.AppealFiled;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A party appeals the decision: lock the dispute as its party → {@link DisputeLifecycle#appeal} → persist the appeal
 * (and the appeal's decision deadline) → AppealFiled in the outbox.
 */
@ApplicationScoped
public class AppealService {

    private final Parties parties;
    private final AppealRepository appeals;
    private final DecisionRepository decisions;
    private final DisputeChanges changes;
    private final DisputeConfig config;

    public AppealService(Parties parties, AppealRepository appeals, DecisionRepository decisions,
            DisputeChanges changes, DisputeConfig config) {
        this.parties = parties;
        this.appeals = appeals;
        this.decisions = decisions;
        this.changes = changes;
        this.config = config;
    }

    @WithTransaction
    public Uni<AppealFiledResponse> file(UUID disputeId, AppealRequest request, Caller caller) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return parties.lockAsParty(disputeId, caller).chain(locked -> appeals.partiesOf(disputeId)
                .chain(appealed -> decisions.latest(disputeId).map(decision -> DisputeLifecycle.appeal(
                        locked.dispute(), request.by(locked.party(), caller.id()), appealed,
                        decision == null ? null : decision.id, now, config))))
                .chain(this::record);
    }

    private Uni<AppealFiledResponse> record(DisputeChange change) {
        Appeal appeal = Appeal.of(change.event(AppealFiled.class));
        return appeals.persist(appeal)
                .chain(() -> changes.save(change))
                .map(saved -> new AppealFiledResponse(appeal.id, saved.dispute().status));
    }
}

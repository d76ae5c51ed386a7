package io.refunds.dispute.followup;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.dispute.dispute.DisputeChange;
import io.refunds.dispute.dispute.DisputeChanges;
import io.refunds.dispute.dispute.DisputeLifecycle;
import io.refunds.dispute.dispute.Parties;
import io.refunds.events.FollowUpPosted;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A party follows up: lock the dispute as its party → {@link DisputeLifecycle#followUp} (an overdue dispute gains
 * priority) → persist the follow-up → FollowUpPosted in the outbox.
 */
@ApplicationScoped
public class FollowUpService {

    private final Parties parties;
    private final FollowUpRepository followUps;
    private final DisputeChanges changes;

    public FollowUpService(Parties parties, FollowUpRepository followUps, DisputeChanges changes) {
        this.parties = parties;
        this.followUps = followUps;
        this.changes = changes;
    }

    @WithTransaction
    public Uni<FollowUpPostedResponse> post(UUID disputeId, FollowUpRequest request, Caller caller) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return parties.lockAsParty(disputeId, caller)
                .map(locked -> DisputeLifecycle.followUp(locked.dispute(), locked.party(), caller.id(),
                        request.body(), now))
                .chain(this::record);
    }

    private Uni<FollowUpPostedResponse> record(DisputeChange change) {
        FollowUp followUp = FollowUp.of(change.event(FollowUpPosted.class));
        return followUps.persist(followUp)
                .chain(() -> changes.save(change))
                .map(saved -> new FollowUpPostedResponse(followUp.id, saved.dispute().priority));
    }
}

package io.refunds.dispute.dispute;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Locks a dispute for an action by one of its parties; anyone else gets 404. */
@ApplicationScoped
public class Parties {

    private final DisputeRepository disputes;

    public Parties(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    /** The locked dispute and which party the caller is. */
    public record PartyDispute(Dispute dispute, Party party) {
    }

    public Uni<PartyDispute> lockAsParty(UUID disputeId, Caller caller) {
        return disputes.lock(disputeId).map(dispute -> {
            if (dispute != null && caller.is(Roles.BUYER) && dispute.parties.buyerId().equals(caller.id())) {
                return new PartyDispute(dispute, Party.BUYER);
            }
            if (dispute != null && caller.is(Roles.SELLER) && dispute.parties.sellerId().equals(caller.id())) {
                return new PartyDispute(dispute, Party.SELLER);
            }
            throw ApiException.notFound("dispute " + disputeId);
        });
    }
}

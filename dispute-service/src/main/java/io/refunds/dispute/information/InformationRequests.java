package io.refunds.dispute.information;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.refunds.dispute.dispute.Party;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The agents' questions and the parties' statements. */
@ApplicationScoped
public class InformationRequests implements PanacheRepositoryBase<InformationRequest, UUID> {

    /** The question waiting for {@code party}'s answer, or null (at most one is pending per party). */
    public Uni<InformationRequest> pending(UUID disputeId, Party party) {
        return find("disputeId = ?1 and party = ?2 and answeredAt is null", disputeId, party).firstResult();
    }
}

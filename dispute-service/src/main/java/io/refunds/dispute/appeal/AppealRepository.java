package io.refunds.dispute.appeal;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.refunds.dispute.dispute.Party;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Appeals. */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, UUID> {

    /** The parties who have appealed the dispute so far. */
    public Uni<Set<Party>> partiesOf(UUID disputeId) {
        return list("disputeId", disputeId)
                .map(found -> found.stream().map(appeal -> appeal.party).collect(Collectors.toSet()));
    }
}

package io.refunds.messaging.negotiation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Offers, oldest first. */
@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public Uni<List<Offer>> of(UUID conversationId) {
        return list("conversationId", Sort.ascending("madeAt", "id"), conversationId);
    }

    public Uni<Offer> open(UUID conversationId) {
        return find("conversationId = ?1 and status = ?2", conversationId, OfferStatus.OPEN).firstResult();
    }

    public Uni<Offer> latest(UUID conversationId) {
        return find("conversationId", Sort.descending("madeAt", "id"), conversationId).firstResult();
    }
}

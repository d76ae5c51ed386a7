package io.refunds.messaging.inbound;

import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** When the seller's deadline passes unanswered: the conversation is marked and SellerUnresponsive emitted. */
@ApplicationScoped
public class SellerResponseDeadline implements DeadlineHandler {

    private final NegotiationTriggers triggers;

    public SellerResponseDeadline(NegotiationTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public String kind() {
        return SellerDeadlines.RESPONSE;
    }

    @Override
    public Uni<Void> fire(String conversationId) {
        return triggers.sellerDeadlinePassed(UUID.fromString(conversationId));
    }
}

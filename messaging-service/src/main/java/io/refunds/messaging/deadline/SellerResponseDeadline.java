package io.refunds.messaging.deadline;

import io.refunds.events.SellerUnresponsive;
import io.refunds.messaging.conversation.ConversationStatus;
import io.refunds.platform.deadline.DeadlineHandler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** When the seller's deadline passes unanswered: the conversation is marked and SellerUnresponsive emitted. */
@ApplicationScoped
public class SellerResponseDeadline implements DeadlineHandler {

    public static final String KIND = "seller-response";

    private final AwaitingSeller awaitingSeller;

    public SellerResponseDeadline(AwaitingSeller awaitingSeller) {
        this.awaitingSeller = awaitingSeller;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> fire(String conversationId) {
        return awaitingSeller.ifStillAwaiting(conversationId, conversation -> {
            conversation.status = ConversationStatus.SELLER_UNRESPONSIVE;
            return new SellerUnresponsive(conversation.caseId, conversation.id, conversation.orderId,
                    conversation.itemId, conversation.buyerId, conversation.sellerId, conversation.reason,
                    conversation.paid(), conversation.sellerDeadline, Instant.now());
        });
    }
}

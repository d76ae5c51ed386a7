package io.refunds.messaging.conversation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.SellerDeclined;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.messaging.offer.AnswerRequest;
import io.refunds.messaging.offer.OfferRepository;
import io.refunds.messaging.offer.OfferStatus;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The seller declines any remedy; the buyer escalates after a decline or a rejected offer (while the seller
 * still has time and has not refused, there is nothing to escalate; past the deadline the platform already did).
 */
@ApplicationScoped
public class NegotiationActions {

    private final ConversationAccess access;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;

    public NegotiationActions(ConversationAccess access, OfferRepository offers, SellerDeadlines deadlines,
            Outbox outbox) {
        this.access = access;
        this.offers = offers;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ConversationStatus> decline(UUID conversationId, AnswerRequest request, Caller caller) {
        return access.lockForSeller(conversationId, caller).chain(conversation -> {
            conversation.requireNoDispute();
            if (conversation.status != ConversationStatus.AWAITING_SELLER
                    && conversation.status != ConversationStatus.SELLER_RESPONDED) {
                return Uni.createFrom().failure(ApiException.conflict("the conversation is " + conversation.status));
            }
            conversation.status = ConversationStatus.SELLER_DECLINED;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return offers.open(conversation.id)
                    .invoke(open -> {
                        if (open != null) {
                            open.status = OfferStatus.WITHDRAWN;
                            open.answeredAt = now;
                        }
                    })
                    .chain(() -> deadlines.cancel(conversation))
                    .chain(() -> outbox.publish(new SellerDeclined(conversation.caseId, conversation.id,
                            conversation.sellerId, AnswerRequest.reasonOf(request), now)))
                    .map(eventId -> conversation.status);
        });
    }

    @WithTransaction
    public Uni<ConversationStatus> escalate(UUID conversationId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> mayEscalate(conversation)
                .chain(() -> {
                    conversation.status = ConversationStatus.ESCALATED;
                    return outbox.publish(new BuyerEscalated(conversation.caseId, conversation.id,
                            conversation.orderId, conversation.itemId, conversation.buyerId, conversation.sellerId,
                            conversation.reason, conversation.paid(), AnswerRequest.reasonOf(request),
                            Instant.now().truncatedTo(ChronoUnit.MICROS)));
                })
                .map(eventId -> conversation.status));
    }

    private Uni<Void> mayEscalate(Conversation conversation) {
        conversation.requireNoDispute();
        return switch (conversation.status) {
            case SELLER_DECLINED -> Uni.createFrom().voidItem();
            case SELLER_RESPONDED -> offers.latest(conversation.id).map(latest -> {
                if (latest == null || latest.status != OfferStatus.REJECTED) {
                    throw ApiException.conflict("the seller is answering: escalate after a decline or a rejected offer");
                }
                return null;
            });
            case AWAITING_SELLER -> Uni.createFrom().failure(ApiException.conflict(
                    "the seller still has until " + Moments.format(conversation.sellerDeadline)
                            + " to answer"));
            case SELLER_UNRESPONSIVE -> Uni.createFrom().failure(ApiException.conflict(
                    "the seller missed the deadline: a dispute was opened automatically"));
            default -> Uni.createFrom().failure(ApiException.conflict("the conversation is " + conversation.status));
        };
    }
}

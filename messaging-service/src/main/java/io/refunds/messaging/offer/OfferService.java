package io.refunds.messaging.offer;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.events.Money;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.payment.StoredPaymentTerms;
import io.refunds.messaging.conversation.Conversation;
import io.refunds.messaging.conversation.ConversationAccess;
import io.refunds.messaging.deadline.SellerDeadlines;
import io.refunds.platform.api.RemedyAmounts;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.outbox.Outbox;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The seller offers a remedy (one open offer at a time, never more than was paid); the buyer accepts it —
 * the case settles and a monetary settlement is paid — or rejects it and may escalate.
 */
@ApplicationScoped
public class OfferService {

    private final ConversationAccess access;
    private final OfferRepository offers;
    private final SellerDeadlines deadlines;
    private final Outbox outbox;
    private final IdempotencyKeys idempotencyKeys;

    public OfferService(ConversationAccess access, OfferRepository offers, SellerDeadlines deadlines, Outbox outbox,
            IdempotencyKeys idempotencyKeys) {
        this.access = access;
        this.offers = offers;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.idempotencyKeys = idempotencyKeys;
    }

    @WithTransaction
    public Uni<IdempotentResponse> make(UUID conversationId, OfferRequest request, Caller caller, String key) {
        return idempotencyKeys.once("offer:" + conversationId, key, request,
                () -> access.lockForSeller(conversationId, caller).chain(conversation -> make(conversation, request)));
    }

    private Uni<IdempotentResponse> make(Conversation conversation, OfferRequest request) {
        requireNegotiable(conversation);
        Money amount = RemedyAmounts.owed(request.offerType(), request.amount(), conversation.paid(), "amount");
        return offers.open(conversation.id).chain(open -> {
            if (open != null) {
                return Uni.createFrom().failure(ApiException.conflict(
                        "offer " + open.id + " is still open; the buyer must answer it first"));
            }
            Offer offer = new Offer();
            offer.id = UUID.randomUUID();
            offer.conversationId = conversation.id;
            offer.offerType = request.offerType();
            offer.amountMinor = amount == null ? null : amount.minorUnits();
            offer.note = request.note();
            offer.status = OfferStatus.OPEN;
            offer.madeAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Uni<Void> answered = conversation.sellerAnswers() ? deadlines.cancel(conversation) : Uni.createFrom().voidItem();
            return offers.persist(offer).chain(() -> answered)
                    .chain(() -> outbox.publish(new OfferMade(conversation.caseId, conversation.id, offer.id,
                            conversation.sellerId, offer.offerType, amount, conversation.paid(), offer.note,
                            offer.madeAt)))
                    .map(eventId -> idempotencyKeys.created(
                            "/api/conversations/" + conversation.id + "/offers/" + offer.id,
                            OfferView.of(offer, conversation.paidCurrency)));
        });
    }

    @WithTransaction
    public Uni<OfferView> accept(UUID conversationId, UUID offerId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> openOffer(conversation, offerId)
                .chain(offer -> {
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    offer.status = OfferStatus.ACCEPTED;
                    offer.answeredAt = now;
                    offer.answerReason = AnswerRequest.reasonOf(request);
                    conversation.settle(UUID.randomUUID());
                    return deadlines.cancel(conversation)
                            .chain(() -> outbox.publish(new SettlementAgreed(conversation.settlementId, conversation.caseId,
                                    conversation.id, conversation.orderId, conversation.itemId, conversation.buyerId,
                                    conversation.sellerId, offer.offerType, offer.amount(conversation.paidCurrency),
                                    conversation.paid(), now, StoredPaymentTerms.terms(conversation.paymentTerms))))
                            .map(eventId -> OfferView.of(offer, conversation.paidCurrency));
                }));
    }

    @WithTransaction
    public Uni<OfferView> reject(UUID conversationId, UUID offerId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> openOffer(conversation, offerId)
                .chain(offer -> {
                    offer.status = OfferStatus.REJECTED;
                    offer.answeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    offer.answerReason = AnswerRequest.reasonOf(request);
                    return outbox.publish(new OfferRejected(conversation.caseId, conversation.id, offer.id,
                                    conversation.buyerId, offer.answerReason, offer.answeredAt))
                            .map(eventId -> OfferView.of(offer, conversation.paidCurrency));
                }));
    }

    private Uni<Offer> openOffer(Conversation conversation, UUID offerId) {
        requireNegotiable(conversation);
        return offers.findById(offerId).map(offer -> {
            if (offer == null || !offer.conversationId.equals(conversation.id)) {
                throw ApiException.notFound("offer " + offerId);
            }
            if (offer.status != OfferStatus.OPEN) {
                throw ApiException.conflict("offer " + offerId + " is " + offer.status + ", not open");
            }
            return offer;
        });
    }

    private static void requireNegotiable(Conversation conversation) {
        conversation.requireNoDispute();
        if (!conversation.status.isNegotiable()) {
            throw ApiException.conflict("the conversation is " + conversation.status + ": no more offers or answers");
        }
    }

}

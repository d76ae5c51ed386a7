package io.refunds.messaging.offer;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.messaging.negotiation.Conversation;
import io.refunds.messaging.negotiation.ConversationAccess;
import io.refunds.messaging.negotiation.ConversationLifecycle;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.messaging.negotiation.OfferRepository;
import io.refunds.platform.api.BreakdownJson;
import io.refunds.platform.idempotency.IdempotencyKeys;
import io.refunds.platform.idempotency.IdempotentResponse;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The seller offers a remedy, the buyer accepts it (the case settles: SettlementAgreed) or rejects it: each lock the
 * conversation for its party, apply {@link ConversationLifecycle}, and record the outcome.
 */
@ApplicationScoped
public class OfferService {

    private final ConversationAccess access;
    private final OfferRepository offers;
    private final NegotiationRecorder recorder;
    private final IdempotencyKeys idempotencyKeys;

    public OfferService(ConversationAccess access, OfferRepository offers, NegotiationRecorder recorder,
            IdempotencyKeys idempotencyKeys) {
        this.access = access;
        this.offers = offers;
        this.recorder = recorder;
        this.idempotencyKeys = idempotencyKeys;
    }

    @WithTransaction
    public Uni<IdempotentResponse> make(UUID conversationId, OfferRequest request, Caller caller, String key) {
        return idempotencyKeys.once("offer:" + conversationId, key, request,
                () -> access.lockForSeller(conversationId, caller).chain(conversation -> make(conversation, request)));
    }

    private Uni<IdempotentResponse> make(Conversation conversation, OfferRequest request) {
        return offers.open(conversation.id)
                .map(open -> ConversationLifecycle.offer(conversation, open, request.offerType(), request.amount(),
                        BreakdownJson.named(request.lines()), request.note(), NegotiationRecorder.now()))
                .chain(recorder::record)
                .map(outcome -> idempotencyKeys.created(
                        "/api/conversations/" + conversation.id + "/offers/" + outcome.madeOffer().id,
                        OfferView.of(outcome.madeOffer(), conversation.paid().currency())));
    }

    @WithTransaction
    public Uni<OfferView> accept(UUID conversationId, UUID offerId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> offers.findById(offerId)
                .chain(offer -> recorder.record(ConversationLifecycle.accept(conversation, offerId, offer,
                                AnswerRequest.reasonOf(request), NegotiationRecorder.now()))
                        .map(outcome -> OfferView.of(offer, conversation.paid().currency()))));
    }

    @WithTransaction
    public Uni<OfferView> reject(UUID conversationId, UUID offerId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> offers.findById(offerId)
                .chain(offer -> recorder.record(ConversationLifecycle.reject(conversation, offerId, offer,
                                AnswerRequest.reasonOf(request), NegotiationRecorder.now()))
                        .map(outcome -> OfferView.of(offer, conversation.paid().currency()))));
    }
}

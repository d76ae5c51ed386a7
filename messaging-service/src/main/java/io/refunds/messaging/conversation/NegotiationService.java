package io.refunds.messaging.conversation;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.refunds.messaging.negotiation.ConversationAccess;
import io.refunds.messaging.negotiation.ConversationLifecycle;
import io.refunds.messaging.negotiation.NegotiationRecorder;
import io.refunds.messaging.negotiation.OfferRepository;
import io.refunds.messaging.offer.AnswerRequest;
import io.refunds.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The seller declines any remedy (SellerDeclined); the buyer escalates to the platform (BuyerEscalated). */
@ApplicationScoped
public class NegotiationService {

    private final ConversationAccess access;
    private final OfferRepository offers;
    private final NegotiationRecorder recorder;

    public NegotiationService(ConversationAccess access, OfferRepository offers, NegotiationRecorder recorder) {
        this.access = access;
        this.offers = offers;
        this.recorder = recorder;
    }

    @WithTransaction
    public Uni<NegotiationStatusView> decline(UUID conversationId, AnswerRequest request, Caller caller) {
        return access.lockForSeller(conversationId, caller).chain(conversation -> offers.open(conversation.id)
                .map(open -> ConversationLifecycle.decline(conversation, open, AnswerRequest.reasonOf(request),
                        NegotiationRecorder.now()))
                .chain(recorder::record)
                .map(outcome -> NegotiationStatusView.of(conversation)));
    }

    @WithTransaction
    public Uni<NegotiationStatusView> escalate(UUID conversationId, AnswerRequest request, Caller caller) {
        return access.lockForBuyer(conversationId, caller).chain(conversation -> offers.latest(conversation.id)
                .map(latest -> ConversationLifecycle.escalate(conversation, latest, AnswerRequest.reasonOf(request),
                        NegotiationRecorder.now()))
                .chain(recorder::record)
                .map(outcome -> NegotiationStatusView.of(conversation)));
    }
}

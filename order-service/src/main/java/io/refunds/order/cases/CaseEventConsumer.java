package io.refunds.order.cases;

import io.refunds.events.AppealFiled;
import io.refunds.events.BuyerEscalated;
import io.refunds.events.ConversationOpened;
import io.refunds.events.DecisionMade;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOverdue;
import io.refunds.events.FollowUpPosted;
import io.refunds.events.MessagePosted;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.RefundFailed;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SellerUnresponsive;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.consumer.EventDispatcher;
import io.refunds.platform.consumer.HandlerTable;
import io.refunds.platform.consumer.KafkaMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The service's one consumer: every event it reads arrives on channel {@value #CHANNEL} (its topics are exactly the
 * handler table's) and goes, by type, to the case it moves on ({@link CaseProgress}), once per event through the
 * inbox under the handler name {@value #HANDLER}. Afterwards this replica drops the case from its cache (the others
 * hear NOTIFY case_changed).
 */
@ApplicationScoped
public class CaseEventConsumer {

    static final String CHANNEL = "events";
    /** The inbox name of the case's handler (rows written before one channel carried this name too). */
    static final String HANDLER = "timeline";

    private final EventDispatcher dispatcher;
    private final CachedCaseViews views;
    private final HandlerTable table;

    public CaseEventConsumer(EventDispatcher dispatcher, CaseProgress progress, CachedCaseViews views) {
        this.dispatcher = dispatcher;
        this.views = views;
        this.table = table(progress);
    }

    static HandlerTable table(CaseProgress progress) {
        return HandlerTable.builder()
                .on(ConversationOpened.class, HANDLER, progress.applying(CaseChange::of))
                .on(MessagePosted.class, HANDLER, progress::messagePosted)
                .on(OfferMade.class, HANDLER, progress.applying(CaseChange::of))
                .on(OfferRejected.class, HANDLER, progress.applying(CaseChange::of))
                .on(SellerDeclined.class, HANDLER, progress.applying(CaseChange::of))
                .on(BuyerEscalated.class, HANDLER, progress.applying(CaseChange::of))
                .on(SellerUnresponsive.class, HANDLER, progress.applying(CaseChange::of))
                .on(SettlementAgreed.class, HANDLER, progress::settlementAgreed)
                .on(DisputeOpened.class, HANDLER, progress.applying(CaseChange::of))
                .on(DisputeOverdue.class, HANDLER, progress.applying(CaseChange::of))
                .on(FollowUpPosted.class, HANDLER, progress.applying(CaseChange::of))
                .on(AppealFiled.class, HANDLER, progress.applying(CaseChange::of))
                .on(DecisionMade.class, HANDLER, progress::decisionMade)
                .on(RefundIssued.class, HANDLER, progress.applying(CaseChange::of))
                .on(RefundFailed.class, HANDLER, progress.applying(CaseChange::of))
                .build();
    }

    /** The handlers by event type; the channel's configured topics are its {@code topics()}. */
    public HandlerTable table() {
        return table;
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        String caseId = KafkaMessages.recordOf(message).key();
        return dispatcher.dispatch(message, table).invoke(() -> views.evictKey(caseId));
    }
}

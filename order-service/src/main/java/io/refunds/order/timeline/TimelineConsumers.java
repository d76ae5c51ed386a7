package io.refunds.order.timeline;

import io.refunds.events.DecisionMade;
import io.refunds.events.DisputeOpened;
import io.refunds.events.RefundIssued;
import io.refunds.events.SellerUnresponsive;
import io.refunds.order.cases.CaseStatus;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the buyer's timeline and case status current from the other services' events. */
@ApplicationScoped
public class TimelineConsumers {

    private static final String HANDLER = "timeline";

    private final Inbox inbox;
    private final TimelineUpdater updater;

    public TimelineConsumers(Inbox inbox, TimelineUpdater updater) {
        this.inbox = inbox;
        this.updater = updater;
    }

    @Incoming(TimelineChannels.SELLER_UNRESPONSIVE)
    public Uni<Void> sellerUnresponsive(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, SellerUnresponsive.class, HANDLER, event -> updater.apply(event, CaseStatus.SELLER_UNRESPONSIVE,
                "The seller did not answer in time", event.payload().occurredAt()));
    }

    @Incoming(TimelineChannels.DISPUTE_OPENED)
    public Uni<Void> disputeOpened(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, DisputeOpened.class, HANDLER, event -> updater.apply(event, CaseStatus.IN_DISPUTE,
                "A support agent will decide by " + event.payload().decisionDueAt(), event.payload().openedAt()));
    }

    @Incoming(TimelineChannels.DECISION_MADE)
    public Uni<Void> decisionMade(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, DecisionMade.class, HANDLER, event -> updater.apply(event, CaseStatus.DECIDED,
                "Decision: " + Summaries.outcome(event.payload()), event.payload().decidedAt()));
    }

    @Incoming(TimelineChannels.REFUND_ISSUED)
    public Uni<Void> refundIssued(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, RefundIssued.class, HANDLER, event -> updater.apply(event, CaseStatus.REFUNDED,
                "Refunded " + Summaries.money(event.payload().amount()) + " to your " + event.payload().destination().toLowerCase(),
                event.payload().issuedAt()));
    }
}

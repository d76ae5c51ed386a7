package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Decisions and settlements that owe money become refunds. */
@ApplicationScoped
public class RefundConsumers {

    private static final String HANDLER = "pay-refund";

    private final Inbox inbox;
    private final RefundPayer payer;

    public RefundConsumers(Inbox inbox, RefundPayer payer) {
        this.inbox = inbox;
        this.payer = payer;
    }

    @Incoming("decision-made")
    public Uni<Void> decisionMade(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, DecisionMade.class, HANDLER,
                event -> payer.pay(RefundCause.of(event.payload())));
    }

    @Incoming("settlement-agreed")
    public Uni<Void> settlementAgreed(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, SettlementAgreed.class, HANDLER,
                event -> payer.pay(RefundCause.of(event.payload())));
    }
}

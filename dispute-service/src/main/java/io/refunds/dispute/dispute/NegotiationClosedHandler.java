package io.refunds.dispute.dispute;

import io.refunds.events.NegotiationClosed;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * messaging-service's answer to a dispute's opening: the negotiation is closed, so agents may decide; or it had
 * already ended in a settlement, so the dispute closes as settled and only the settlement pays.
 */
@ApplicationScoped
public class NegotiationClosedHandler {

    private final Inbox inbox;
    private final DisputeRepository disputes;

    public NegotiationClosedHandler(Inbox inbox, DisputeRepository disputes) {
        this.inbox = inbox;
        this.disputes = disputes;
    }

    @Incoming("negotiation-closed")
    public Uni<Void> negotiationClosed(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, NegotiationClosed.class, "dispute-negotiation", event -> disputes
                .lock(event.payload().disputeId())
                .invoke(dispute -> {
                    if (dispute != null) {
                        DisputeLifecycle.negotiationClosed(dispute, event.payload().settlementId());
                    }
                })
                .replaceWithVoid());
    }
}

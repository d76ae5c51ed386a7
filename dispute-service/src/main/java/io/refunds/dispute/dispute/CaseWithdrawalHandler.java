package io.refunds.dispute.dispute;

import io.refunds.events.CaseWithdrawn;
import io.refunds.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A withdrawn case takes its open dispute out of the agents' queue. */
@ApplicationScoped
public class CaseWithdrawalHandler {

    private final Inbox inbox;
    private final DisputeRepository disputes;

    public CaseWithdrawalHandler(Inbox inbox, DisputeRepository disputes) {
        this.inbox = inbox;
        this.disputes = disputes;
    }

    @Incoming("case-withdrawn")
    public Uni<Void> caseWithdrawn(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, CaseWithdrawn.class, "withdraw-dispute", event -> disputes
                .lockOpenOfCase(event.payload().caseId())
                .invoke(dispute -> {
                    if (dispute != null && dispute.status == DisputeStatus.OPEN) {
                        dispute.status = DisputeStatus.WITHDRAWN;
                    }
                })
                .replaceWithVoid());
    }
}

package io.refunds.dispute.dispute;

import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.SellerUnresponsive;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A silent seller opens a dispute automatically (one open dispute per case) and announces it. */
@ApplicationScoped
public class DisputeOpener {

    static final String CHANNEL = "seller-unresponsive";

    private final Inbox inbox;
    private final DisputeRepository disputes;
    private final Outbox outbox;
    private final DisputeConfig config;

    public DisputeOpener(Inbox inbox, DisputeRepository disputes, Outbox outbox, DisputeConfig config) {
        this.inbox = inbox;
        this.disputes = disputes;
        this.outbox = outbox;
        this.config = config;
    }

    @Incoming(CHANNEL)
    public Uni<Void> sellerUnresponsive(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, SellerUnresponsive.class, "open-dispute", event -> open(event.payload()));
    }

    private Uni<Void> open(SellerUnresponsive silence) {
        return disputes.openOfCase(silence.caseId()).chain(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : create(silence));
    }

    private Uni<Void> create(SellerUnresponsive silence) {
        Instant now = Instant.now();
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.caseId = silence.caseId();
        dispute.orderId = silence.orderId();
        dispute.itemId = silence.itemId();
        dispute.buyerId = silence.buyerId();
        dispute.sellerId = silence.sellerId();
        dispute.reason = silence.reason();
        dispute.trigger = DisputeTrigger.SELLER_UNRESPONSIVE;
        dispute.paidMinor = silence.amountPaid().minorUnits();
        dispute.paidCurrency = silence.amountPaid().currency();
        dispute.status = DisputeStatus.OPEN;
        dispute.openedAt = now;
        dispute.decisionDueAt = now.plus(config.decisionTime());
        return disputes.persist(dispute)
                .chain(() -> outbox.publish(new DisputeOpened(dispute.id, dispute.caseId, dispute.orderId,
                        dispute.itemId, dispute.buyerId, dispute.sellerId, dispute.reason, dispute.trigger,
                        dispute.paid(), dispute.decisionDueAt, dispute.openedAt)))
                .replaceWithVoid();
    }
}

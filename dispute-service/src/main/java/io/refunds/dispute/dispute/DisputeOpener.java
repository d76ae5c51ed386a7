package io.refunds.dispute.dispute;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.DisputeOpened;
import io.refunds.events.DisputeOpened.DisputeTrigger;
import io.refunds.events.Money;
import io.refunds.events.SellerUnresponsive;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A silent seller opens a dispute automatically; a buyer's escalation (after a decline or a rejected offer)
 * opens one too. One open dispute per case; each is announced with DisputeOpened.
 */
@ApplicationScoped
public class DisputeOpener {

    private static final String HANDLER = "open-dispute";

    private final Inbox inbox;
    private final DisputeRepository disputes;
    private final Outbox outbox;
    private final DisputeConfig config;
    private final DecisionDeadline decisionDeadline;

    public DisputeOpener(Inbox inbox, DisputeRepository disputes, Outbox outbox, DisputeConfig config,
            DecisionDeadline decisionDeadline) {
        this.inbox = inbox;
        this.disputes = disputes;
        this.outbox = outbox;
        this.config = config;
        this.decisionDeadline = decisionDeadline;
    }

    @Incoming("seller-unresponsive")
    public Uni<Void> sellerUnresponsive(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, SellerUnresponsive.class, HANDLER, event -> {
            SellerUnresponsive silence = event.payload();
            return open(new Claim(silence.caseId(), silence.orderId(), silence.itemId(), silence.buyerId(),
                    silence.sellerId(), silence.reason(), silence.amountPaid()), DisputeTrigger.SELLER_UNRESPONSIVE,
                    true);
        });
    }

    @Incoming("buyer-escalated")
    public Uni<Void> buyerEscalated(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, BuyerEscalated.class, HANDLER, event -> {
            BuyerEscalated escalation = event.payload();
            return open(new Claim(escalation.caseId(), escalation.orderId(), escalation.itemId(),
                    escalation.buyerId(), escalation.sellerId(), escalation.reason(), escalation.amountPaid()),
                    DisputeTrigger.BUYER_ESCALATION, true);
        });
    }

    /**
     * Opens the case's dispute unless one is open; inside the caller's transaction. {@code negotiationClosed}: the
     * event that opens it already ended the negotiation in messaging-service (a silent seller, an escalation there);
     * otherwise the dispute waits for NegotiationClosed before it may be decided.
     */
    public Uni<Void> open(Claim claim, DisputeTrigger trigger, boolean negotiationClosed) {
        return disputes.openOfCase(claim.caseId()).chain(existing -> existing != null
                ? Uni.createFrom().voidItem()
                : create(claim, trigger, negotiationClosed));
    }

    private Uni<Void> create(Claim claim, DisputeTrigger trigger, boolean negotiationClosed) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.caseId = claim.caseId();
        dispute.orderId = claim.orderId();
        dispute.itemId = claim.itemId();
        dispute.buyerId = claim.buyerId();
        dispute.sellerId = claim.sellerId();
        dispute.reason = claim.reason();
        dispute.trigger = trigger;
        dispute.paidMinor = claim.paid().minorUnits();
        dispute.paidCurrency = claim.paid().currency();
        dispute.status = DisputeStatus.OPEN;
        dispute.negotiationClosed = negotiationClosed;
        dispute.openedAt = now;
        dispute.decisionDueAt = now.plus(config.decisionTime());
        return disputes.persist(dispute)
                .chain(() -> decisionDeadline.schedule(dispute))
                .chain(() -> outbox.publish(new DisputeOpened(dispute.id, dispute.caseId, dispute.orderId,
                        dispute.itemId, dispute.buyerId, dispute.sellerId, dispute.reason, dispute.trigger,
                        dispute.paid(), dispute.decisionDueAt, dispute.openedAt)))
                .replaceWithVoid();
    }

    /** What a dispute needs to know about the claim, from whichever event or request opened it. */
    public record Claim(UUID caseId, String orderId, String itemId, String buyerId, String sellerId, String reason,
            Money paid) {
    }
}

package io.refunds.refund.refund;

import io.refunds.events.DecisionMade;
import io.refunds.events.SettlementAgreed;
import io.refunds.platform.consumer.EventDispatcher;
import io.refunds.platform.consumer.HandlerTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The service's one consumer: every event it reads, through one channel and its handler table. Decisions and
 * settlements that owe money become refunds (inbox handler {@code pay-refund}).
 */
@ApplicationScoped
public class RefundConsumer {

    /** The channel over every topic of {@link #handlers()}. */
    public static final String CHANNEL = "events";
    static final String PAY_REFUND = "pay-refund";

    private final EventDispatcher dispatcher;
    private final HandlerTable handlers;

    public RefundConsumer(EventDispatcher dispatcher, RefundPayer payer) {
        this.dispatcher = dispatcher;
        this.handlers = HandlerTable.builder()
                .on(DecisionMade.class, PAY_REFUND, event -> payer.pay(RefundCause.of(event.payload())))
                .on(SettlementAgreed.class, PAY_REFUND, event -> payer.pay(RefundCause.of(event.payload())))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return dispatcher.dispatch(message, handlers);
    }

    /** Event type → handler: what the channel's topics must be. */
    public HandlerTable handlers() {
        return handlers;
    }
}

package io.refunds.messaging.inbound;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.DisputeOpened;
import io.refunds.events.IssueReported;
import io.refunds.platform.consumer.EventDispatcher;
import io.refunds.platform.consumer.HandlerTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one consumer of messaging-service: every topic it reads arrives on the {@value #CHANNEL} channel and goes, by
 * event type, to its handler (each applied once through the inbox under its name; poison to its topic's .dlq).
 */
@ApplicationScoped
public class MessagingConsumer {

    public static final String CHANNEL = "events";

    private final EventDispatcher dispatcher;
    private final HandlerTable table;

    public MessagingConsumer(EventDispatcher dispatcher, NegotiationTriggers triggers) {
        this.dispatcher = dispatcher;
        this.table = table(triggers);
    }

    /** Event type → handler; the inbox names are those the rows already written carry, so duplicates stay skipped. */
    public static HandlerTable table(NegotiationTriggers triggers) {
        return HandlerTable.builder()
                .on(IssueReported.class, "open-conversation", event -> triggers.open(event.payload()))
                .on(CaseWithdrawn.class, "close-conversation", event -> triggers.withdraw(event.payload()))
                .on(DisputeOpened.class, "close-negotiation", event -> triggers.disputeOpened(event.payload()))
                .build();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return dispatcher.dispatch(message, table);
    }
}

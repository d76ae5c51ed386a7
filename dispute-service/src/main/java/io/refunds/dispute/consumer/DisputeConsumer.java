package io.refunds.dispute.consumer;

import io.refunds.platform.consumer.EventDispatcher;
import io.refunds.platform.consumer.HandlerTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * dispute-service's one consumer: every topic of its {@link DisputeHandlers} table through one channel
 * ({@value #CHANNEL}) in one consumer group ({@value #GROUP}); a record a handler gives up on goes to its own topic's
 * dead-letter topic. The dashboard's stream keeps its own channel.
 */
@ApplicationScoped
public class DisputeConsumer {

    public static final String CHANNEL = "events";
    public static final String GROUP = "dispute-service";

    private final EventDispatcher dispatcher;
    private final HandlerTable table;

    public DisputeConsumer(EventDispatcher dispatcher, DisputeHandlers handlers) {
        this.dispatcher = dispatcher;
        this.table = handlers.table();
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(Message<String> message) {
        return dispatcher.dispatch(message, table);
    }
}

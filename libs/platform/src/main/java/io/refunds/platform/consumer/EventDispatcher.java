package io.refunds.platform.consumer;

import io.refunds.events.CaseEvent;
import io.refunds.events.EventType;
import io.refunds.platform.consumer.HandlerTable.Handler;
import io.refunds.platform.inbox.Inbox;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one consumer of a service: each record of any of its topics goes, by its event type, to the handlers of the
 * service's {@link HandlerTable}, each applied once through the {@link Inbox} (schema check, inbox row, span,
 * bounded retries). A record the service cannot apply goes to its own topic's dead-letter topic and the channel
 * moves on; records of one key stay in order (one partition, one consumer).
 */
@ApplicationScoped
public class EventDispatcher {

    private final Inbox inbox;

    public EventDispatcher(Inbox inbox) {
        this.inbox = inbox;
    }

    /** Applies the message's event with every handler of its type, then acknowledges it (or dead-letters it). */
    public Uni<Void> dispatch(Message<String> message, HandlerTable table) {
        return KafkaMessages.settle(message, record -> apply(record, table));
    }

    Uni<Void> apply(ConsumerRecord<String, String> record, HandlerTable table) {
        EventType type = KafkaMessages.typeOf(record);
        List<Handler<?>> handlers = table.handlersOf(type);
        if (handlers.isEmpty()) {
            return Uni.createFrom().failure(new PoisonMessageException("this service has no handler for "
                    + type.ceType() + " on " + record.topic()));
        }
        // Each handler on its own: one that gives up does not keep the others from applying the event. The record is
        // dead-lettered once if any gave up; replaying it later re-runs only those (the others' inbox rows skip it).
        List<Throwable> failures = new java.util.ArrayList<>();
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (Handler<?> handler : handlers) {
            applied = applied.chain(() -> applyWith(record, handler).onFailure().recoverWithUni(failure -> {
                failures.add(failure);
                return Uni.createFrom().voidItem();
            }));
        }
        return applied.chain(() -> failures.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(failures.get(0)));
    }

    private <E extends CaseEvent> Uni<Void> applyWith(ConsumerRecord<String, String> record, Handler<E> handler) {
        return inbox.applyOnce(record, handler.type(), handler.name(), handler.effect());
    }
}

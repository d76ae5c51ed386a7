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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one consumer of a service: each record of any of its topics goes, by its event type, to the handlers of the
 * service's {@link HandlerTable}, each applied once through the {@link Inbox} (schema check, inbox row, span,
 * bounded retries). A record the service cannot apply goes to its own topic's dead-letter topic and the channel
 * moves on. Records run on {@link KeyedLanes}: those of one key (a case) one after another in the order they came,
 * over every topic, those of other keys side by side ({@code platform.consumer.lanes}, at most
 * {@code platform.consumer.max-in-flight} accepted and unfinished).
 */
@ApplicationScoped
public class EventDispatcher {

    private final Inbox inbox;
    private final KeyedLanes lanes;

    public EventDispatcher(Inbox inbox,
            @ConfigProperty(name = "platform.consumer.lanes", defaultValue = "8") int lanes,
            @ConfigProperty(name = "platform.consumer.max-in-flight", defaultValue = "64") int maxInFlight) {
        this.inbox = inbox;
        this.lanes = new KeyedLanes(lanes, maxInFlight);
    }

    /**
     * Hands the message to the lane of its key, where its event is applied with every handler of its type and the
     * message then acknowledged (or dead-lettered); the answer completes when the channel may deliver the next one.
     */
    public Uni<Void> dispatch(Message<String> message, HandlerTable table) {
        ConsumerRecord<String, String> record = KafkaMessages.recordOf(message);
        return lanes.submit(record.key(), () -> KafkaMessages.settle(message, ignored -> apply(record, table)));
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

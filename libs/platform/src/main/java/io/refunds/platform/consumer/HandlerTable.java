package io.refunds.platform.consumer;

import io.refunds.events.CaseEvent;
import io.refunds.events.EventType;
import io.refunds.platform.inbox.EventEnvelope;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A service's handler table: for each event type it consumes, the handlers that apply it, each once (by its name in
 * the inbox) and in the order registered. The service's one consumer channel reads exactly the topics of these types.
 */
public final class HandlerTable {

    /** One handler of one event type: its inbox name and its effect, run in the handler's own transaction. */
    public record Handler<E extends CaseEvent>(Class<E> type, String name, Function<EventEnvelope<E>, Uni<Void>> effect) {
    }

    private final Map<EventType, List<Handler<?>>> handlers;

    private HandlerTable(Map<EventType, List<Handler<?>>> handlers) {
        this.handlers = handlers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The handlers of {@code type}, in order (empty when the service does not consume it). */
    public List<Handler<?>> handlersOf(EventType type) {
        return handlers.getOrDefault(type, List.of());
    }

    /** The event types the service consumes. */
    public Set<EventType> types() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    /** The topics of those types, sorted: what the service's consumer channel must read ({@code topics=}). */
    public java.util.SortedSet<String> topics() {
        return handlers.keySet().stream().map(EventType::topic)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Collects handlers; an event type may have several (a projection and a process, say). */
    public static final class Builder {

        private final Map<EventType, List<Handler<?>>> handlers = new EnumMap<>(EventType.class);

        private Builder() {
        }

        public <E extends CaseEvent> Builder on(Class<E> type, String name, Function<EventEnvelope<E>, Uni<Void>> effect) {
            EventType eventType = java.util.Arrays.stream(EventType.values())
                    .filter(candidate -> candidate.payloadType() == type).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type + " is no event type"));
            List<Handler<?>> ofType = handlers.computeIfAbsent(eventType, ignored -> new ArrayList<>());
            if (ofType.stream().anyMatch(handler -> handler.name().equals(name))) {
                throw new IllegalArgumentException(type.getSimpleName() + " already has a handler named " + name);
            }
            ofType.add(new Handler<>(type, name, effect));
            return this;
        }

        public HandlerTable build() {
            Map<EventType, List<Handler<?>>> frozen = new EnumMap<>(EventType.class);
            handlers.forEach((type, ofType) -> frozen.put(type, List.copyOf(ofType)));
            return new HandlerTable(Collections.unmodifiableMap(frozen));
        }
    }
}

package io.refunds.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.CaseEvent;
import io.refunds.events.EventType;
import io.refunds.platform.tracing.TraceContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Records an event in the outbox inside the caller's database transaction, so the state change and the
 * event commit together; {@link OutboxRelay} publishes it afterwards. The row keeps the current span's W3C
 * trace context, so the event's consumers continue the same trace.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox "
            + "(event_id, topic, record_key, ce_type, payload, traceparent, tracestate) "
            + "values (:eventId, :topic, :recordKey, :ceType, :payload, nullif(:traceparent, ''), nullif(:tracestate, ''))";

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Must run inside {@code @WithTransaction}; returns the event's id ({@code ce_id}). */
    public Uni<UUID> publish(CaseEvent event) {
        EventType type = EventType.of(event);
        UUID eventId = UUID.randomUUID();
        String payload = serialise(event);
        TraceContext trace = TraceContext.current();
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("eventId", eventId)
                        .setParameter("topic", type.topic())
                        .setParameter("recordKey", event.caseId().toString())
                        .setParameter("ceType", type.ceType())
                        .setParameter("payload", payload)
                        .setParameter("traceparent", orEmpty(trace.traceparent()))
                        .setParameter("tracestate", orEmpty(trace.tracestate()))
                        .executeUpdate())
                .replaceWith(eventId);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private String serialise(CaseEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}

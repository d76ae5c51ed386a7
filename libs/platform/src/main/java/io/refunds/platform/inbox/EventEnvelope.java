package io.refunds.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.events.CaseEvent;
import io.refunds.events.EventSchemas;
import io.refunds.events.EventType;
import io.refunds.platform.outbox.CloudEventHeaders;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An incoming record, checked: known CloudEvents type and version, valid id, body valid against its schema. */
public record EventEnvelope<E extends CaseEvent>(UUID eventId, EventType type, E payload) {

    static <E extends CaseEvent> EventEnvelope<E> open(ConsumerRecord<String, String> record, Class<E> expected,
            ObjectMapper json, EventSchemas schemas) {
        String ceType = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                .orElseThrow(() -> new PoisonMessageException("missing header ce_type"));
        EventType type = EventType.fromCeType(ceType)
                .filter(known -> known.payloadType() == expected)
                .orElseThrow(() -> new PoisonMessageException("unsupported ce_type " + ceType + " on " + record.topic()));
        UUID eventId = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID)
                .map(EventEnvelope::parseId)
                .orElseThrow(() -> new PoisonMessageException("missing header ce_id"));
        if (record.value() == null) {
            throw new PoisonMessageException("empty body");
        }
        JsonNode body = parse(json, record.value());
        List<String> violations = schemas.violations(type, body);
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("schema violations: " + String.join("; ", violations));
        }
        try {
            return new EventEnvelope<>(eventId, type, json.treeToValue(body, expected));
        } catch (Exception e) {
            throw new PoisonMessageException("unreadable " + ceType + ": " + e.getMessage(), e);
        }
    }

    /** The body parsed once, for the schema check and the payload both. */
    private static JsonNode parse(ObjectMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new PoisonMessageException("schema violations: malformed JSON: " + e.getMessage(), e);
        }
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("ce_id is not a UUID: " + value, e);
        }
    }
}

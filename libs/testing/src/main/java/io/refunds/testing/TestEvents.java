package io.refunds.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.refunds.events.CaseEvent;
import io.refunds.events.EventSchemas;
import io.refunds.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Builds and reads events as the services put them on Kafka: CloudEvents binary mode, JSON body. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final EventSchemas SCHEMAS = new EventSchemas();

    private TestEvents() {
    }

    /** A record carrying {@code event} with a fresh event id. */
    public static ProducerRecord<String, String> record(CaseEvent event) {
        return record(event, UUID.randomUUID());
    }

    /** A record carrying {@code event} with the given event id, e.g. to redeliver it. */
    public static ProducerRecord<String, String> record(CaseEvent event, UUID eventId) {
        EventType type = EventType.of(event);
        List<Header> headers = List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", eventId.toString()),
                header("ce_type", type.ceType()),
                header("ce_source", "test"),
                header("ce_subject", event.caseId().toString()),
                header("ce_time", Instant.now().toString()),
                header("content-type", "application/json"));
        return new ProducerRecord<>(type.topic(), null, event.caseId().toString(), json(event), headers);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static <E extends CaseEvent> E read(String body, Class<E> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + body, e);
        }
    }

    /** The schema violations of an emitted body, empty when it is valid. */
    public static List<String> schemaViolations(EventType type, String body) {
        return SCHEMAS.violations(type, body);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

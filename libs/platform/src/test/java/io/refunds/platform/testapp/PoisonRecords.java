package io.refunds.platform.testapp;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Records no consumer can apply, with the CloudEvents headers a real one carries. */
public final class PoisonRecords {

    private PoisonRecords() {
    }

    /** {@code body} under the given type on {@code topic}, keyed by {@code key}, with event id {@code eventId}. */
    public static ProducerRecord<String, String> of(String topic, String ceType, String key, String eventId,
            String body) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "platform-test".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, key, body, headers);
    }
}

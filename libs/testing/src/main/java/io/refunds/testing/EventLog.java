package io.refunds.testing;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Reads and writes the real broker's topics in tests, one case (record key) at a time. */
public final class EventLog implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaCompanion companion;

    /** On the test JVM's broker. */
    public EventLog() {
        this(KafkaBroker.bootstrapServers());
    }

    public EventLog(String bootstrapServers) {
        this.companion = new KafkaCompanion(bootstrapServers);
    }

    /** Waits until {@code count} records with {@code key} are on {@code topic}; returns them. */
    public List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, int count) {
        return companion.consumeStrings()
                .fromTopics(topic, records -> records.select().where(record -> key.equals(record.key())))
                .awaitRecords(count, WAIT)
                .getRecords();
    }

    /** Every record with {@code key} on {@code topic} now (read from the start up to the current end). */
    public List<ConsumerRecord<String, String>> recordsNow(String topic, String key) {
        long total = endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return List.of();
        }
        return companion.consumeStrings().fromTopics(java.util.Set.of(topic), total)
                .awaitCompletion(WAIT)
                .getRecords().stream()
                .filter(record -> key.equals(record.key()))
                .toList();
    }

    /**
     * Waits until {@code service} has committed every record now on {@code topics}: what was sent before this
     * call has been processed (committed offsets follow processing). Each service reads all its topics through one
     * channel in one consumer group named after the service.
     */
    public void awaitConsumed(String service, String... topics) {
        for (String topic : topics) {
            awaitGroupConsumed(service, topic);
        }
    }

    /** Waits until consumer group {@code groupId} has committed every record now on {@code topic}. */
    public void awaitGroupConsumed(String groupId, String topic) {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Awaitility.await().atMost(WAIT).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = companion.consumerGroups().offsets(groupId);
            return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                    || committed.containsKey(end.getKey())
                    && committed.get(end.getKey()).offset() >= end.getValue());
        });
    }

    private Map<TopicPartition, Long> endOffsets(String... topics) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (String topic : topics) {
            companion.topics().describe(topic).get(topic).partitions().forEach(partition -> {
                TopicPartition tp = new TopicPartition(topic, partition.partition());
                ends.put(tp, companion.offsets().get(tp, OffsetSpec.latest()).offset());
            });
        }
        return ends;
    }

    public void send(ProducerRecord<String, String> record) {
        companion.produceStrings().fromRecords(record).awaitCompletion(WAIT);
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        return header(record.headers(), name);
    }

    public static Optional<String> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        companion.close();
    }
}

package io.refunds.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Records written so far to the platform's event topics ({@code refunds.*}, dead-letter topics apart). */
final class TopicOffsets {

    private TopicOffsets() {
    }

    static long total(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).entrySet().stream()
                    .filter(topic -> topic.getKey().startsWith("refunds.") && !topic.getKey().endsWith(".dlq"))
                    .flatMap(topic -> topic.getValue().stream()
                            .map(info -> new TopicPartition(info.topic(), info.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            return ends.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}

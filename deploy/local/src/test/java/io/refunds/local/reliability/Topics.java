package io.refunds.local.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/** Whole-topic reads, raw sends and "every consumer group has caught up" on the platform's broker. */
public final class Topics implements AutoCloseable {

    private final String bootstrapServers;
    private final Admin admin;
    private final KafkaProducer<String, String> producer;

    public Topics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        this.admin = Admin.create(properties);
        Properties producerProperties = new Properties();
        producerProperties.putAll(properties);
        producerProperties.put("acks", "all");
        producerProperties.put("key.serializer", StringSerializer.class.getName());
        producerProperties.put("value.serializer", StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(producerProperties);
    }

    /** The event topics ({@code refunds.*}, not their DLQs). */
    public List<String> eventTopics() throws Exception {
        return admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith("refunds.") && !name.endsWith(".dlq")).sorted().toList();
    }

    /** Every record on {@code topic} from the start to the end it has now. */
    public List<ConsumerRecord<String, String>> readAll(String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(List.of(topic));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (ends.values().stream().allMatch(end -> end == 0)) {
            return records;
        }
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("group.id", "reader-" + UUID.randomUUID());
        properties.put("enable.auto.commit", "false");
        properties.put("max.poll.records", "2000");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            Instant deadline = Instant.now().plusSeconds(60);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records.stream().filter(record -> record.offset() < ends.get(
                new TopicPartition(record.topic(), record.partition()))).collect(Collectors.toList());
    }

    public void send(ProducerRecord<String, String> record) throws Exception {
        producer.send(record).get();
    }

    public void sendAll(Collection<ProducerRecord<String, String>> records) throws Exception {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (ProducerRecord<String, String> record : records) {
            sent.add(producer.send(record));
        }
        for (java.util.concurrent.Future<?> future : sent) {
            future.get();
        }
    }

    /** Waits until every consumer group has committed the end (as of now) of every partition it consumes. */
    public void awaitAllGroupsCaughtUp(Duration atMost) throws Exception {
        List<String> groups = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(id -> !id.startsWith("reader-")).toList();
        Map<String, Map<TopicPartition, Long>> targets = new java.util.HashMap<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<String> topics = committed.keySet().stream().map(TopicPartition::topic).distinct().toList();
            targets.put(group, endOffsets(topics));
        }
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (Map.Entry<String, Map<TopicPartition, Long>> target : targets.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(target.getKey())
                        .partitionsToOffsetAndMetadata().get();
                for (Map.Entry<TopicPartition, Long> end : target.getValue().entrySet()) {
                    OffsetAndMetadata offset = committed.get(end.getKey());
                    if (end.getValue() > 0 && (offset == null || offset.offset() < end.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    public Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description.partitions()
                .forEach(partition -> request.put(new TopicPartition(name, partition.partition()), OffsetSpec.latest())));
        return admin.listOffsets(request).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() {
        producer.close();
        admin.close();
    }
}

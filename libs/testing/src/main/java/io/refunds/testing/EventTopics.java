package io.refunds.testing;

import io.refunds.events.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates every event topic and its dead-letter topic on a development or test broker, so consumers are
 * assigned partitions at start instead of waiting for the first record. Production topics are Strimzi
 * {@code KafkaTopic}s.
 */
public final class EventTopics {

    public static final int PARTITIONS = 3;

    private EventTopics() {
    }

    public static void createAll(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (EventType type : EventType.values()) {
                for (String topic : List.of(type.topic(), type.deadLetterTopic())) {
                    if (!existing.contains(topic)) {
                        missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
                    }
                }
            }
            for (KafkaFuture<Void> created : admin.createTopics(missing).values().values()) {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // A consumer that started first had the broker auto-create it (same partitions): it is there.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the event topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}

package io.refunds.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the five events of every case as they are published and keeps, per case, the first record timestamp of
 * each (when the outbox relay sent it) and the business time in its payload (when the service committed it).
 */
final class EventTimes implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private final Map<String, long[]> published = new ConcurrentHashMap<>();
    private final Map<String, long[]> committed = new ConcurrentHashMap<>();
    private final AtomicInteger refunded = new AtomicInteger();
    private volatile boolean running = true;

    EventTimes(String bootstrapServers, String groupId) {
        consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers, groupId));
        consumer.subscribe(Arrays.stream(Step.values()).map(step -> step.event.topic()).toList());
        poller = new Thread(this::poll, "bench-event-times");
        poller.setDaemon(true);
        poller.start();
    }

    static Properties consumerProperties(String bootstrapServers, String groupId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    record(record);
                }
            }
        } catch (WakeupException closing) {
            // close() asked the consumer to stop.
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void record(ConsumerRecord<String, String> record) {
        Step step = Step.ofTopic(record.topic());
        long[] sent = published.computeIfAbsent(record.key(), key -> blank());
        long[] businessTimes = committed.computeIfAbsent(record.key(), key -> blank());
        synchronized (sent) {
            if (sent[step.ordinal()] != 0) {
                return;
            }
            sent[step.ordinal()] = record.timestamp();
            String time = Http.read(record.value()).path(step.timeField).asText(null);
            businessTimes[step.ordinal()] = time == null ? 0 : Instant.parse(time).toEpochMilli();
        }
        if (step == Step.REFUND_ISSUED) {
            refunded.incrementAndGet();
        }
    }

    private static long[] blank() {
        return new long[Step.values().length];
    }

    int refunded() {
        return refunded.get();
    }

    /** Epoch milliseconds at which the case's event was published, or 0 when not (yet) seen. */
    long published(String caseId, Step step) {
        long[] times = published.get(caseId);
        return times == null ? 0 : times[step.ordinal()];
    }

    /** Epoch milliseconds of the event's business time (its payload), or 0 when not (yet) seen. */
    long committed(String caseId, Step step) {
        long[] times = committed.get(caseId);
        return times == null ? 0 : times[step.ordinal()];
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.refunds.platform.consumer;

import io.refunds.events.EventType;
import io.refunds.events.Topics;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * What a channel over many topics needs from each message: its Kafka record, its event type (by topic), and an
 * acknowledgement that sends a record the service gave up on to its own topic's dead-letter topic.
 */
public final class KafkaMessages {

    private KafkaMessages() {
    }

    /** Runs {@code work} on the message's record; acks on success, nacks to {@code <topic>.dlq} on failure. */
    public static Uni<Void> settle(Message<String> message, Function<ConsumerRecord<String, String>, Uni<Void>> work) {
        ConsumerRecord<String, String> record = recordOf(message);
        return Uni.createFrom().deferred(() -> work.apply(record))
                .onItemOrFailure().transformToUni((done, failure) -> Uni.createFrom().completionStage(failure == null
                        ? message.ack()
                        : message.nack(failure, toDeadLetterTopicOf(record.topic()))));
    }

    @SuppressWarnings("unchecked")
    public static ConsumerRecord<String, String> recordOf(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("this channel reads Kafka records only"));
    }

    /** The event type published on the record's topic; poison when no event type is published there. */
    public static EventType typeOf(ConsumerRecord<String, String> record) {
        return Arrays.stream(EventType.values())
                .filter(candidate -> candidate.topic().equals(record.topic()))
                .findFirst()
                .orElseThrow(() -> new PoisonMessageException("no event type is published on " + record.topic()));
    }

    /** Nack metadata that sends the record to its own topic's dead-letter topic, not the channel's default. */
    private static Metadata toDeadLetterTopicOf(String topic) {
        return Metadata.of(OutgoingKafkaRecordMetadata.builder().withTopic(Topics.deadLetterTopicOf(topic)).build());
    }
}

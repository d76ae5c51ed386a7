package io.refunds.local.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.EventType;
import io.refunds.testing.EventLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Poison on every consumed topic: malformed JSON, an unknown {@code ce_type} version, a schema-invalid payload,
 * and (where the consumer cannot act on it) an event for an unknown case. Each must reach {@code <topic>.dlq}
 * once per consuming channel with {@code dead-letter-reason}, the consumers must move past it, and a real case
 * sent afterwards must still go all the way to its refund.
 *
 * <p>Unknown cases, consumer by consumer: order-service's timeline cannot place an event on a case it does not
 * hold, so it dead-letters it ("unknown case"); messaging-service opens a conversation from IssueReported and
 * dispute-service opens a dispute or files a case-file entry from the event alone, and refund-service pays a
 * DecisionMade or SettlementAgreed from what the event carries: events are self-contained, so for those an
 * unknown case is not poison; nor for dispute-service's dashboard recorder, which keeps every event it can read.
 * The test therefore sends an unknown-case RefundIssued and expects it dead-lettered once, by the timeline.
 */
class PoisonIT {

    private static final Pattern CHANNEL_TOPIC = Pattern.compile(
            "^mp\\.messaging\\.incoming\\.([\\w-]+)\\.topics?=(\\S+)$", Pattern.MULTILINE);

    /** Only order-service's timeline refuses an event for a case it does not hold. */
    private static final String UNKNOWN_CASE = "unknown case";

    private static SharedPlatform shared;
    private static Http http;

    @RegisterExtension
    static final org.junit.jupiter.api.extension.BeforeAllCallback PLATFORM = PoisonIT::start;

    static void start(ExtensionContext context) throws Exception {
        shared = SharedPlatform.get(context);
        http = new Http(shared.platform);
    }

    @Test
    void everyKindOfPoisonOnEveryConsumedTopicEndsInItsDlqAndTheConsumersKeepGoing() throws Exception {
        Map<String, Integer> consumers = consumedTopics(shared.root);
        try (Topics topics = new Topics(shared.platform.settings().bootstrapServers())) {
            Fixture sample = Fixture.create(http, shared.root, "poison-sample");
            List<Poison> sent = new ArrayList<>();
            for (String topic : consumers.keySet()) {
                EventType type = Stream.of(EventType.values()).filter(t -> t.topic().equals(topic)).findFirst()
                        .orElseThrow();
                sent.add(send(topics, topic, type.ceType(), "{\"caseId\": \"not closed", "malformed JSON"));
                sent.add(send(topics, topic, type.ceType().replaceAll("\\.v\\d+$", ".v9"), "{}", "unknown version"));
                sent.add(send(topics, topic, type.ceType(), "{\"caseId\": 42, \"surprise\": true}", "schema-invalid"));
            }
            ConsumerRecord<String, String> realRefund = topics.readAll(EventType.REFUND_ISSUED.topic()).stream()
                    .filter(record -> record.key().equals(sample.caseId().toString())).findFirst().orElseThrow();
            // A new refund (its own id: the same refund id would be the same fact, skipped by business key) of a case
            // nobody holds.
            UUID unknownCase = UUID.randomUUID();
            sent.add(send(topics, EventType.REFUND_ISSUED.topic(), EventType.REFUND_ISSUED.ceType(),
                    realRefund.value().replace(sample.caseId().toString(), unknownCase.toString())
                            .replace(sample.refundId(), UUID.randomUUID().toString()), UNKNOWN_CASE,
                    unknownCase.toString()));

            Fixture after = Fixture.create(http, shared.root, "poison-after");
            assertTrue(after.refundId() != null && !after.refundId().isBlank(), "a real case still refunds");
            topics.awaitAllGroupsCaughtUp(Duration.ofMinutes(2));

            for (Poison poison : sent) {
                int expected = poison.kind().equals(UNKNOWN_CASE) ? 1 : consumers.get(poison.topic());
                List<ConsumerRecord<String, String>> dead = Awaitility.await().atMost(Duration.ofSeconds(60))
                        .until(() -> deadLetters(topics, poison), found -> found.size() >= expected);
                assertEquals(expected, dead.size(), poison + " once per consuming channel");
                for (ConsumerRecord<String, String> record : dead) {
                    Optional<String> reason = EventLog.header(record, "dead-letter-reason");
                    assertTrue(reason.isPresent() && !reason.get().isBlank(), poison + " carries its reason");
                    System.out.printf("DLQ %-38s %-16s %s%n", record.topic(), poison.kind(), reason.get());
                }
            }
        }
    }

    /** One poison record, known by its ce_id. */
    record Poison(String topic, String kind, String eventId) {
    }

    private static Poison send(Topics topics, String topic, String ceType, String body, String kind)
            throws Exception {
        return send(topics, topic, ceType, body, kind, UUID.randomUUID().toString());
    }

    private static Poison send(Topics topics, String topic, String ceType, String body, String kind, String key)
            throws Exception {
        String eventId = UUID.randomUUID().toString();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", ceType.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "poison-test".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        topics.send(new ProducerRecord<>(topic, null, key, body, headers));
        return new Poison(topic, kind, eventId);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(Topics topics, Poison poison) throws Exception {
        return topics.readAll(poison.topic() + ".dlq").stream()
                .filter(record -> EventLog.header(record, "ce_id").map(poison.eventId()::equals).orElse(false))
                .toList();
    }

    /** Topic → how many channels (across the four services) consume it, from their {@code topic(s)} settings. */
    static Map<String, Integer> consumedTopics(Path root) throws Exception {
        Map<String, Integer> consumers = new HashMap<>();
        for (String service : List.of("order-service", "messaging-service", "dispute-service", "refund-service")) {
            String properties = Files.readString(root.resolve(service + "/src/main/resources/application.properties"));
            Matcher matcher = CHANNEL_TOPIC.matcher(properties);
            while (matcher.find()) {
                for (String topic : matcher.group(2).split(",")) {
                    consumers.merge(topic, 1, Integer::sum);
                }
            }
        }
        return consumers;
    }
}

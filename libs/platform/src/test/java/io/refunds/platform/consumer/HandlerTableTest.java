package io.refunds.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.CaseWithdrawn;
import io.refunds.events.EventType;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.Topics;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The handler table and the dispatcher's routing by topic, without Kafka or a database. */
class HandlerTableTest {

    private static final HandlerTable TABLE = HandlerTable.builder()
            .on(MessagePosted.class, "projection", envelope -> Uni.createFrom().voidItem())
            .on(IssueReported.class, "opener", envelope -> Uni.createFrom().voidItem())
            .on(MessagePosted.class, "process", envelope -> Uni.createFrom().voidItem())
            .build();

    @Test
    void theTopicsAreThoseOfTheTypesItHandlesSorted() {
        assertEquals(List.of(Topics.ISSUE_REPORTED, Topics.MESSAGE_POSTED), List.copyOf(TABLE.topics()));
    }

    @Test
    void aTypesHandlersKeepTheOrderTheyWereRegisteredIn() {
        assertEquals(List.of("projection", "process"), TABLE.handlersOf(EventType.MESSAGE_POSTED).stream()
                .map(HandlerTable.Handler::name).toList());
        assertEquals(List.of(), TABLE.handlersOf(EventType.CASE_WITHDRAWN));
    }

    @Test
    void oneTypeCannotHaveTwoHandlersOfOneName() {
        HandlerTable.Builder builder = HandlerTable.builder()
                .on(CaseWithdrawn.class, "closer", envelope -> Uni.createFrom().voidItem());
        assertThrows(IllegalArgumentException.class,
                () -> builder.on(CaseWithdrawn.class, "closer", envelope -> Uni.createFrom().voidItem()));
    }

    @Test
    void aRecordOfATypeWithoutHandlerIsPoison() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.CASE_WITHDRAWN, 0, 0, "k", "{}");

        PoisonMessageException failure = assertThrows(PoisonMessageException.class,
                () -> new EventDispatcher(null, 1, 1).apply(record, TABLE).await().atMost(Duration.ofSeconds(5)));

        assertTrue(failure.getMessage().contains("no handler for refunds.CaseWithdrawn.v1"), failure.getMessage());
    }

    @Test
    void aRecordOnATopicOfNoEventTypeIsPoison() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("refunds.not-an-event", 0, 0, "k", "{}");

        assertThrows(PoisonMessageException.class, () -> KafkaMessages.typeOf(record));
    }
}

package io.refunds.refund;

import static io.refunds.refund.fixtures.DecisionMadeBuilder.aDecision;
import static io.refunds.refund.fixtures.SettlementAgreedBuilder.aSettlement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.events.CaseEvent;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Through the one channel, a record the service cannot read still goes to its own topic's .dlq, and the rest flows. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class PoisonTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aPoisonDecisionGoesToTheDecisionTopicsDeadLetterTopic() {
        UUID caseId = UUID.randomUUID();
        events.send(poison(aDecision().forCase(caseId).build()));

        ConsumerRecord<String, String> dead = events.awaitRecords(Topics.deadLetterTopicOf(Topics.DECISION_MADE),
                caseId.toString(), 1).get(0);
        assertTrue(EventLog.header(dead, "dead-letter-reason").isPresent());
    }

    @Test
    void aPoisonSettlementGoesToTheSettlementTopicsDeadLetterTopic() {
        UUID caseId = UUID.randomUUID();
        events.send(poison(aSettlement().forCase(caseId).build()));

        events.awaitRecords(Topics.deadLetterTopicOf(Topics.SETTLEMENT_AGREED), caseId.toString(), 1);
    }

    @Test
    void eventsOfEveryTopicArePaidPastAPoisonRecord() {
        UUID poisoned = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        UUID settled = UUID.randomUUID();
        events.send(poison(aDecision().forCase(poisoned).build()));
        events.send(TestEvents.record(aDecision().forCase(decided).buyer("b-past-poison").build()));
        events.send(TestEvents.record(aSettlement().forCase(settled).buyer("b-past-poison").build()));

        events.awaitRecords(Topics.REFUND_ISSUED, decided.toString(), 1);
        events.awaitRecords(Topics.REFUND_ISSUED, settled.toString(), 1);
        assertEquals(0, events.recordsNow(Topics.REFUND_ISSUED, poisoned.toString()).size());
    }

    /** The event's record with a body its schema refuses. */
    private static ProducerRecord<String, String> poison(CaseEvent event) {
        ProducerRecord<String, String> valid = TestEvents.record(event);
        return new ProducerRecord<>(valid.topic(), null, valid.key(), "{\"not\":\"an event\"}", valid.headers());
    }
}

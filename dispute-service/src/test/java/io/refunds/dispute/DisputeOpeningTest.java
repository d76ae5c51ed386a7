package io.refunds.dispute;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.support.CaseEvents;
import io.refunds.dispute.support.DisputeFlows;
import io.refunds.dispute.support.QueueFilter;
import io.refunds.events.DisputeOpened;
import io.refunds.events.EventType;
import io.refunds.events.Topics;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** messaging-service's own events open a dispute, once per case, announced with DisputeOpened. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputeOpeningTest {

    private final EventLog events = new EventLog();

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aSilentSellerOpensADisputeAnnouncedWithItsTriggerAndWhatWasPaid() {
        CaseEvents kase = CaseEvents.newCase("b-once", "s-once");
        events.send(TestEvents.record(kase.sellerUnresponsive()));

        ConsumerRecord<String, String> opened = events.awaitRecords(Topics.DISPUTE_OPENED, key(kase), 1).get(0);
        assertEquals(List.of(), TestEvents.schemaViolations(EventType.DISPUTE_OPENED, opened.value()));
        DisputeOpened event = TestEvents.read(opened.value(), DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.SELLER_UNRESPONSIVE, event.trigger());
        assertEquals(CaseEvents.PAID, event.amountPaid());
    }

    @Test
    void aSilenceDeliveredThreeTimesOpensExactlyOneDispute() {
        CaseEvents kase = CaseEvents.newCase("b-once", "s-once");
        ProducerRecord<String, String> silence = TestEvents.record(kase.sellerUnresponsive());
        events.send(silence);
        events.send(silence);
        events.send(TestEvents.record(kase.sellerUnresponsive()));

        events.awaitRecords(Topics.DISPUTE_OPENED, key(kase), 1);
        events.awaitConsumed("dispute-service", Topics.SELLER_UNRESPONSIVE);
        DisputeFlows.AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("OPEN"));
        assertEquals(1, events.recordsNow(Topics.DISPUTE_OPENED, key(kase)).size());
    }

    @Test
    void theBuyersEscalationInMessagingOpensADisputeWithItsTriggerAndReason() {
        CaseEvents kase = CaseEvents.newCase("b-esc", "s-esc").reason("NOT_AS_DESCRIBED");
        events.send(TestEvents.record(kase.buyerEscalated("Seller refused")));

        DisputeOpened opened = TestEvents.read(events.awaitRecords(Topics.DISPUTE_OPENED, key(kase), 1).get(0).value(),
                DisputeOpened.class);
        assertEquals(DisputeOpened.DisputeTrigger.BUYER_ESCALATION, opened.trigger());
        assertEquals("NOT_AS_DESCRIBED", opened.reason());
    }

    @Test
    void anEscalationDeliveredTwiceOpensOneDispute() {
        CaseEvents kase = CaseEvents.newCase("b-esc", "s-esc").reason("NOT_AS_DESCRIBED");
        ProducerRecord<String, String> escalation = TestEvents.record(kase.buyerEscalated("Seller refused"));
        events.send(escalation);
        events.send(escalation);

        events.awaitRecords(Topics.DISPUTE_OPENED, key(kase), 1);
        events.awaitConsumed("dispute-service", Topics.BUYER_ESCALATED);
        DisputeFlows.AGENT.queue(QueueFilter.ofCase(kase.caseId())).then().statusCode(200)
                .body("", hasSize(1)).body("[0].trigger", equalTo("BUYER_ESCALATION"));
    }

    private static String key(CaseEvents kase) {
        return kase.caseId().toString();
    }
}

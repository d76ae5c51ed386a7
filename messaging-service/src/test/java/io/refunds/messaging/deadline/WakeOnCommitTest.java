package io.refunds.messaging.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.refunds.events.SellerUnresponsive;
import io.refunds.messaging.Claims;
import io.refunds.events.Topics;
import io.refunds.platform.notify.DatabaseNotifications;
import io.refunds.testing.EventLog;
import io.refunds.testing.RealInfrastructure;
import io.refunds.testing.TestEvents;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the outbox relay's and the deadline scheduler's polls an hour apart, a report is still answered at once: the
 * commit that wrote the conversation's events wakes the relay, and the seller deadline of zero wakes the scheduler.
 * (Both pollers ran once at start-up; every case here is reported after that, each within {@link EventLog#WAIT}.)
 */
@QuarkusTest
@TestProfile(WakeOnCommitTest.PollsAnHourApart.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WakeOnCommitTest {

    /** Pollers that would not look again within the test; a seller with no time to answer. */
    public static class PollsAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The %test key too: application.properties sets one for the scheduler, and it must not win.
            return Map.of("platform.outbox.poll-interval", "1h",
                    "platform.deadlines.poll-interval", "1h",
                    "%test.platform.deadlines.poll-interval", "1h",
                    "messaging.seller-deadline.response-time", "PT0S",
                    "messaging.seller-deadline.reminder-before", "PT0S");
        }
    }

    private final EventLog events = new EventLog();

    @Inject
    DatabaseNotifications notifications;

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void aReportIsAnsweredWithoutWaitingForAnyPoll() {
        Awaitility.await().atMost(EventLog.WAIT).until(notifications::connected);
        for (int i = 0; i < 3; i++) {
            UUID caseId = UUID.randomUUID();
            Instant reported = Instant.now();
            events.send(TestEvents.record(Claims.claimOf(caseId).by("b-wake").against("s-wake")
                    .withoutPaymentTerms().reportedAt(reported).build()));

            ConsumerRecord<String, String> record = events.awaitRecords(Topics.SELLER_UNRESPONSIVE, caseId.toString(), 1)
                    .get(0);
            assertEquals(caseId, TestEvents.read(record.value(), SellerUnresponsive.class).caseId());
            assertEquals(1, events.awaitRecords(Topics.CONVERSATION_OPENED, caseId.toString(), 1).size());
        }
    }
}

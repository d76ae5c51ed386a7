package io.refunds.dispute.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.refunds.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.Test;

/** The dashboard reads every event type: one configured channel per topic, each in its own group with its DLQ. */
class DashboardChannelsTest {

    @Test
    void everyEventTopicHasADashboardChannelWithItsOwnGroupAndDeadLetterTopic() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        for (EventType type : EventType.values()) {
            String channel = "mp.messaging.incoming." + DashboardChannels.of(type.topic());
            assertEquals(type.topic(), config.getProperty(channel + ".topic"), channel);
            assertEquals("dispute-service." + DashboardChannels.of(type.topic()), config.getProperty(channel + ".group.id"));
            assertEquals(type.deadLetterTopic(), config.getProperty(channel + ".dead-letter-queue.topic"), channel);
        }
    }

    @Test
    void theRecorderListensOnEveryDashboardChannel() throws NoSuchMethodException {
        Set<String> listened = Arrays.stream(DashboardEventRecorder.class.getMethod("record", ConsumerRecord.class)
                .getAnnotationsByType(Incoming.class)).map(Incoming::value).collect(Collectors.toSet());
        assertEquals(Arrays.stream(EventType.values()).map(type -> DashboardChannels.of(type.topic()))
                .collect(Collectors.toSet()), listened);
    }
}

package io.refunds.dispute.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.refunds.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** The dashboard reads every event type through one configured channel and consumer group. */
class DashboardChannelsTest {

    private static final String CHANNEL = "mp.messaging.incoming." + DashboardChannels.CHANNEL;

    @Test
    void theDashboardChannelReadsEveryEventTopicOnceInItsOwnGroup() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        List<String> topics = Arrays.asList(config.getProperty(CHANNEL + ".topics").split(","));
        assertEquals(topics.size(), Set.copyOf(topics).size(), "a topic listed twice: " + topics);
        assertEquals(Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet()),
                Set.copyOf(topics));
        assertNull(config.getProperty(CHANNEL + ".topic"), "topics, not topic");
        assertEquals(DashboardChannels.GROUP, config.getProperty(CHANNEL + ".group.id"));
        assertEquals("smallrye-kafka", config.getProperty(CHANNEL + ".connector"));
        assertEquals(List.of(), config.stringPropertyNames().stream()
                .filter(name -> name.startsWith("mp.messaging.incoming.dashboard-")).toList(),
                "no per-topic dashboard channels are left");
    }

    @Test
    void theRecorderListensOnTheDashboardChannel() throws NoSuchMethodException {
        Set<String> listened = Arrays.stream(DashboardEventRecorder.class.getMethod("record", Message.class)
                .getAnnotationsByType(Incoming.class)).map(Incoming::value).collect(Collectors.toSet());
        assertEquals(Set.of(DashboardChannels.CHANNEL), listened);
    }
}

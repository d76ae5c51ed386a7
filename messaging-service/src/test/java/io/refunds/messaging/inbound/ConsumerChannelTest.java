package io.refunds.messaging.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one consumer channel reads exactly the topics of the handler table, in one consumer group named after us. */
class ConsumerChannelTest {

    private static final String CHANNEL = "mp.messaging.incoming." + MessagingConsumer.CHANNEL + ".";

    @Test
    void theChannelReadsExactlyTheTopicsOfTheHandlerTable() throws Exception {
        String topics = properties().getProperty(CHANNEL + "topics");

        assertEquals(MessagingConsumer.table(null).topics(), new TreeSet<>(Arrays.asList(topics.split(","))));
    }

    @Test
    void theChannelsConsumerGroupIsTheService() throws Exception {
        assertEquals("messaging-service", properties().getProperty(CHANNEL + "group.id"));
    }

    @Test
    void noOtherIncomingChannelIsConfigured() throws Exception {
        assertEquals(java.util.List.of(), properties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.incoming.") && !key.startsWith(CHANNEL)).toList());
    }

    private static Properties properties() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ConsumerChannelTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}

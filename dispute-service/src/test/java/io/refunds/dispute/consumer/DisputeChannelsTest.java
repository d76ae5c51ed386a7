package io.refunds.dispute.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.dispute.dashboard.DashboardChannels;
import io.refunds.events.EventType;
import io.refunds.testing.RealInfrastructure;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** The one consumer channel reads exactly the topics of the handler table, in the group named after the service. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputeChannelsTest {

    private static final String CHANNEL = "mp.messaging.incoming." + DisputeConsumer.CHANNEL;

    @Inject
    DisputeHandlers handlers;

    private final Config config = ConfigProvider.getConfig();

    @Test
    void theEventsChannelReadsExactlyTheTopicsOfTheHandlerTableInOrder() {
        List<String> topics = Arrays.asList(config.getValue(CHANNEL + ".topics", String.class).split(","));
        assertEquals(List.copyOf(handlers.table().topics()), topics);
    }

    @Test
    void theEventsChannelIsOneKafkaConsumerGroupNamedAfterTheService() {
        assertEquals("smallrye-kafka", config.getValue(CHANNEL + ".connector", String.class));
        assertEquals("dispute-service", config.getValue(CHANNEL + ".group.id", String.class));
        assertEquals(DisputeConsumer.GROUP, config.getValue(CHANNEL + ".group.id", String.class));
    }

    @Test
    void theServiceHasOneEventsChannelBesideTheDashboards() {
        Set<String> channels = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("mp.messaging.incoming."))
                .map(name -> name.substring("mp.messaging.incoming.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(DisputeConsumer.CHANNEL, DashboardChannels.CHANNEL), channels);
    }

    @Test
    void everyHandlerKeepsTheInboxNameOfTheChannelItReplaced() {
        assertEquals(List.of("case-file", "open-dispute"), names(EventType.BUYER_ESCALATED));
        assertEquals(List.of("open-dispute"), names(EventType.SELLER_UNRESPONSIVE));
        assertEquals(List.of("withdraw-dispute"), names(EventType.CASE_WITHDRAWN));
        assertEquals(List.of("dispute-negotiation"), names(EventType.NEGOTIATION_CLOSED));
        assertEquals(List.of("case-file"), names(EventType.ISSUE_REPORTED));
        assertEquals(List.of("case-file"), names(EventType.PARCEL_FOUND));
    }

    @Test
    void theConsumerListensOnTheEventsChannel() throws NoSuchMethodException {
        Set<String> listened = Arrays.stream(DisputeConsumer.class.getMethod("consume", Message.class)
                .getAnnotationsByType(Incoming.class)).map(Incoming::value).collect(Collectors.toSet());
        assertEquals(Set.of(DisputeConsumer.CHANNEL), listened);
    }

    private List<String> names(EventType type) {
        return handlers.table().handlersOf(type).stream().map(handler -> handler.name()).toList();
    }
}

package io.refunds.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.order.cases.CaseEventConsumer;
import io.refunds.testing.RealInfrastructure;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The one consumer channel reads exactly the topics of the handler table, in one group named after the service. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConsumerChannelTest {

    @Inject
    CaseEventConsumer consumer;

    @Test
    void theChannelsTopicsAreTheHandlerTablesTopics() {
        List<String> configured = ConfigProvider.getConfig()
                .getValues("mp.messaging.incoming.events.topics", String.class);

        assertEquals(List.copyOf(consumer.table().topics()), configured);
    }

    @Test
    void theChannelsGroupIsTheServicesName() {
        assertEquals("order-service", ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.events.group.id", String.class));
    }
}

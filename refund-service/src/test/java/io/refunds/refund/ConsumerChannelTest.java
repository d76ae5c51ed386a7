package io.refunds.refund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.refunds.refund.refund.RefundConsumer;
import io.refunds.testing.RealInfrastructure;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The one consumer channel reads exactly the topics of the handler table, in the service's own consumer group. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StripeStandInResource.class, scope = TestResourceScope.GLOBAL)
class ConsumerChannelTest {

    private static final String CHANNEL = "mp.messaging.incoming." + RefundConsumer.CHANNEL + ".";

    @Inject
    RefundConsumer consumer;

    @Test
    void theChannelReadsExactlyTheHandlerTablesTopics() {
        List<String> configured = ConfigProvider.getConfig().getValues(CHANNEL + "topics", String.class);

        assertEquals(List.copyOf(consumer.handlers().topics()), configured);
        assertEquals(List.copyOf(new TreeSet<>(configured)), configured, "sorted, as HandlerTable.topics() gives them");
    }

    @Test
    void theChannelConsumesInTheServicesOwnGroup() {
        assertEquals("refund-service", ConfigProvider.getConfig().getValue(CHANNEL + "group.id", String.class));
    }

    @Test
    void decisionsAndSettlementsArePaidByPayRefundReturnsReleaseThroughReturnHoldAndFoundParcelsClawBack() {
        assertEquals(List.of("clawback", "pay-refund", "return-hold"), consumer.handlers().types().stream()
                .flatMap(type -> consumer.handlers().handlersOf(type).stream())
                .map(handler -> handler.name()).distinct().sorted().toList());
    }
}

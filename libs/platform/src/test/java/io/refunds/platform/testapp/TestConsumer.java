package io.refunds.platform.testapp;

import io.refunds.platform.consumer.EventDispatcher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The test application's one consumer, as a service has it: one channel, one handler table. */
@ApplicationScoped
public class TestConsumer {

    private final EventDispatcher dispatcher;

    public TestConsumer(EventDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Incoming("events")
    public Uni<Void> consume(Message<String> message) {
        return dispatcher.dispatch(message, TestHandlers.TABLE);
    }
}

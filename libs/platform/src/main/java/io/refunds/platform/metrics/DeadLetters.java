package io.refunds.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.refunds.platform.inbox.DeadLetterCount;
import io.refunds.platform.inbox.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the records a consumer gave up on: the failure strategy sends each of them to {@code <topic>.dlq}.
 * {@code reason} is {@code poison} (unreadable, unknown type, schema-invalid) or {@code exhausted} (retries spent).
 */
@ApplicationScoped
public class DeadLetters implements DeadLetterCount {

    public static final String METRIC = "refunds.dead.lettered";

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void count(String topic, String handler, Throwable failure) {
        Counter.builder(METRIC)
                .description("Records sent to the dead-letter topic after the consumer gave up")
                .tag("topic", topic)
                .tag("handler", handler)
                .tag("reason", failure instanceof PoisonMessageException ? "poison" : "exhausted")
                .register(registry)
                .increment();
    }
}

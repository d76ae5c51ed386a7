package io.refunds.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Runs reactive work inside a span that stays current until the work ends, so an outbox row written by it
 * carries this span's trace. Consumers continue the trace of the record's {@code traceparent} header.
 */
@ApplicationScoped
public class Spans {

    private final Tracer tracer;

    public Spans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** A consumer span whose parent is the trace context the record carries (a new trace when it has none). */
    public <T> Uni<T> consuming(ConsumerRecord<?, ?> record, String handler, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder(record.topic() + " process")
                    .setParent(TraceContext.extract(record.headers()))
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("refunds.handler", handler)
                    .startSpan();
            return runIn(span, work);
        });
    }

    /** An internal span whose parent is {@code parent} (a new trace when it holds none), e.g. a deadline firing. */
    public <T> Uni<T> internal(String name, TraceContext parent, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> runIn(tracer.spanBuilder(name).setParent(parent.asParent())
                .startSpan(), work));
    }

    private static <T> Uni<T> runIn(Span span, Supplier<Uni<T>> work) {
        Scope scope = Context.current().with(span).makeCurrent();
        Uni<T> started;
        try {
            started = work.get();
        } catch (RuntimeException e) {
            started = Uni.createFrom().failure(e);
        }
        return started.onTermination().invoke((item, failure, cancelled) -> {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.toString());
            }
            span.end();
            scope.close();
        });
    }
}

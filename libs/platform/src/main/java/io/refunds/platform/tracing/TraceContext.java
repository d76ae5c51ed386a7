package io.refunds.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** A W3C trace context ({@code traceparent}, {@code tracestate}) as stored in the outbox and sent in Kafka headers. */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    /** The current span's context, or one with null fields when no span is recording. */
    public static TraceContext current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return new TraceContext(null, null);
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** Adds the non-null fields as Kafka headers. */
    public void writeTo(Headers headers) {
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (tracestate != null && !tracestate.isEmpty()) {
            headers.add(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** This context as a parent; {@code Context.root()} when it holds none. */
    public Context asParent() {
        Map<String, String> carrier = new HashMap<>();
        if (traceparent != null) {
            carrier.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MapGetter.INSTANCE);
    }

    /** The remote parent carried by a record's headers; {@code Context.root()} when it has none. */
    public static Context extract(Headers headers) {
        return W3C.extract(Context.root(), headers, HeadersGetter.INSTANCE);
    }

    /** Reads a map for the W3C propagator. */
    private enum MapGetter implements TextMapGetter<Map<String, String>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }

    /** Reads Kafka headers for the W3C propagator. */
    private enum HeadersGetter implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            Header header = headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}

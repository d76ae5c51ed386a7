package io.refunds.platform.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.events.CaseEvent;
import io.refunds.events.CaseWithdrawn;
import io.refunds.events.MessagePosted;
import io.refunds.events.SellerDeclined;
import io.refunds.platform.consumer.HandlerTable;
import io.refunds.platform.inbox.EventEnvelope;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test application's handler table: each handler records what it applied in {@code applied} (no uniqueness, so a
 * duplicate would show); a message whose body is {@link #KEEPS_FAILING} fails every attempt with a retryable error,
 * and a seller decline whose reason is {@link #FIRST_GIVES_UP} fails its first handler only.
 */
public final class TestHandlers {

    public static final String MESSAGES = "message-recorder";
    public static final String WITHDRAWALS = "withdrawal-recorder";
    public static final String DECLINES_FIRST = "decline-first";
    public static final String DECLINES_SECOND = "decline-second";
    public static final String KEEPS_FAILING = "this message keeps failing";
    public static final String FIRST_GIVES_UP = "the first handler gives up";

    /** Attempts per event id of the handlers that fail: in-place retries are counted here. */
    public static final Map<UUID, AtomicInteger> FAILED_ATTEMPTS = new ConcurrentHashMap<>();

    public static final HandlerTable TABLE = HandlerTable.builder()
            .on(MessagePosted.class, MESSAGES, envelope -> envelope.payload().body().equals(KEEPS_FAILING)
                    ? fail(envelope) : record(MESSAGES, envelope, envelope.payload().body()))
            .on(CaseWithdrawn.class, WITHDRAWALS, envelope -> record(WITHDRAWALS, envelope, null))
            .on(SellerDeclined.class, DECLINES_FIRST, envelope -> envelope.payload().reason().equals(FIRST_GIVES_UP)
                    ? fail(envelope) : record(DECLINES_FIRST, envelope, envelope.payload().reason()))
            .on(SellerDeclined.class, DECLINES_SECOND, envelope -> record(DECLINES_SECOND, envelope,
                    envelope.payload().reason()))
            .build();

    private static final String INSERT = "insert into applied (handler, event_id, business_key, case_id, detail) "
            + "values (:handler, :eventId, :businessKey, :caseId, :detail)";

    private TestHandlers() {
    }

    private static Uni<Void> record(String handler, EventEnvelope<? extends CaseEvent> envelope, String detail) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter("handler", handler)
                .setParameter("eventId", envelope.eventId())
                .setParameter("businessKey", envelope.payload().businessKey())
                .setParameter("caseId", envelope.payload().caseId())
                .setParameter("detail", detail)
                .executeUpdate()).replaceWithVoid();
    }

    private static Uni<Void> fail(EventEnvelope<? extends CaseEvent> envelope) {
        FAILED_ATTEMPTS.computeIfAbsent(envelope.eventId(), id -> new AtomicInteger()).incrementAndGet();
        return Uni.createFrom().failure(new IllegalStateException("simulated failure of " + envelope.eventId()));
    }
}

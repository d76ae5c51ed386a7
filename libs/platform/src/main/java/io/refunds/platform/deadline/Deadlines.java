package io.refunds.platform.deadline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.refunds.platform.tracing.TraceContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Schedules and cancels deadlines as rows, inside the caller's transaction. */
@ApplicationScoped
public class Deadlines {

    private static final String SCHEDULE = "insert into deadline (kind, subject, due_at, traceparent, tracestate) "
            + "values (:kind, :subject, :dueAt, nullif(:traceparent, ''), nullif(:tracestate, '')) "
            + "on conflict (kind, subject) do nothing";
    private static final String RESCHEDULE = "insert into deadline (kind, subject, due_at, traceparent, tracestate) "
            + "values (:kind, :subject, :dueAt, nullif(:traceparent, ''), nullif(:tracestate, '')) "
            + "on conflict (kind, subject) do update set due_at = excluded.due_at, cancelled_at = null "
            + "where deadline.fired_at is null";
    private static final String CANCEL = "update deadline set cancelled_at = now() "
            + "where kind = :kind and subject = :subject and fired_at is null and cancelled_at is null";

    /**
     * Schedules once per (kind, subject); a repeated call keeps the first due time. The deadline will fire in the
     * current trace.
     */
    public Uni<Void> schedule(String kind, String subject, Instant dueAt) {
        return write(SCHEDULE, kind, subject, dueAt);
    }

    private static Uni<Void> write(String statement, String kind, String subject, Instant dueAt) {
        TraceContext trace = TraceContext.current();
        return Panache.getSession().chain(session -> session.createNativeQuery(statement)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .setParameter("dueAt", OffsetDateTime.ofInstant(dueAt, ZoneOffset.UTC))
                .setParameter("traceparent", trace.traceparent() == null ? "" : trace.traceparent())
                .setParameter("tracestate", trace.tracestate() == null ? "" : trace.tracestate())
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Schedules the deadline at {@code dueAt}, or moves it there while it has not fired (a cancelled one is pending
     * again); one that fired stays fired.
     */
    public Uni<Void> reschedule(String kind, String subject, Instant dueAt) {
        return write(RESCHEDULE, kind, subject, dueAt);
    }

    /** Cancels a pending deadline; returns whether one was pending. */
    public Uni<Boolean> cancel(String kind, String subject) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CANCEL)
                .setParameter("kind", kind)
                .setParameter("subject", subject)
                .executeUpdate()).map(updated -> updated > 0);
    }
}

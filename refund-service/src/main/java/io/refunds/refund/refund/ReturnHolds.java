package io.refunds.refund.refund;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.refunds.events.RefundRelease;
import io.refunds.platform.inbox.PoisonMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Holds the refund of a return outcome until its return releases it, in the consumer's transaction: lock the cause,
 * read what was recorded for it, {@link ReturnHold}, write, and pay through {@link RefundPayer} when released.
 */
@ApplicationScoped
public class ReturnHolds {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext(:key))";
    private static final String READ = "select state, cast(cause as text), release from return_hold"
            + " where cause_key = :key";
    private static final String WRITE = "insert into return_hold (cause_key, case_id, state, cause, release,"
            + " created_at, updated_at) values (:key, :caseId, :state, cast(nullif(:cause, '') as jsonb),"
            + " nullif(:release, ''), now(), now()) on conflict (cause_key) do update set state = excluded.state,"
            + " cause = coalesce(return_hold.cause, excluded.cause),"
            + " release = coalesce(return_hold.release, excluded.release), updated_at = now()";

    private final RefundPayer payer;
    private final ObjectMapper json;

    public ReturnHolds(RefundPayer payer, ObjectMapper json) {
        this.payer = payer;
        this.json = json;
    }

    /** A return-and-refund decision or settlement: held until its return releases it (paid now if it did). */
    public Uni<Void> causeArrived(RefundCause cause) {
        return recorded(cause.key()).chain(row -> {
            ReturnHold.Step step = ReturnHold.causeArrived(row == null ? null : row.state(),
                    row == null ? null : row.release());
            if (!step.changes()) {
                return Uni.createFrom().voidItem();
            }
            return write(cause.key(), cause.caseId(), step.next(), text(cause), null)
                    .chain(() -> step.pay() ? payer.pay(cause) : Uni.createFrom().voidItem());
        });
    }

    /** The return released {@code release} for the cause named {@code causeKey}. */
    public Uni<Void> released(String causeKey, UUID caseId, RefundRelease release) {
        return recorded(causeKey).chain(row -> {
            ReturnHold.Step step = ReturnHold.released(row == null ? null : row.state(), release);
            if (!step.changes()) {
                return Uni.createFrom().voidItem();
            }
            Log.infof("case %s: the return released %s for %s", caseId, release, causeKey);
            return write(causeKey, caseId, step.next(), null, release)
                    .chain(() -> step.pay() ? payer.pay(read(row.cause())) : Uni.createFrom().voidItem());
        });
    }

    /** An appeal's decision superseded the cause {@code causeKey}: a refund still held for it will never pay. */
    public Uni<Void> superseded(String causeKey, UUID caseId) {
        return recorded(causeKey).chain(row -> {
            ReturnHold.Step step = ReturnHold.superseded(row == null ? null : row.state());
            if (!step.changes()) {
                return Uni.createFrom().voidItem();
            }
            Log.infof("case %s: %s was superseded while its refund was held", caseId, causeKey);
            return write(causeKey, caseId, step.next(), null, null);
        });
    }

    private record Row(HoldState state, String cause, RefundRelease release) {
    }

    /** Locks the cause until the transaction ends, then reads its row (null when there is none). */
    private Uni<Row> recorded(String causeKey) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK)
                .setParameter("key", "return-hold:" + causeKey).getResultList()
                .chain(() -> session.createNativeQuery(READ, Object[].class).setParameter("key", causeKey)
                        .getResultList()))
                .map(ReturnHolds::row);
    }

    private static Row row(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Object[] columns = rows.get(0);
        return new Row(HoldState.valueOf((String) columns[0]), (String) columns[1],
                columns[2] == null ? null : RefundRelease.valueOf((String) columns[2]));
    }

    private Uni<Void> write(String causeKey, UUID caseId, HoldState state, String cause, RefundRelease release) {
        return Panache.getSession().chain(session -> session.createNativeQuery(WRITE)
                .setParameter("key", causeKey).setParameter("caseId", caseId).setParameter("state", state.name())
                .setParameter("cause", cause == null ? "" : cause)
                .setParameter("release", release == null ? "" : release.name())
                .executeUpdate()).replaceWithVoid();
    }

    private String text(RefundCause cause) {
        try {
            return json.writeValueAsString(cause);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a refund cause is always JSON", e);
        }
    }

    private RefundCause read(String text) {
        if (text == null) {
            throw new PoisonMessageException("a held refund without its cause");
        }
        try {
            return json.readValue(text, RefundCause.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("the held cause is unreadable: " + e.getOriginalMessage());
        }
    }
}

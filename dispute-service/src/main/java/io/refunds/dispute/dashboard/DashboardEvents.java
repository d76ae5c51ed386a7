package io.refunds.dispute.dashboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the stored dashboard events by stream position; prunes old ones. */
@ApplicationScoped
public class DashboardEvents {

    private static final String AFTER = "select id, event_id, event_type, ce_type, case_id, occurred_at, payload "
            + "from dashboard_event where id > $1 order by id limit $2";

    private final Pool pool;

    public DashboardEvents(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} events after stream position {@code position}, in order. */
    public Uni<List<StreamEvent>> after(long position, int limit) {
        return pool.preparedQuery(AFTER).execute(Tuple.of(position, limit)).map(rows -> {
            List<StreamEvent> page = new ArrayList<>(rows.size());
            rows.forEach(row -> page.add(toEvent(row)));
            return page;
        });
    }

    /** The latest stream position (0 when empty). */
    public Uni<Long> head() {
        return pool.query("select coalesce(max(id), 0) as head from dashboard_event").execute()
                .map(rows -> rows.iterator().next().getLong("head"));
    }

    /** Deletes events received before {@code cutoff}; returns how many. */
    public Uni<Integer> pruneBefore(Instant cutoff) {
        return pool.preparedQuery("delete from dashboard_event where received_at < $1")
                .execute(Tuple.of(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }

    private static StreamEvent toEvent(Row row) {
        return new StreamEvent(row.getLong("id"), row.getUUID("event_id"), row.getString("event_type"),
                row.getString("ce_type"), row.getString("case_id"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("payload"));
    }
}

package io.refunds.dispute.dashboard;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * {@code GET /api/disputes/stats?zone=Europe/Berlin}: the dashboard's counts. Open and appealed disputes now (each
 * the length of the queue of that status), how many of them are overdue, decisions made and refunds issued since
 * midnight in {@code zone} (UTC by default); refunds are counted from the RefundIssued events the dashboard stream
 * stored (once per refund, however often it was re-published).
 */
@Path("/api/disputes/stats")
public class DashboardStatsResource {

    private static final String COUNTS = "select "
            + "(select count(*) from dispute where status = 'OPEN') as open, "
            + "(select count(*) from dispute where status = 'APPEALED') as appealed, "
            + "(select count(*) from dispute where status in ('OPEN', 'APPEALED') "
            + "  and (overdue or decision_due_at < now())) as overdue, "
            + "(select count(*) from decision where decided_at >= $1) as decided, "
            + "(select count(*) from dashboard_event where event_type = 'RefundIssued' and occurred_at >= $1) "
            + "  as refunded";

    private final Pool pool;

    public DashboardStatsResource(Pool pool) {
        this.pool = pool;
    }

    /** The counts; {@code since} is the start of today in the zone asked for; overdue counts open and appealed. */
    public record Stats(long open, long appealed, long overdue, long decidedToday, long refundedToday, Instant since,
            String zone) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
    public Uni<Stats> stats(@QueryParam("zone") String zone) {
        ZoneId zoneId = zoneOf(zone);
        Instant since = LocalDate.now(zoneId).atStartOfDay(zoneId).toInstant();
        return pool.preparedQuery(COUNTS).execute(Tuple.of(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Stats(row.getLong("open"), row.getLong("appealed"), row.getLong("overdue"),
                            row.getLong("decided"),
                            row.getLong("refunded"), since, zoneId.getId());
                });
    }

    private static ZoneId zoneOf(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ApiException.invalid("zone", "must be an IANA time zone such as Europe/Berlin");
        }
    }
}

package io.refunds.order.cases;

import io.refunds.events.Money;
import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.order.evidence.Evidence;
import io.refunds.order.evidence.EvidencePurpose;
import io.refunds.order.evidence.MediaKind;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.Fault;
import io.refunds.order.timeline.Audience;
import io.refunds.order.timeline.TimelineEntry;
import io.refunds.platform.parties.CaseParties;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Reads a case with its evidence, QC photos and timeline in one SQL round trip (the readers' hot read path). */
@ApplicationScoped
public class CaseViewQuery {

    private static final String EVIDENCE_JSON = "json_agg(json_build_object('id', e.id, 'purpose', e.purpose,"
            + " 'contentType', e.content_type, 'kind', e.kind, 'sizeBytes', e.size_bytes, 'sha256', e.sha256,"
            + " 'uploadedBy', e.uploaded_by, 'uploadedAt', e.uploaded_at) ORDER BY e.uploaded_at, e.id)";

    static final String SQL = "SELECT c.*,"
            + " (SELECT " + EVIDENCE_JSON + " FROM evidence e WHERE e.case_id = c.id) AS evidence,"
            + " (SELECT " + EVIDENCE_JSON + " FROM evidence e WHERE e.purpose = 'QC_PHOTO'"
            + "   AND e.order_id = c.order_id AND e.item_id = c.item_id) AS qc_photos,"
            + " (SELECT json_agg(json_build_object('type', t.event_type, 'actor', t.actor, 'summary', t.summary,"
            + "   'code', t.code, 'params', t.params, 'occurredAt', t.occurred_at) ORDER BY t.occurred_at, t.id)"
            + "   FROM timeline_entry t"
            + "   WHERE t.case_id = c.id) AS timeline"
            + " FROM refund_case c WHERE c.id = $1";

    private final Pool pool;

    public CaseViewQuery(Pool pool) {
        this.pool = pool;
    }

    /** The case, or null when there is none; the caller decides who may see it. */
    public Uni<Loaded> find(UUID caseId) {
        return pool.preparedQuery(SQL).execute(Tuple.of(caseId)).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? loaded(iterator.next()) : null;
        });
    }

    /** A case row and what hangs off it, as the ORM would have loaded them. */
    public record Loaded(RefundCase refundCase, List<Evidence> evidence, List<Evidence> qcPhotos,
            List<TimelineEntry> timeline) {

        /** The case as {@code reader} sees it: the timeline in words for them. */
        public CaseView view(Audience reader) {
            return CaseView.full(refundCase, evidence, qcPhotos, timeline, reader);
        }
    }

    private static Loaded loaded(Row row) {
        return new Loaded(refundCase(row), list(row, "evidence", CaseViewQuery::evidence),
                list(row, "qc_photos", CaseViewQuery::evidence), list(row, "timeline", CaseViewQuery::entry));
    }

    private static RefundCase refundCase(Row row) {
        RefundCase c = new RefundCase();
        c.id = row.getUUID("id");
        c.parties = new CaseParties(row.getString("order_id"), row.getString("item_id"), row.getString("buyer_id"),
                row.getString("seller_id"), row.getString("reason"),
                Money.of(row.getLong("paid_minor"), row.getString("paid_currency")));
        c.itemTitle = row.getString("item_title");
        c.description = row.getString("description");
        c.requestedOutcome = Remedy.valueOf(row.getString("requested_outcome"));
        c.requestedMinor = row.getLong("requested_minor");
        c.refundDestination = RefundDestination.valueOf(row.getString("refund_destination"));
        c.refundedMinor = row.getLong("refunded_minor");
        c.claimStage = ClaimStage.valueOf(row.getString("claim_stage"));
        c.fault = Fault.valueOf(row.getString("fault"));
        Object quote = row.getValue("quote");
        c.quote = quote == null ? null : quote.toString();
        c.status = CaseStatus.valueOf(row.getString("status"));
        c.nextDeadlineKind = row.getString("next_deadline_kind");
        c.nextDeadlineAt = instant(row.getOffsetDateTime("next_deadline_at"));
        c.reportedAt = instant(row.getOffsetDateTime("reported_at"));
        c.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return c;
    }

    private static Evidence evidence(JsonObject json) {
        Evidence e = new Evidence();
        e.id = UUID.fromString(json.getString("id"));
        e.purpose = EvidencePurpose.valueOf(json.getString("purpose"));
        e.contentType = json.getString("contentType");
        e.kind = MediaKind.valueOf(json.getString("kind"));
        e.sizeBytes = json.getLong("sizeBytes");
        e.sha256 = json.getString("sha256");
        e.uploadedBy = json.getString("uploadedBy");
        e.uploadedAt = instant(json.getString("uploadedAt"));
        return e;
    }

    private static TimelineEntry entry(JsonObject json) {
        TimelineEntry t = new TimelineEntry();
        t.eventType = json.getString("type");
        t.actor = json.getString("actor");
        t.summary = json.getString("summary");
        t.code = json.getString("code");
        JsonObject params = json.getJsonObject("params");
        t.params = params == null ? null : params.encode();
        t.occurredAt = instant(json.getString("occurredAt"));
        return t;
    }

    private static <T> List<T> list(Row row, String column, Function<JsonObject, T> mapper) {
        Object value = row.getValue(column);
        if (value == null) {
            return List.of();
        }
        JsonArray array = value instanceof JsonArray json ? json : new JsonArray(value.toString());
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(mapper.apply(array.getJsonObject(i)));
        }
        return items;
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** PostgreSQL writes timestamptz in JSON as ISO-8601 with an offset, e.g. {@code 2026-01-02T03:04:05.123456+00:00}. */
    private static Instant instant(String value) {
        return OffsetDateTime.parse(value).toInstant();
    }
}

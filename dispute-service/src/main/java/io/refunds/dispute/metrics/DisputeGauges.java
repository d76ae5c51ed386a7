package io.refunds.dispute.metrics;

import io.refunds.platform.metrics.TableGauge;
import io.refunds.platform.metrics.TableGauges;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Business gauges of dispute-service: disputes by status, overdue disputes, time to a first decision. */
@ApplicationScoped
public class DisputeGauges implements TableGauges {

    @Override
    public List<TableGauge> gauges() {
        return List.of(
                TableGauge.of("refunds.disputes", "Disputes by status",
                        "select status, count(*) from dispute group by status", "status"),
                TableGauge.of("refunds.disputes.overdue", "Open disputes past their decision deadline",
                        "select count(*) from dispute where status = 'OPEN' and overdue"),
                TableGauge.of("refunds.decision.time.seconds",
                        "Time from a dispute's opening to its first decision, quantiles over the last 30 days",
                        "select q::text, coalesce(percentile_cont(q::float8) within group (order by "
                                + "extract(epoch from dc.decided_at - d.opened_at)), 0) "
                                + "from unnest(array[0.5, 0.9, 0.99]) as q "
                                + "left join decision dc on dc.supersedes_id is null "
                                + "and dc.decided_at > now() - interval '30 days' "
                                + "left join dispute d on d.id = dc.dispute_id group by q",
                        "quantile"),
                TableGauge.of("refunds.decisions", "Decisions by outcome (superseding ones included)",
                        "select outcome, count(*) from decision group by outcome", "outcome"));
    }
}

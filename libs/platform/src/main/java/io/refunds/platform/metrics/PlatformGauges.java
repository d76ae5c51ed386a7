package io.refunds.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The gauges every service has: outbox lag and deadlines by kind and state. */
@ApplicationScoped
public class PlatformGauges implements TableGauges {

    @Override
    public List<TableGauge> gauges() {
        return List.of(
                TableGauge.of("refunds.outbox.pending", "Outbox rows not yet published to Kafka",
                        "select count(*) from outbox where sent_at is null"),
                TableGauge.of("refunds.outbox.oldest.pending.age.seconds",
                        "Age of the oldest outbox row not yet published (0 when none is pending)",
                        "select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox "
                                + "where sent_at is null"),
                TableGauge.of("refunds.deadlines", "Deadlines by kind and state: pending, overdue (due, not yet "
                                + "fired: scheduler lag), fired (the deadline passed), cancelled",
                        "select kind, case when cancelled_at is not null then 'cancelled' "
                                + "when fired_at is not null then 'fired' "
                                + "when due_at <= now() then 'overdue' else 'pending' end, count(*) "
                                + "from deadline group by 1, 2",
                        "kind", "state"));
    }
}

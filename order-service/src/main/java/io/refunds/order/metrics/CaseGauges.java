package io.refunds.order.metrics;

import io.refunds.platform.metrics.TableGauge;
import io.refunds.platform.metrics.TableGauges;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Business gauges of order-service: the buyers' cases by status. */
@ApplicationScoped
public class CaseGauges implements TableGauges {

    @Override
    public List<TableGauge> gauges() {
        return List.of(TableGauge.of("refunds.cases", "Refund cases by status",
                "select status, count(*) from refund_case group by status", "status"));
    }
}

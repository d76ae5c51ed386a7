package io.refunds.refund.metrics;

import io.refunds.platform.metrics.TableGauge;
import io.refunds.platform.metrics.TableGauges;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Business gauges of refund-service: refunds by destination and status. */
@ApplicationScoped
public class RefundGauges implements TableGauges {

    @Override
    public List<TableGauge> gauges() {
        return List.of(TableGauge.of("refunds.refunds", "Refunds by destination and status",
                "select destination, status, count(*) from refund group by destination, status",
                "destination", "status"));
    }
}

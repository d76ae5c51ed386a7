package io.refunds.platform.metrics;

import java.util.List;

/** Implemented by a service (a CDI bean) to publish gauges read from its tables; see {@link TableGaugeRefresher}. */
public interface TableGauges {

    List<TableGauge> gauges();
}

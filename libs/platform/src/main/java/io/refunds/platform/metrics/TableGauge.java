package io.refunds.platform.metrics;

import java.util.List;

/**
 * A gauge read from the service's own tables: each result row gives the label values, in {@code labels}
 * order, then the value in its last column.
 */
public record TableGauge(String name, String description, List<String> labels, String sql) {

    public static TableGauge of(String name, String description, String sql, String... labels) {
        return new TableGauge(name, description, List.of(labels), sql);
    }
}

package io.refunds.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-reads every {@link TableGauge} from the database on a short interval and publishes the rows as gauges.
 * Scrapes read the last values and never touch the database; every replica reports the same numbers (use
 * {@code max}, not {@code sum}, across replicas), and a restart loses nothing.
 */
@ApplicationScoped
public class TableGaugeRefresher {

    private final Pool pool;
    private final MeterRegistry registry;
    private final List<TableGauge> gauges = new ArrayList<>();
    private final Map<String, MultiGauge> published = new LinkedHashMap<>();

    public TableGaugeRefresher(Pool pool, MeterRegistry registry, Instance<TableGauges> sources) {
        this.pool = pool;
        this.registry = registry;
        sources.forEach(source -> gauges.addAll(source.gauges()));
    }

    @Scheduled(every = "${platform.metrics.refresh-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return Multi.createFrom().iterable(gauges)
                .onItem().transformToUniAndConcatenate(gauge -> pool.query(gauge.sql()).execute()
                        .invoke(rows -> publish(gauge, rows))
                        .onFailure().recoverWithItem(failure -> {
                            Log.warnf("gauge %s not refreshed: %s", gauge.name(), failure.toString());
                            return null;
                        }))
                .collect().last().replaceWithVoid();
    }

    private void publish(TableGauge gauge, RowSet<Row> rows) {
        List<MultiGauge.Row<?>> values = new ArrayList<>();
        for (Row row : rows) {
            Tags tags = Tags.empty();
            for (int i = 0; i < gauge.labels().size(); i++) {
                Object label = row.getValue(i);
                tags = tags.and(gauge.labels().get(i), label == null ? "none" : label.toString());
            }
            Object value = row.getValue(gauge.labels().size());
            values.add(MultiGauge.Row.of(tags, value instanceof Number number ? number.doubleValue() : 0));
        }
        published.computeIfAbsent(gauge.name(), name -> MultiGauge.builder(name)
                        .description(gauge.description())
                        .register(registry))
                .register(values, true);
    }
}

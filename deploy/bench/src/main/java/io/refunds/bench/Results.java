package io.refunds.bench;

import java.util.Map;

/** Turns one run's measurements into the table of figures, limits, ratios and targets. */
final class Results {

    private static final double STEP_P99_TARGET_MS = 100;
    private static final double RSS_TARGET_MB = 1536;
    private static final double READY_TARGET_S = 15;

    private final BenchOptions options;
    private final Benchmark.Measurements m;

    Results(BenchOptions options, Benchmark.Measurements measured) {
        this.options = options;
        this.m = measured;
    }

    double casesPerSecond() {
        return m.windowSeconds > 0 ? m.refunded / m.windowSeconds : Double.NaN;
    }

    /** Commits per refunded case, less what the idle platform commits anyway (pollers) over the same window. */
    double commitsPerCase() {
        return (m.commits - m.idleCommitsPerSecond * m.windowSeconds) / m.refunded;
    }

    Table table() {
        Table table = new Table();
        run(table);
        throughput(table);
        limits(table);
        table.section("Latency per step, p50 / p95 / p99 (ms)");
        m.steps.forEach((step, latency) -> table.latency(step, latency,
                step.equals(StepLatencies.END_TO_END) ? Double.NaN : STEP_P99_TARGET_MS));
        table.section("Outbox: payload time → published on Kafka, p50 / p95 / p99 (ms)");
        m.publishLag.forEach((event, latency) -> table.latency(event, latency, Double.NaN));
        rest(table);
        resources(table);
        return table;
    }

    private void run(Table table) {
        table.section("Run");
        table.add("cases driven (N), after a warm-up of", options.cases() + ", " + options.warmup());
        table.add("reports accepted / failed", m.reported + " / " + m.reportFailures
                + (m.firstReportFailure == null ? "" : " (first: " + clip(m.firstReportFailure) + ")"));
        table.add("decisions failed", m.decisionFailures
                + (m.firstDecisionFailure == null ? "" : " (first: " + clip(m.firstDecisionFailure) + ")"));
        table.add("cases refunded", Integer.toString(m.refunded));
        table.add("arrival rate offered", Table.number(options.rate()) + " cases/s");
        table.add("window: first report due → last RefundIssued", Table.number(m.windowSeconds) + " s");
        table.atMost("start → platform ready (fresh data folder)", m.readySeconds, "s", READY_TARGET_S);
    }

    private void throughput(Table table) {
        table.section("Throughput");
        double pgbench = m.pgbench == null ? Double.NaN : m.pgbench.tps();
        double producer = m.producer == null ? Double.NaN : m.producer.recordsPerSecond();
        double casesPerSecond = casesPerSecond();
        table.add("commits per case (raw)", Table.number((double) m.commits / m.refunded));
        table.add("idle platform's commits", Table.number(m.idleCommitsPerSecond) + " /s");
        table.add("commits per case (net of idle)", Table.number(commitsPerCase()));
        table.ratio("end-to-end cases/s", casesPerSecond, "cases/s", "pgbench ÷ commits/case =",
                pgbench / commitsPerCase(), 0.6);
        table.ratio("database commits/s during the run", m.commits / m.windowSeconds, "tx/s", "pgbench",
                pgbench, Double.NaN);
        table.add("Kafka records per case (all refunds.* topics)", Table.number((double) m.records / m.refunded));
        table.ratio("Kafka records/s during the run", m.records / m.windowSeconds, "msg/s", "producer perf",
                producer, Double.NaN);
    }

    private void limits(Table table) {
        table.section("Limits, measured in the same run on the same servers");
        table.add("pgbench -c 8 -j 2 -T " + options.limitSeconds() + " (TPC-B-like, scale 10)",
                m.pgbench == null ? "n/a" : Table.number(m.pgbench.tps()) + " tps");
        table.add("Kafka ProducerPerformance (1 KiB, acks=all)", m.producer == null ? "n/a"
                : Table.number(m.producer.recordsPerSecond()) + " msg/s, p99 " + Table.number(m.producer.p99Millis())
                        + " ms");
        table.add("trivial Quarkus GET /hello (wrk -t2 -c" + options.restConnections() + ")",
                m.trivial == null ? "n/a" : Table.number(m.trivial.requestsPerSecond()) + " req/s");
    }

    private void rest(Table table) {
        table.section("REST");
        table.latency("POST /api/cases (report, open loop at the offered rate)", m.reportRest, Double.NaN);
        table.latency("POST /api/disputes/{id}/assignment (claim)", m.claimRest, Double.NaN);
        table.latency("POST /api/disputes/{id}/decision", m.decideRest, Double.NaN);
        table.latency("automatic agent: DisputeOpened → decision request", m.deciderReaction, Double.NaN);
        double trivial = m.trivial == null ? Double.NaN : m.trivial.requestsPerSecond();
        if (m.timeline != null) {
            table.ratio("GET /api/cases/{id} (timeline), wrk", m.timeline.requestsPerSecond(), "req/s",
                    "GET /hello", trivial, 0.5);
            table.add("timeline p50 / p90 / p99 (wrk), non-2xx", Table.number(m.timeline.p50()) + " / "
                    + Table.number(m.timeline.p90()) + " / " + Table.number(m.timeline.p99()) + " ms, "
                    + m.timeline.errors());
        }
        if (m.publicRead != null) {
            table.ratio("GET /api/disputes/dashboard-config (public, no token), wrk", m.publicRead.requestsPerSecond(),
                    "req/s", "GET /hello", trivial, Double.NaN);
        }
        if (m.trivial != null) {
            table.add("trivial GET /hello p50 / p90 / p99 (wrk)", Table.number(m.trivial.p50()) + " / "
                    + Table.number(m.trivial.p90()) + " / " + Table.number(m.trivial.p99()) + " ms");
        }
    }

    private void resources(Table table) {
        table.section("Resources");
        long totalKb = 0;
        for (Map.Entry<String, Long> process : m.rssKb.entrySet()) {
            totalKb += process.getValue();
            String measure = process.getKey().equals("postgresql") ? "peak PSS (postmaster + backends) " : "peak RSS ";
            table.add(measure + process.getKey(), Table.number(process.getValue() / 1024.0) + " MB");
        }
        table.atMost("peak memory, the six processes together", totalKb / 1024.0, "MB", RSS_TARGET_MB);
        table.add("RSS of the trivial app after its load", Table.number(m.trivialRssKb / 1024.0) + " MB");
        double window = m.windowSeconds;
        for (Map.Entry<String, Double> process : m.cpuSeconds.entrySet()) {
            double idle = m.idleCpuSeconds.getOrDefault(process.getKey(), 0.0) / 5.0;
            table.add("CPU " + process.getKey(), Table.number(process.getValue() * 1000 / m.refunded)
                    + " ms per case (" + Table.percent(process.getValue() / window) + " of a core; idle "
                    + Table.percent(idle) + ")");
        }
        table.add("CPU benchmark JVM (driver, agent, Stripe stand-in)", Table.number(m.benchCpuSeconds * 1000
                / m.refunded) + " ms per case (" + Table.percent(m.benchCpuSeconds / window) + " of a core)");
        table.add("machine busy during the pipeline (all cores)", Table.percent(m.machineBusySeconds
                / m.machineTotalSeconds) + "; not ours: " + Table.number(m.notOursSeconds())
                + " CPU s");
    }

    private static String clip(String text) {
        String line = text.replace('\n', ' ').replace('|', '/');
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}

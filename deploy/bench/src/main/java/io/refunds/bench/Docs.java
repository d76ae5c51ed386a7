package io.refunds.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the run's results into {@code docs/benchmarks.md} between two markers (the hand-written text around them
 * stays), and the step chart beside it as SVG.
 */
final class Docs {

    static final String START = "<!-- benchmark results: start (written by deploy/bench/run) -->";
    static final String END = "<!-- benchmark results: end -->";

    private Docs() {
    }

    static void write(BenchOptions options, Benchmark.Measurements measured, Table table) throws IOException {
        Path file = options.docsFile();
        Files.createDirectories(file.getParent());
        String chartName = file.getFileName().toString().replaceFirst("\\.md$", "") + "-steps.svg";
        Files.writeString(file.resolveSibling(chartName), StepChart.svg(
                "Latency per step, N = " + options.cases() + " at " + Table.number(options.rate()) + " cases/s",
                measured.steps));
        String results = START + "\n" + header(options, measured) + table.markdown()
                + "\n![Latency per step](" + chartName + ")\n" + END;
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int start = existing.indexOf(START);
        int end = existing.indexOf(END);
        String updated = start < 0 || end < start ? existing + "\n" + results + "\n"
                : existing.substring(0, start) + results + existing.substring(end + END.length());
        Files.writeString(file, updated);
    }

    private static String header(BenchOptions options, Benchmark.Measurements m) {
        String loadBefore = load(m.loadBefore);
        String loadAfter = load(m.loadAfter);
        // Load averages count the platform's own work (after) and decay for minutes after an earlier run (before):
        // what ran beside this one is the CPU that no process of the benchmark used during the pipeline.
        boolean busy = m.notOursSeconds() > 0.05 * m.machineTotalSeconds;
        return String.format(Locale.ROOT, """

                Measured %s on commit `%s`: N = %d cases (after %d warm-up cases) at %s cases/s offered, wrk %d s × %d connections, \
                pgbench %d s; %d cores; load average (1/5/15 min) %s before, %s after.%s
                """,
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(m.startedAt.atOffset(ZoneOffset.UTC).withNano(0)) + "Z",
                m.commit, options.cases(), options.warmup(), Table.number(options.rate()),
                options.restSeconds(), options.restConnections(), options.limitSeconds(), Machine.cores(), loadBefore,
                loadAfter, busy ? "\n\n**Other work was running on the machine during this run (over 5 % of the CPU "
                        + "during the pipeline was used by no process of the benchmark): the figures are indicative, and "
                        + "the limits were measured under the same load.**"
                        : "");
    }

    private static String load(double[] load) {
        return Arrays.stream(load).mapToObj(Table::number).collect(Collectors.joining(" / "));
    }
}

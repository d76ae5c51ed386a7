package io.refunds.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's results: each figure with its limit, its ratio to the limit and its target; printed or in Markdown. */
final class Table {

    /** One figure. Empty strings where a column does not apply. */
    record Row(String section, String figure, String value, String limit, String ratio, String target,
            String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private String section = "";

    void section(String name) {
        section = name;
    }

    void add(String figure, String value) {
        rows.add(new Row(section, figure, value, "", "", "", ""));
    }

    /** A figure compared with a limit; {@code targetRatio} (or NaN for none) is met when the ratio is at least it. */
    void ratio(String figure, double value, String unit, String limitName, double limit, double targetRatio) {
        double ratio = value / limit;
        String target = Double.isNaN(targetRatio) ? "" : "≥ " + percent(targetRatio);
        String verdict = Double.isNaN(targetRatio) || Double.isNaN(ratio) ? "" : ratio >= targetRatio ? "met" : "missed";
        rows.add(new Row(section, figure, number(value) + " " + unit, limitName + " " + number(limit) + " " + unit,
                percent(ratio), target, verdict));
    }

    /** A figure with an absolute ceiling (e.g. p99 ≤ 100 ms). */
    void atMost(String figure, double value, String unit, double ceiling) {
        String verdict = Double.isNaN(value) ? "" : value <= ceiling ? "met" : "missed";
        rows.add(new Row(section, figure, number(value) + " " + unit, "", percent(value / ceiling) + " of target",
                "≤ " + number(ceiling) + " " + unit, verdict));
    }

    /** p50 / p95 / p99 in milliseconds; the p99 against {@code ceiling} unless it is NaN. */
    void latency(String figure, Percentiles latency, double ceiling) {
        String value = number(latency.p50()) + " / " + number(latency.p95()) + " / " + number(latency.p99()) + " ms";
        if (Double.isNaN(ceiling)) {
            rows.add(new Row(section, figure, value, "", "", "", latency.count() + " samples"));
            return;
        }
        String verdict = Double.isNaN(latency.p99()) ? "" : latency.p99() <= ceiling ? "met" : "missed";
        rows.add(new Row(section, figure, value, "", percent(latency.p99() / ceiling) + " of target",
                "p99 ≤ " + number(ceiling) + " ms", verdict));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String console() {
        StringBuilder out = new StringBuilder();
        String current = null;
        String format = "  %-44s %-22s %-30s %-16s %-10s %s%n";
        for (Row row : rows) {
            if (!row.section().equals(current)) {
                current = row.section();
                out.append('\n').append(current).append('\n');
                out.append(String.format(Locale.ROOT, format, "figure", "value", "limit", "ratio", "target", ""));
            }
            out.append(String.format(Locale.ROOT, format, row.figure(), row.value(), row.limit(), row.ratio(),
                    row.target(), row.verdict()));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        String current = null;
        for (Row row : rows) {
            if (!row.section().equals(current)) {
                current = row.section();
                out.append("\n**").append(current).append("**\n\n")
                        .append("| figure | value | limit | ratio | target | |\n|---|---:|---|---:|---|---|\n");
            }
            out.append("| ").append(String.join(" | ", row.figure(), row.value(), row.limit(), row.ratio(),
                    row.target(), row.verdict())).append(" |\n");
        }
        return out.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "n/a"
                : String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }
}

package io.refunds.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a set of latencies in milliseconds; exact, from a sorted copy. */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Percentiles of(Collection<Double> millis) {
        return of(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Percentiles of(double[] millis) {
        if (millis.length == 0) {
            return NONE;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The smallest value with at least {@code percent} % of the values at or below it. */
    static double rank(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

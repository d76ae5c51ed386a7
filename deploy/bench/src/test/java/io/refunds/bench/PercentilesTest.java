package io.refunds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundredIsTheRankItself() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        Percentiles percentiles = Percentiles.of(values);
        assertEquals(50, percentiles.p50());
        assertEquals(95, percentiles.p95());
        assertEquals(99, percentiles.p99());
        assertEquals(100, percentiles.max());
        assertEquals(100, percentiles.count());
    }

    @Test
    void aSmallSampleTakesTheValueAtOrAboveTheRank() {
        Percentiles percentiles = Percentiles.of(List.of(10.0, 20.0, 30.0));
        assertEquals(20, percentiles.p50());
        assertEquals(30, percentiles.p99());
    }

    @Test
    void noValuesGiveNoPercentiles() {
        assertTrue(Double.isNaN(Percentiles.of(List.of()).p99()));
    }
}

package io.refunds.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String OUTPUT = """
            Running 15s test @ http://127.0.0.1:8090/hello
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.10ms    2.01ms  45.12ms   93.20%
                Req/Sec    16.20k     1.90k   20.11k    70.00%
              Latency Distribution
                 50%  612.00us
                 75%    1.02ms
                 90%    2.10ms
                 99%    1.20s
              483456 requests in 15.02s, 38.27MB read
              Non-2xx or 3xx responses: 12
            Requests/sec:  32187.45
            Transfer/sec:      2.55MB
            """;

    @Test
    void readsRateAndPercentilesInMilliseconds() {
        Wrk.Result result = Wrk.parse(OUTPUT);
        assertEquals(32187.45, result.requestsPerSecond(), 0.001);
        assertEquals(0.612, result.p50(), 1e-9);
        assertEquals(2.10, result.p90(), 1e-9);
        assertEquals(1200, result.p99(), 1e-9);
        assertEquals(483456, result.requests());
        assertEquals(12, result.errors());
    }
}

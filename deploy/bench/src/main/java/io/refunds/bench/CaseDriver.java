package io.refunds.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The buyers' side: registers one single-item order per case as the agent platform would, then reports an issue on
 * each at a fixed arrival rate (open loop: a slow answer does not delay the next report; latency counts from the
 * moment the report was due).
 */
final class CaseDriver {

    static final String BUYER = "b-bench";
    private static final int MAX_IN_FLIGHT = 256;

    private final Http http;
    private final String orderServiceUrl;
    private final String platformToken;
    private final String buyerToken;
    private final String runId;

    CaseDriver(Http http, String orderServiceUrl, String platformToken, String buyerToken, String runId) {
        this.http = http;
        this.orderServiceUrl = orderServiceUrl;
        this.platformToken = platformToken;
        this.buyerToken = buyerToken;
        this.runId = runId;
    }

    /** Registers {@code count} orders, 32 at a time; returns their ids. */
    List<String> registerOrders(int count) {
        Semaphore permits = new Semaphore(32);
        List<String> orderIds = new ArrayList<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        String receivedAt = Instant.now().minus(Duration.ofDays(2)).toString();
        for (int i = 0; i < count; i++) {
            String orderId = "o-bench-" + runId + "-" + i;
            orderIds.add(orderId);
            Map<String, Object> order = Map.of("orderId", orderId, "buyerId", BUYER, "items", List.of(Map.of(
                    "itemId", "i-1", "sellerId", "s-bench-" + (i % 50), "title", "Benchmark lamp",
                    "category", "home", "quantity", 1,
                    "unitPrice", Map.of("minorUnits", 89_000, "currency", "CNY"),
                    "paid", Map.of("minorUnits", 12_900, "currency", "USD"),
                    "exchangeRate", "0.1383", "paymentReference", "pi_bench" + runId + i,
                    "receivedAt", receivedAt)));
            permits.acquireUninterruptibly();
            pending.add(http.post(orderServiceUrl + "/api/orders", platformToken, null, order)
                    .whenComplete((response, failure) -> permits.release())
                    .thenAccept(response -> expect(response, 201, "registering " + orderId)));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return orderIds;
    }

    /** Reports an issue on every order, {@code rate} per second; returns when every answer is in. */
    Reports report(List<String> orderIds, double rate) {
        Reports reports = new Reports();
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long startNanos = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        for (int i = 0; i < orderIds.size(); i++) {
            long dueNanos = startNanos + (long) (i * 1e9 / rate);
            LockSupport.parkNanos(dueNanos - System.nanoTime());
            long dueMillis = startMillis + (dueNanos - startNanos) / 1_000_000;
            String orderId = orderIds.get(i);
            Map<String, Object> body = Map.of("orderId", orderId, "itemId", "i-1", "reason", "DEFECTIVE",
                    "description", "Benchmark: it does not switch on", "refundDestination", "WALLET");
            inFlight.acquireUninterruptibly();
            pending.add(http.post(orderServiceUrl + "/api/cases", buyerToken, "report-" + orderId, body)
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        reports.answered(dueMillis, (System.nanoTime() - dueNanos) / 1e6, response, failure);
                    }));
        }
        reports.lastDueMillis = startMillis + (long) ((orderIds.size() - 1) * 1e3 / rate);
        reports.firstDueMillis = startMillis;
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return reports;
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** What the reports answered: each case's due time, the latencies, the failures. */
    static final class Reports {
        final Map<String, Long> dueMillisByCase = new ConcurrentHashMap<>();
        final Queue<Double> latencies = new ConcurrentLinkedQueue<>();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicReference<String> firstFailure = new AtomicReference<>();
        long firstDueMillis;
        long lastDueMillis;

        private void answered(long dueMillis, double latency, HttpResponse<String> response, Throwable failure) {
            latencies.add(latency);
            if (failure == null && response.statusCode() == 201) {
                dueMillisByCase.put(Http.read(response.body()).path("caseId").asText(), dueMillis);
                return;
            }
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, failure != null ? failure.toString()
                    : response.statusCode() + " " + response.body());
        }
    }
}

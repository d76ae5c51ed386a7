package io.refunds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The automatic agent: on every DisputeOpened it claims the dispute and decides a full refund over the REST API,
 * as a support agent would, up to 32 disputes at a time.
 */
final class Decider implements AutoCloseable {

    private final Http http;
    private final String disputeServiceUrl;
    private final String agentToken;
    private final KafkaConsumer<String, String> consumer;
    private final Thread poller;
    private final Semaphore inFlight = new Semaphore(32);
    private volatile boolean running = true;

    final Map<String, Long> decisionStartMillis = new ConcurrentHashMap<>();
    final Map<String, Long> sawDisputeMillis = new ConcurrentHashMap<>();
    final Queue<Double> claimLatencies = new ConcurrentLinkedQueue<>();
    final Queue<Double> decideLatencies = new ConcurrentLinkedQueue<>();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicReference<String> firstFailure = new AtomicReference<>();

    Decider(Http http, String bootstrapServers, String disputeServiceUrl, String agentToken) {
        this.http = http;
        this.disputeServiceUrl = disputeServiceUrl;
        this.agentToken = agentToken;
        this.consumer = new KafkaConsumer<>(EventTimes.consumerProperties(bootstrapServers, "bench-decider"));
        consumer.subscribe(List.of(Step.DISPUTE_OPENED.event.topic()));
        poller = new Thread(this::poll, "bench-decider");
        poller.setDaemon(true);
        poller.start();
    }

    /** Drops the REST latencies seen so far (the warm-up's). */
    void forgetLatencies() {
        claimLatencies.clear();
        decideLatencies.clear();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode dispute = Http.read(record.value());
                    String caseId = dispute.path("caseId").asText();
                    if (sawDisputeMillis.putIfAbsent(caseId, System.currentTimeMillis()) == null) {
                        inFlight.acquireUninterruptibly();
                        decide(caseId, dispute.path("disputeId").asText())
                                .whenComplete((ignored, failure) -> inFlight.release());
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() asked the consumer to stop.
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private CompletableFuture<Void> decide(String caseId, String disputeId) {
        String dispute = disputeServiceUrl + "/api/disputes/" + disputeId;
        long claimStart = System.nanoTime();
        return http.post(dispute + "/assignment", agentToken, null, Map.of())
                .thenCompose(claimed -> {
                    claimLatencies.add((System.nanoTime() - claimStart) / 1e6);
                    check(claimed, 200, "claiming " + disputeId);
                    decisionStartMillis.put(caseId, System.currentTimeMillis());
                    long decideStart = System.nanoTime();
                    return http.post(dispute + "/decision", agentToken, "decide-" + disputeId, Map.of(
                                    "outcome", "FULL_REFUND", "rationale", "Benchmark: the seller did not answer"))
                            .thenAccept(decided -> {
                                decideLatencies.add((System.nanoTime() - decideStart) / 1e6);
                                check(decided, 201, "deciding " + disputeId);
                            });
                })
                .exceptionally(failure -> {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, failure.getMessage());
                    return null;
                });
    }

    private static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

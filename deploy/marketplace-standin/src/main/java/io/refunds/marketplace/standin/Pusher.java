package io.refunds.marketplace.standin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends TMC-shaped, signed change notifications in order from one thread; three retries, then dropped. */
final class Pusher implements AutoCloseable {

    static final String SIGNATURE_HEADER = "X-Marketplace-Signature";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRIES = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final URI notifyUrl;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "marketplace-standin-pushes");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean enabled = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    Pusher(String notifyUrl, String secret) {
        this.notifyUrl = notifyUrl == null ? null : URI.create(notifyUrl);
        this.secret = secret;
    }

    /** Queues a push, unless there is no notify URL or pushes are off; never blocks. */
    void publish(RefundEvent event, Map<String, Object> content, Instant at) {
        if (notifyUrl == null || !enabled.get()) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("topic", event.topic());
        message.put("message_id", UUID.randomUUID().toString());
        message.put("pub_time", VirtualClock.format(at));
        message.put("content", content);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException(notJson);
        }
        sender.execute(() -> deliver(body));
    }

    void enabled(boolean on) {
        enabled.set(on);
    }

    Map<String, Object> counts() {
        return Map.of("enabled", enabled.get(), "sent", sent.get(), "failed", failed.get());
    }

    private void deliver(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(notifyUrl)
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, MarketplaceSignature.signBody(body, secret))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            for (int attempt = 0; attempt <= RETRIES; attempt++) {
                if (attempt > 0) {
                    Thread.sleep(FIRST_BACKOFF.toMillis() << (attempt - 1));
                }
                if (delivered(request)) {
                    sent.incrementAndGet();
                    return;
                }
            }
            failed.incrementAndGet();
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean delivered(HttpRequest request) throws InterruptedException {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException unreachable) {
            return false;
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}

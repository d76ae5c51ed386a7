package io.refunds.local.reliability;

import io.refunds.local.LocalPlatform;
import io.refunds.local.PlatformSettings;
import io.refunds.local.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills ({@code kill -9}) a random service {@code kills} times and starts it again, and in between restarts the
 * Kafka broker once (a third of the way) and PostgreSQL once (two thirds), while the cases are being driven.
 */
final class ChaosMonkey implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ChaosMonkey.class);
    private static final List<String> SERVICES = List.of(PlatformSettings.ORDER_SERVICE,
            PlatformSettings.MESSAGING_SERVICE, PlatformSettings.DISPUTE_SERVICE, PlatformSettings.REFUND_SERVICE);

    private final LocalPlatform platform;
    private final int kills;
    private final Random random;
    private final AtomicInteger killed = new AtomicInteger();
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile Throwable failure;

    ChaosMonkey(LocalPlatform platform, int kills, long seed) {
        this.platform = platform;
        this.kills = kills;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            for (int i = 1; i <= kills; i++) {
                pause(1_500 + random.nextInt(3_000));
                String name = SERVICES.get(random.nextInt(SERVICES.size()));
                ServiceProcess service = platform.service(name);
                service.kill();
                killed.incrementAndGet();
                LOG.info("chaos: kill -9 {} ({}/{})", name, i, kills);
                pause(500 + random.nextInt(1_500));
                service.start();
                service.awaitReady(Duration.ofSeconds(120));
                restarts.incrementAndGet();
                if (i == Math.max(1, kills / 3)) {
                    LOG.info("chaos: restarting Kafka");
                    platform.restartKafka();
                    restarts.incrementAndGet();
                }
                if (i == Math.max(1, 2 * kills / 3)) {
                    LOG.info("chaos: restarting PostgreSQL");
                    platform.restartPostgres();
                    restarts.incrementAndGet();
                }
            }
        } catch (Throwable e) {
            failure = e;
            LOG.error("chaos monkey failed", e);
        }
    }

    private static void pause(long millis) throws InterruptedException {
        // Spacing between faults, not synchronisation: the faults land wherever the cases happen to be.
        Thread.sleep(millis);
    }

    int kills() {
        return killed.get();
    }

    /** Service restarts after a kill, plus the broker and database restarts. */
    int restarts() {
        return restarts.get();
    }

    Throwable failure() {
        return failure;
    }
}

package io.refunds.refund.payout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How provider refunds are retried: attempts per round, exponential backoff, and how often a pending one is checked. */
@ConfigMapping(prefix = "refunds.payout")
public interface PayoutConfig {

    /** Attempts with no telling answer (timeout, 5xx) before the refund is FAILED and an agent is told. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    @WithDefault("5m")
    Duration pendingCheckInterval();

    /** The wait after {@code attempts} failed attempts: doubling from the initial backoff, capped. */
    default Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(maxBackoff()) > 0 ? maxBackoff() : wait;
    }
}

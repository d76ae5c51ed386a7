package io.refunds.refund.payout;

import io.refunds.refund.refund.RetryPolicy;
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

    /** These settings as the refund's rules take them. */
    default RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts(), initialBackoff(), maxBackoff(), pendingCheckInterval());
    }
}

package io.refunds.refund.refund;

import java.time.Duration;

/**
 * How provider attempts are retried: attempts with no telling answer per round, a backoff doubling from
 * {@code initialBackoff} up to {@code maxBackoff}, and how often a refund the provider holds as pending is checked.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration pendingCheckInterval) {

    /** The wait after {@code attempts} failed attempts: doubling from the initial backoff, capped. */
    public Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

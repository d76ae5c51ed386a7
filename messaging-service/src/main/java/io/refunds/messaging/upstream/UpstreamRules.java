package io.refunds.messaging.upstream;

import java.time.Duration;
import java.util.Set;

/**
 * The upstream refund's settings as the lifecycle reads them: the marketplaces filed upstream (others keep the direct
 * path), how long before the marketplace's clock we escalate, how often we ask the marketplace where the refund
 * stands, and how long we wait before filing again after no answer (doubling, up to a cap).
 */
public record UpstreamRules(Set<String> marketplaces, Duration escalationMargin, Duration pollInterval,
        Duration retryInitial, Duration retryMax) {

    public UpstreamRules {
        marketplaces = Set.copyOf(marketplaces);
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1). */
    public Duration retryAfter(int attempt) {
        Duration wait = retryInitial;
        for (int i = 1; i < attempt && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}

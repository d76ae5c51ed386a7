package io.refunds.dispute.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the support dashboard's stream polls, keeps connections alive and prunes; where evidence is read. */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    /** How often connected streams look for new rows (one {@code max(id)} query per replica, not per client). */
    @WithDefault("250ms")
    Duration pollInterval();

    /** A comment-like keep-alive event so proxies keep idle streams open. */
    @WithDefault("15s")
    Duration keepAlive();

    /** Rows per replay query. */
    @WithDefault("500")
    int pageSize();

    /** How long events stay resumable; older rows are pruned. */
    @WithDefault("P7D")
    Duration retention();

    /** Base URL of order-service for evidence thumbnails; absent when a gateway serves both on one origin. */
    Optional<String> orderServiceUrl();
}

package io.refunds.platform.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often the scheduler looks for due deadlines, and how many one tick claims. */
@ConfigMapping(prefix = "platform.deadlines")
public interface DeadlineConfig {

    @WithDefault("100")
    int batchSize();

    /** Read by the {@code @Scheduled} expression of {@link DeadlineScheduler}. */
    @WithDefault("1s")
    Duration pollInterval();
}

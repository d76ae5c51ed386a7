package io.refunds.platform.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many due deadlines one scheduler tick claims. */
@ConfigMapping(prefix = "platform.deadlines")
public interface DeadlineConfig {

    @WithDefault("100")
    int batchSize();
}

package io.refunds.dispute.dispute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long agents have to decide a dispute. */
@ConfigMapping(prefix = "dispute")
public interface DisputeConfig {

    @WithDefault("PT72H")
    Duration decisionTime();
}

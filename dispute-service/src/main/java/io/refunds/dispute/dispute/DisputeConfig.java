package io.refunds.dispute.dispute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long agents have to decide a dispute, and how long parties have to appeal. */
@ConfigMapping(prefix = "dispute")
public interface DisputeConfig {

    @WithDefault("PT72H")
    Duration decisionTime();

    /** How long a party has to answer the agent's question. */
    @WithDefault("PT48H")
    Duration statementTime();

    /** How long after a decision a party may appeal it. */
    @WithDefault("P14D")
    Duration appealWindow();
}

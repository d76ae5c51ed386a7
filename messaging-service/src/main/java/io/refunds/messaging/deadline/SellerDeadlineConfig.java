package io.refunds.messaging.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a seller has to answer a buyer's claim. */
@ConfigMapping(prefix = "messaging.seller-deadline")
public interface SellerDeadlineConfig {

    @WithDefault("PT48H")
    Duration responseTime();
}

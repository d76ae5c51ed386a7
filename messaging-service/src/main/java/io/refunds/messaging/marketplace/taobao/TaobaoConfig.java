package io.refunds.messaging.marketplace.taobao;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where the Taobao-shaped open platform is, the agent's app key and secret, and how long a call may take. */
@ConfigMapping(prefix = "marketplace.taobao")
public interface TaobaoConfig {

    /** The gateway's base URL; calls go to {@code <url>/router/rest}. */
    String url();

    Optional<String> appKey();

    /** Signs our calls and verifies the marketplace's pushes (HMAC-SHA256); never in git. */
    Optional<String> appSecret();

    @WithDefault("PT5S")
    Duration timeout();
}

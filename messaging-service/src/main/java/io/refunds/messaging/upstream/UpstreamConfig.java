package io.refunds.messaging.upstream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** The upstream refund's settings (see {@link UpstreamRules}) and where the marketplace fetches evidence images. */
@ConfigMapping(prefix = "messaging.upstream")
public interface UpstreamConfig {

    /** The marketplaces whose refunds the agent files upstream; an item of any other takes the direct path. */
    @WithDefault("TAOBAO,TMALL,ALIBABA_1688,WEIDIAN")
    Set<String> marketplaces();

    /** How long before the marketplace's clock would decide we escalate to a dispute. */
    @WithDefault("PT6H")
    Duration escalationMargin();

    /** How often we ask the marketplace where an open refund stands (pushes make it sooner). */
    @WithDefault("PT15M")
    Duration pollInterval();

    /** The first wait before filing again after no usable answer; it doubles up to {@link #retryMax()}. */
    @WithDefault("PT10S")
    Duration retryInitial();

    @WithDefault("PT30M")
    Duration retryMax();

    /** The public base URL under which the marketplace fetches the buyer's evidence and the QC photos by id. */
    @WithDefault("http://localhost:8080/api/evidence")
    String evidenceBaseUrl();

    default UpstreamRules rules() {
        return new UpstreamRules(marketplaces(), escalationMargin(), pollInterval(), retryInitial(), retryMax());
    }
}

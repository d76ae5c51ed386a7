package io.refunds.local;

import io.refunds.marketplace.standin.MarketplaceStandIn;
import java.io.IOException;
import java.time.Duration;

/**
 * The local run's marketplace: the Taobao-shaped stand-in, pushing its refund changes to messaging-service through
 * the gateway as the marketplace would from outside, with the stand-in's app key and secret (not secrets).
 */
final class LocalMarketplace {

    static final String APP_KEY = "standin";
    static final String APP_SECRET = "local-marketplace-standin-secret";

    private LocalMarketplace() {
    }

    static MarketplaceStandIn start(PlatformSettings settings) throws IOException {
        return MarketplaceStandIn.start(settings.marketplaceStandInPort(), MarketplaceStandIn.Options.defaults()
                .withAppKey(APP_KEY)
                .withAppSecret(APP_SECRET)
                .withNotifyUrl(settings.gatewayUrl() + "/api/marketplace/notifications")
                .withSlowAnswer(Duration.ofSeconds(6)));
    }
}

package io.refunds.refund.provider.stripe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where Stripe's API is, the secret key (from the environment, never from git), and how long to wait. */
@ConfigMapping(prefix = "refunds.provider.stripe")
public interface StripeConfig {

    @WithDefault("https://api.stripe.com")
    String url();

    /** {@code STRIPE_API_KEY}; without it every provider refund is declined as not configured. */
    Optional<String> apiKey();

    @WithDefault("10s")
    Duration timeout();
}

package io.refunds.order.policy;

import io.refunds.events.Remedy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The refund policy, in configuration: which reasons a buyer may report, how long after receipt, which
 * remedies each reason allows and how much evidence it needs; windows may differ per item category.
 */
@ConfigMapping(prefix = "refund-policy")
public interface RefundPolicyConfig {

    /** The window when neither the reason nor the category sets one. */
    @WithDefault("P7D")
    Duration defaultWindow();

    /** Reasons buyers may report, by name (extendable in configuration). */
    Map<String, ReasonRule> reasons();

    /** Category-specific windows, by category name. */
    Map<String, CategoryRule> categories();

    /** The rule of one reason. */
    interface ReasonRule {

        Optional<Duration> window();

        Set<Remedy> outcomes();

        /** Photos or videos the buyer must attach. */
        @WithDefault("0")
        int minEvidence();
    }

    /** The windows of one category: for every reason, or for some reasons. */
    interface CategoryRule {

        Optional<Duration> window();

        Map<String, Duration> reasonWindows();
    }
}

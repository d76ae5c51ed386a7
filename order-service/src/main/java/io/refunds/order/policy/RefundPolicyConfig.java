package io.refunds.order.policy;

import io.refunds.events.Remedy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The refund policy, in configuration: which reasons a buyer may report at which stage (at the warehouse, after
 * delivery), how long, which remedies each reason allows, how much evidence it needs and whose fault it is; windows
 * may differ per item category; buyer-fault returns have a monthly free quota.
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

    /** Claims at the agent's warehouse, from stock-in until the item is shipped abroad. */
    AtWarehouse atWarehouse();

    /** Returns without a reason (the buyer's fault): which categories never take them. */
    NoReasonReturns noReasonReturns();

    /** Buyer-fault claims a buyer makes free of the return fee each calendar month (UTC). */
    @WithDefault("1")
    int freeBuyerFaultReturnsPerMonth();

    /** Which cost lines a claim refunds, who bears them, and the fees a return deducts. */
    Costs costs();

    /** The cost rules: per stage and fault (key {@code AT_WAREHOUSE-SELLER}), and the fees in CNY minor units. */
    interface Costs {

        /** The postage of returning an item to the seller inside China. */
        @WithDefault("1200")
        long returnShippingCny();

        /** The fee of a buyer-fault return past the monthly free quota. */
        @WithDefault("1000")
        long returnFeeCny();

        Map<String, CostRule> rules();
    }

    /** One stage and fault: the refunded lines as {@code KIND:BEARER}, and what a return deducts. */
    interface CostRule {

        List<String> refund();

        Optional<List<Deduction>> deduct();
    }

    /** The warehouse stage's window and remedies. */
    interface AtWarehouse {

        /** Counted from stock-in, in hours. */
        @WithDefault("PT120H")
        Duration window();

        /** What a warehouse-stage claim may ask for: the item goes back to the seller, or is exchanged. */
        @WithDefault("RETURN_AND_REFUND,REPLACEMENT")
        Set<Remedy> remedies();
    }

    /** The rule of buyer-fault returns. */
    interface NoReasonReturns {

        /** Categories that never take a return without a reason (custom-made, underwear, food…). */
        @WithDefault("custom-made,underwear,food")
        Set<String> excludedCategories();
    }

    /** The rule of one reason. */
    interface ReasonRule {

        Optional<Duration> window();

        Set<Remedy> outcomes();

        /** Photos or videos the buyer must attach. */
        @WithDefault("0")
        int minEvidence();

        /** The stages the reason may be reported at. */
        @WithDefault("AFTER_DELIVERY")
        Set<ClaimStage> stages();

        /** Whose fault the reason is. */
        @WithDefault("SELLER")
        Fault fault();

        /** Only where the seller accepts returns without a reason for the item (a change of mind). */
        @WithDefault("false")
        boolean needsNoReasonReturns();
    }

    /** The windows of one category: for every reason, or for some reasons. */
    interface CategoryRule {

        Optional<Duration> window();

        Map<String, Duration> reasonWindows();

        /** The warehouse-stage window of the category, in hours. */
        Optional<Duration> atWarehouseWindow();
    }
}

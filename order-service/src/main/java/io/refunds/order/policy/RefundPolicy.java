package io.refunds.order.policy;

import io.refunds.events.Money;
import io.refunds.events.Remedy;
import io.refunds.order.order.ItemCostLine;
import io.refunds.order.order.JourneyStep;
import io.refunds.order.order.OrderItem;
import io.refunds.platform.api.LineKind;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the configured refund policy to an item at its current stage. At the warehouse (stocked in, not shipped
 * abroad) the window is counted from stock-in, in hours (the category's, else the stage's); after delivery from the
 * receipt, the most specific one configured: category and reason, then category, then reason, then the default.
 */
@ApplicationScoped
public class RefundPolicy {

    private final RefundPolicyConfig config;
    private final Map<String, CostQuote.Rule> costRules;

    public RefundPolicy(RefundPolicyConfig config) {
        this.config = config;
        this.costRules = costRules(config.costs());
    }

    /**
     * The quote for a claim on {@code item} (its {@code lines}) for {@code reason} and {@code remedy} at its current
     * stage; {@code partial} for a partial refund; {@code feeApplies} when the buyer's free quota is used. An item at
     * no claim stage refunds nothing.
     */
    public CostQuote.Quote quote(OrderItem item, List<ItemCostLine> lines, String reason, Remedy remedy,
            Money partial, boolean feeApplies) {
        ClaimStage stage = stageOf(item);
        CostQuote.Rule rule = stage == null ? new CostQuote.Rule(Map.of(), List.of())
                : costRules.getOrDefault(stage + "-" + faultOf(reason), new CostQuote.Rule(Map.of(), List.of()));
        return CostQuote.of(lines, item.paidCurrency, rule, remedy, partial, feeApplies,
                new CostQuote.Fees(config.costs().returnShippingCny(), config.costs().returnFeeCny()),
                item.exchangeRate);
    }

    /** The configured rules, read once: a malformed {@code KIND:BEARER} stops the service at start. */
    static Map<String, CostQuote.Rule> costRules(RefundPolicyConfig.Costs costs) {
        Map<String, CostQuote.Rule> rules = new HashMap<>();
        costs.rules().forEach((key, rule) -> rules.put(key, new CostQuote.Rule(
                refundedLines("refund-policy.costs.rules." + key + ".refund", rule.refund()),
                rule.deduct().orElse(List.of()))));
        return Map.copyOf(rules);
    }

    /** Configured {@code KIND:BEARER} entries ({@code property} names them when one is malformed). */
    public static Map<LineKind, Bearer> refundedLines(String property, List<String> entries) {
        Map<LineKind, Bearer> refunded = new EnumMap<>(LineKind.class);
        for (String entry : entries) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2) {
                throw new IllegalStateException(property + ": '" + entry + "' is not KIND:BEARER");
            }
            refunded.put(LineKind.valueOf(parts[0].trim()), Bearer.valueOf(parts[1].trim()));
        }
        return refunded;
    }

    public Set<String> reasons() {
        return new TreeSet<>(config.reasons().keySet());
    }

    /** Fails with 400 on {@code field} when the reason is not one the policy knows. */
    public RefundPolicyConfig.ReasonRule rule(String reason, String field) {
        RefundPolicyConfig.ReasonRule rule = reason == null ? null : config.reasons().get(reason);
        if (rule == null) {
            throw ApiException.invalid(field, "must be one of " + reasons());
        }
        return rule;
    }

    /** Whose fault {@code reason} is (a known reason). */
    public Fault faultOf(String reason) {
        return rule(reason, "reason").fault();
    }

    /** Whether the buyer's quota matters for {@code reason}: always when no reason is named. */
    public boolean countsAgainstQuota(String reason) {
        return reason == null || faultOf(reason) == Fault.BUYER;
    }

    public int freeBuyerFaultReturnsPerMonth() {
        return config.freeBuyerFaultReturnsPerMonth();
    }

    /** The first moment of {@code now}'s calendar month in UTC: the quota counts claims since then. */
    public static Instant monthStart(Instant now) {
        return YearMonth.from(now.atOffset(ZoneOffset.UTC)).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The stage a claim on the item would have now, or null when none can be made at this point of its journey. */
    public static ClaimStage stageOf(OrderItem item) {
        return switch (item.journeyStep) {
            case STOCKED_IN -> ClaimStage.AT_WAREHOUSE;
            case DELIVERED -> ClaimStage.AFTER_DELIVERY;
            case PURCHASED, SELLER_SHIPPED, SHIPPED_ABROAD -> null;
        };
    }

    /** The reasons the stage takes. */
    public Set<String> reasonsAt(ClaimStage stage) {
        Set<String> reasons = new TreeSet<>();
        if (stage != null) {
            config.reasons().forEach((name, rule) -> {
                if (rule.stages().contains(stage)) {
                    reasons.add(name);
                }
            });
        }
        return reasons;
    }

    /**
     * Eligibility of {@code item} at {@code now} for {@code reason}, or for its stage when {@code reason} is null;
     * {@code openCase} if the item has one; {@code buyerFaultClaims} this month, or null when not counted.
     */
    public Eligibility assess(OrderItem item, String reason, boolean openCase, Long buyerFaultClaims, Instant now) {
        RefundPolicyConfig.ReasonRule rule = reason == null ? null : rule(reason, "reason");
        ClaimStage stage = stageOf(item);
        Set<String> allowedReasons = reasonsAt(stage);
        Fault fault = rule == null ? null : rule.fault();
        Eligibility.Quota quota = buyerFaultClaims == null ? null
                : Eligibility.Quota.of(config.freeBuyerFaultReturnsPerMonth(), buyerFaultClaims);
        Set<Remedy> outcomes = outcomesOf(rule, stage);
        // At the warehouse the buyer has only the QC photos to go by: they are the evidence, nothing more is asked.
        int minEvidence = rule == null || stage == ClaimStage.AT_WAREHOUSE ? 0 : rule.minEvidence();
        Answer answer = new Answer(stage, fault, allowedReasons, quota, outcomes, minEvidence);
        if (stage == null) {
            return item.journeyStep == JourneyStep.SHIPPED_ABROAD
                    ? answer.no(EligibilityRule.IN_TRANSIT, "the item is in parcel " + item.parcelId + " on its way"
                            + " to you; report it once it is delivered", null)
                    : answer.no(EligibilityRule.NOT_RECEIVED, "the item has not been received yet: it has not reached"
                            + " the agent's warehouse; report it once it is stocked in or delivered", null);
        }
        Window window = windowOf(item, reason, stage);
        Instant deadline = window.from().plus(window.length());
        if (rule != null && !rule.stages().contains(stage)) {
            return answer.no(EligibilityRule.REASON_NOT_FOR_STAGE, reason + " is not reported " + words(stage)
                    + "; the reasons there are " + allowedReasons, deadline);
        }
        if (openCase) {
            return answer.no(EligibilityRule.OPEN_CASE_EXISTS, "the item already has an open case", deadline);
        }
        if (now.isAfter(deadline)) {
            return answer.no(EligibilityRule.WINDOW_EXPIRED, window.describe() + " ended at "
                    + Moments.format(deadline), deadline);
        }
        if (rule != null && rule.needsNoReasonReturns()) {
            if (config.noReasonReturns().excludedCategories().contains(item.category)) {
                return answer.no(EligibilityRule.CATEGORY_EXCLUDED, item.category + " items are never returned"
                        + " without a reason", deadline);
            }
            if (!item.noReasonReturns) {
                return answer.no(EligibilityRule.NO_REASON_RETURNS_NOT_OFFERED, "the seller does not take this item"
                        + " back without a reason", deadline);
            }
        }
        String fee = quota != null && quota.exhausted() && (fault == Fault.BUYER || reason == null)
                ? "; this month's free return" + (quota.free() == 1 ? " is" : "s are") + " used, so the return fee"
                        + (reason == null ? " applies to a buyer-fault return" : " applies")
                : "";
        return answer.yes(window.describe() + " ends at " + Moments.format(deadline) + fee, deadline);
    }

    private Set<Remedy> outcomesOf(RefundPolicyConfig.ReasonRule rule, ClaimStage stage) {
        java.util.SortedSet<Remedy> outcomes = new java.util.TreeSet<>();
        if (rule != null) {
            outcomes.addAll(rule.outcomes());
        } else {
            config.reasons().values().stream().filter(r -> stage != null && r.stages().contains(stage))
                    .forEach(r -> outcomes.addAll(r.outcomes()));
        }
        if (stage == ClaimStage.AT_WAREHOUSE) {
            outcomes.retainAll(config.atWarehouse().remedies());
        }
        return java.util.Collections.unmodifiableSortedSet(outcomes);
    }

    private Window windowOf(OrderItem item, String reason, ClaimStage stage) {
        Optional<RefundPolicyConfig.CategoryRule> categoryRule = Optional.ofNullable(config.categories().get(
                item.category));
        if (stage == ClaimStage.AT_WAREHOUSE) {
            Optional<Duration> category = categoryRule.flatMap(RefundPolicyConfig.CategoryRule::atWarehouseWindow);
            return new Window(item.stockedInAt, category.orElse(config.atWarehouse().window()),
                    category.isPresent() ? "the warehouse window for " + item.category : "the warehouse window",
                    "stock-in", true);
        }
        Optional<Duration> categoryAndReason = reason == null ? Optional.empty()
                : categoryRule.map(rule -> rule.reasonWindows().get(reason));
        if (categoryAndReason.isPresent()) {
            return new Window(item.receivedAt, categoryAndReason.get(), "the window for " + reason + " in "
                    + item.category, "receipt", false);
        }
        Optional<Duration> categoryOnly = categoryRule.flatMap(RefundPolicyConfig.CategoryRule::window);
        if (categoryOnly.isPresent()) {
            return new Window(item.receivedAt, categoryOnly.get(), "the window for " + item.category, "receipt",
                    false);
        }
        Optional<Duration> reasonOnly = reason == null ? Optional.empty() : config.reasons().get(reason).window();
        return reasonOnly
                .map(length -> new Window(item.receivedAt, length, "the window for " + reason, "receipt", false))
                .orElse(new Window(item.receivedAt, config.defaultWindow(), "the default window", "receipt", false));
    }

    private static String words(ClaimStage stage) {
        return stage == ClaimStage.AT_WAREHOUSE ? "at the warehouse" : "after delivery";
    }

    /** What the answer carries whatever the rule that decided it. */
    private record Answer(ClaimStage stage, Fault fault, Set<String> reasons, Eligibility.Quota quota,
            Set<Remedy> outcomes, int minEvidence) {

        Eligibility no(EligibilityRule rule, String detail, Instant deadline) {
            return new Eligibility(false, rule, detail, deadline, outcomes, minEvidence, stage, fault, reasons, quota);
        }

        Eligibility yes(String detail, Instant deadline) {
            return new Eligibility(true, EligibilityRule.WITHIN_WINDOW, detail, deadline, outcomes, minEvidence, stage,
                    fault, reasons, quota);
        }
    }

    /** A window: from when, how long, how to name it to the buyer, and whether it is counted in hours. */
    private record Window(Instant from, Duration length, String name, String start, boolean inHours) {

        String describe() {
            long hours = length.toHours();
            String span = inHours || hours % 24 != 0 ? hours + " hours" : hours / 24 + " days";
            return name + " of " + span + " from " + start;
        }
    }
}

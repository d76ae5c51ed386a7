package io.refunds.order.policy;

import io.refunds.events.Remedy;
import io.refunds.order.order.OrderItem;
import io.refunds.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the configured refund policy. The window is the most specific one configured: category and
 * reason, then category, then reason, then the default; it is counted from the item's receipt.
 */
@ApplicationScoped
public class RefundPolicy {

    private final RefundPolicyConfig config;

    public RefundPolicy(RefundPolicyConfig config) {
        this.config = config;
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

    /** Eligibility of {@code item} for {@code reason} at {@code now}; {@code openCase} if one is open. */
    public Eligibility assess(OrderItem item, String reason, boolean openCase, Instant now) {
        RefundPolicyConfig.ReasonRule rule = rule(reason, "reason");
        Window window = windowOf(item.category, reason);
        Set<Remedy> outcomes = Set.copyOf(rule.outcomes());
        if (item.receivedAt == null) {
            return new Eligibility(false, EligibilityRule.NOT_RECEIVED,
                    "the item has not been received yet; report it once it arrives", null, outcomes, rule.minEvidence());
        }
        Instant deadline = item.receivedAt.plus(window.length());
        if (openCase) {
            return new Eligibility(false, EligibilityRule.OPEN_CASE_EXISTS, "the item already has an open case",
                    deadline, outcomes, rule.minEvidence());
        }
        if (now.isAfter(deadline)) {
            return new Eligibility(false, EligibilityRule.WINDOW_EXPIRED,
                    window.describe() + " ended at " + deadline, deadline, outcomes, rule.minEvidence());
        }
        return new Eligibility(true, EligibilityRule.WITHIN_WINDOW, window.describe() + " ends at " + deadline,
                deadline, outcomes, rule.minEvidence());
    }

    private Window windowOf(String category, String reason) {
        Optional<RefundPolicyConfig.CategoryRule> categoryRule = Optional.ofNullable(config.categories().get(category));
        Optional<Duration> categoryAndReason = categoryRule.map(rule -> rule.reasonWindows().get(reason));
        if (categoryAndReason.isPresent()) {
            return new Window(categoryAndReason.get(), "the window for " + reason + " in " + category);
        }
        Optional<Duration> categoryOnly = categoryRule.flatMap(RefundPolicyConfig.CategoryRule::window);
        if (categoryOnly.isPresent()) {
            return new Window(categoryOnly.get(), "the window for " + category);
        }
        return config.reasons().get(reason).window()
                .map(length -> new Window(length, "the window for " + reason))
                .orElse(new Window(config.defaultWindow(), "the default window"));
    }

    /** A window length and how to name it to the buyer. */
    private record Window(Duration length, String name) {

        String describe() {
            return name + " of " + length.toDays() + " days from receipt";
        }
    }
}

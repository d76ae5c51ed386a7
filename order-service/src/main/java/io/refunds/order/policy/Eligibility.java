package io.refunds.order.policy;

import io.refunds.events.Remedy;
import java.time.Instant;
import java.util.Set;

/** The policy's answer for one item and reason: eligible or not, the rule that decided, and until when. */
public record Eligibility(boolean eligible, EligibilityRule rule, String detail, Instant deadline,
        Set<Remedy> allowedOutcomes, int minEvidence) {
}

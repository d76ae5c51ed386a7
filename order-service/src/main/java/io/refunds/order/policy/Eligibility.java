package io.refunds.order.policy;

import io.refunds.events.Remedy;
import java.time.Instant;
import java.util.Set;

/**
 * The policy's answer for one item (and reason, when one is asked about) at its current stage: eligible or not, the
 * rule that decided, until when, the remedies and evidence the reason needs, whose fault it is, the reasons the
 * stage takes, and the buyer's free-return quota (asked for buyer-fault reasons, and when no reason is named).
 */
public record Eligibility(boolean eligible, EligibilityRule rule, String detail, Instant deadline,
        Set<Remedy> allowedOutcomes, int minEvidence, ClaimStage stage, Fault fault, Set<String> allowedReasons,
        Quota quota) {

    /**
     * The buyer's buyer-fault returns this calendar month (UTC): {@code free} a month, {@code used} so far; once
     * {@code exhausted}, the return fee applies to the next one.
     */
    public record Quota(int free, long used, boolean exhausted) {

        public static Quota of(int free, long used) {
            return new Quota(free, used, used >= free);
        }
    }
}

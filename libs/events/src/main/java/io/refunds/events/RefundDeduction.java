package io.refunds.events;

/** An amount the agent keeps from a refund (RETURN_SHIPPING, RETURN_FEE), in the buyer's currency. */
public record RefundDeduction(String kind, Money amount) {
}

package io.refunds.refund.refund;

import io.refunds.events.Money;

/**
 * What one refund pays on one cost line of the item: the line's kind, who bears it (SELLER, AGENT, CARRIER), the
 * amount in the buyer's currency, and for a seller-borne line what the agent recovers from the seller in CNY.
 */
public record LinePayout(String kind, String bearer, Money amount, Money cny) {
}

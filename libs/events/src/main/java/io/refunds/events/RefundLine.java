package io.refunds.events;

/**
 * One cost line of an item as a refund counts it: its kind (ITEM, DOMESTIC_SHIPPING, SERVICE_FEE, QC_FEE,
 * INTERNATIONAL_SHIPPING, INSURANCE), what the buyer paid for it (and, where it is a CNY cost, what it cost in CNY),
 * what is refunded of it, and who bears that (SELLER, AGENT or CARRIER; null when nothing of it is refunded).
 * {@code refund} is the total owed on the line under the decision or settlement, never more than {@code paid}.
 */
public record RefundLine(String kind, Money paid, Money paidCny, Money refund, String bearer) {
}

package io.refunds.refund.refund;

/**
 * Where a refund stands: PENDING while a provider is being paid, ISSUED once the money reached its destination,
 * FAILED after the provider's attempts ran out (an agent retries or the buyer takes the wallet), NOTHING_DUE for a
 * cause that owed nothing beyond what was already refunded (recorded, never paid).
 */
public enum RefundStatus { PENDING, ISSUED, FAILED, NOTHING_DUE }

package io.refunds.refund.ledger;

/**
 * Ledger account names. A refund first books the platform's expense as payable to the buyer (and, in CNY, what the
 * seller owes back) — with cost lines, each line to its bearer: the seller's as refund expense recovered in CNY, the
 * agent's as its own expense, the carrier's as refund expense recovered from the insurer, and what the agent keeps
 * out of the payable; paying moves the payable to the buyer's wallet or to the provider's clearing account.
 */
public final class LedgerAccounts {

    /** What refunds cost the platform (negative). */
    public static final String REFUND_EXPENSE = "platform:refund-expense";
    /** Refunds owed to buyers and not yet paid out. */
    public static final String REFUNDS_PAYABLE = "platform:refunds-payable";
    /** The counterpart of what sellers owe back (negative). */
    public static final String SELLER_RECOVERIES = "platform:seller-recoveries";
    /** Refunded cost lines the agent bears itself (its fees, its own mistakes) (negative). */
    public static final String AGENT_EXPENSE = "platform:agent-expense";
    /** What the agent keeps from refunds: return postage, return fees past the free quota. */
    public static final String FEES_KEPT = "platform:fees-kept";
    /** The counterpart of what carriers' insurers owe back (negative). */
    public static final String INSURER_RECOVERIES = "platform:insurer-recoveries";
    /** What the parcels' insurance owes the agent for carrier-borne refunded lines, in the buyer's currency. */
    public static final String INSURER_RECEIVABLE = "insurer-receivable:parcel-insurance";

    /** The counterpart of what buyers owe back for parcels found after a LOST payout (negative). */
    public static final String CLAWBACK_RECOVERIES = "platform:clawback-recoveries";

    private LedgerAccounts() {
    }

    public static String buyerWallet(String buyerId) {
        return "buyer-wallet:" + buyerId;
    }

    /** Money sent back to the original payment method through a provider, e.g. {@code provider-clearing:stripe}. */
    public static String providerClearing(String provider) {
        return "provider-clearing:" + provider;
    }

    /** What a buyer owes back: refunds paid for a parcel claimed lost that was found. */
    public static String buyerClawback(String buyerId) {
        return "buyer-clawback:" + buyerId;
    }

    /** What a seller owes the agent for refunds, in CNY. */
    public static String sellerReceivable(String sellerId) {
        return "seller-receivable:" + sellerId;
    }
}

package io.refunds.refund.ledger;

/** Ledger account names: the platform's refund expense, and each buyer's wallet. */
public final class LedgerAccounts {

    public static final String REFUND_EXPENSE = "platform:refund-expense";

    private LedgerAccounts() {
    }

    public static String buyerWallet(String buyerId) {
        return "buyer-wallet:" + buyerId;
    }
}

package io.refunds.refund.wallet;

import io.refunds.platform.api.MoneyInput;
import io.refunds.refund.ledger.LedgerLine;
import java.util.List;

/** A wallet as the API shows it: the balance in one currency and every entry of the wallet account in it. */
public record WalletView(String buyerId, MoneyInput balance, List<LedgerLine> entries) {
}

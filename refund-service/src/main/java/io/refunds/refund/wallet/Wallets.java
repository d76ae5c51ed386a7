package io.refunds.refund.wallet;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import io.refunds.refund.clawback.ClawbackRepository;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.LedgerAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A buyer's wallet, read from its ledger account, with what the buyer owes back beside it: for the buyer and for
 * staff (404 for anyone else).
 */
@ApplicationScoped
public class Wallets {

    private final Ledger ledger;
    private final ClawbackRepository clawbacks;

    public Wallets(Ledger ledger, ClawbackRepository clawbacks) {
        this.ledger = ledger;
        this.clawbacks = clawbacks;
    }

    /** The balance in {@code currency} and the wallet's entries in it. */
    @WithSession
    public Uni<WalletView> wallet(String buyerId, String currency, String viewer, boolean staff) {
        if (!staff && !viewer.equals(buyerId)) {
            return Uni.createFrom().failure(ApiException.notFound("wallet of " + buyerId));
        }
        String account = LedgerAccounts.buyerWallet(buyerId);
        return ledger.balance(account, currency).chain(balance -> ledger.entries(account)
                .chain(entries -> ledger.balance(LedgerAccounts.buyerClawback(buyerId), currency)
                        .chain(owed -> clawbacks.ofBuyer(buyerId, currency).map(owedCases -> new WalletView(buyerId,
                                MoneyInput.of(balance), entries.stream()
                                        .filter(entry -> entry.currency().equals(currency)).toList(),
                                MoneyInput.of(owed), owedCases.stream().map(WalletView.ClawbackView::of).toList())))));
    }
}

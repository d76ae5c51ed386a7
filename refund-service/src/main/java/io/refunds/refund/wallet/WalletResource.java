package io.refunds.refund.wallet;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.api.CurrencyCode;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.refunds.refund.ledger.Ledger;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.ledger.LedgerLine;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** {@code /api/wallets/{buyerId}}: a buyer's wallet balance in one currency and its ledger entries. */
@Path("/api/wallets/{buyerId}")
@RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR})
public class WalletResource {

    private final Ledger ledger;
    private final Caller caller;

    public WalletResource(Ledger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    /** The balance and every entry of the wallet account. */
    public record WalletView(String buyerId, MoneyInput balance, List<LedgerLine> entries) {
    }

    @GET
    @WithSession
    public Uni<WalletView> wallet(@PathParam("buyerId") String buyerId,
            @QueryParam("currency") @NotNull @CurrencyCode
            String currency) {
        if (!caller.isStaff() && !caller.id().equals(buyerId)) {
            return Uni.createFrom().failure(ApiException.notFound("wallet of " + buyerId));
        }
        String account = LedgerAccounts.buyerWallet(buyerId);
        return ledger.balance(account, currency).chain(balance -> ledger.entries(account)
                .map(entries -> new WalletView(buyerId, MoneyInput.of(balance), entries.stream()
                        .filter(entry -> entry.currency().equals(currency)).toList())));
    }
}

package io.refunds.refund.wallet;

import io.refunds.platform.api.CurrencyCode;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** {@code /api/wallets/{buyerId}}: a buyer's wallet balance in one currency and its ledger entries. */
@Path("/api/wallets/{buyerId}")
@RolesAllowed({Roles.BUYER, Roles.AGENT, Roles.SUPERVISOR})
public class WalletResource {

    private final Wallets wallets;
    private final Caller caller;

    public WalletResource(Wallets wallets, Caller caller) {
        this.wallets = wallets;
        this.caller = caller;
    }

    @GET
    public Uni<WalletView> wallet(@PathParam("buyerId") String buyerId,
            @QueryParam("currency") @NotNull @CurrencyCode
            String currency) {
        return wallets.wallet(buyerId, currency, caller.id(), caller.isStaff());
    }
}

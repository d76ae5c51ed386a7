package io.refunds.refund.wallet;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.refunds.platform.api.MoneyInput;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.security.Caller;
import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** {@code /api/wallets/{buyerId}}: a buyer's wallet balance in one currency. */
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
    @WithSession
    public Uni<MoneyInput> balance(@PathParam("buyerId") String buyerId,
            @QueryParam("currency") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code") String currency) {
        if (!caller.isStaff() && !caller.id().equals(buyerId)) {
            return Uni.createFrom().failure(ApiException.notFound("wallet of " + buyerId));
        }
        return wallets.balance(buyerId, currency).map(MoneyInput::of);
    }
}

package io.refunds.refund.ledger;

import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * The ledger for agents: {@code GET /api/refunds/ledger/trial-balance} (every currency's entries sum to zero in a
 * sound ledger) and {@code GET /api/refunds/ledger/balances} (what each bearer's account holds: seller and insurer
 * receivables, the agent's expense, fees kept, payables; buyers' wallets are read per buyer).
 */
@Path("/api/refunds/ledger")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class LedgerResource {

    private final Ledger ledger;

    public LedgerResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/trial-balance")
    public Uni<List<LedgerLine.CurrencyTotal>> trialBalance() {
        return ledger.trialBalance();
    }

    @GET
    @Path("/balances")
    public Uni<List<LedgerLine.AccountBalance>> balances() {
        return ledger.balances();
    }
}

package io.refunds.refund.ledger;

import io.refunds.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** {@code GET /api/refunds/ledger/trial-balance}: every currency's entries sum to zero in a sound ledger. */
@Path("/api/refunds/ledger/trial-balance")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class LedgerResource {

    private final Ledger ledger;

    public LedgerResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @GET
    public Uni<List<LedgerLine.CurrencyTotal>> trialBalance() {
        return ledger.trialBalance();
    }
}

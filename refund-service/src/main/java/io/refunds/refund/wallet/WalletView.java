package io.refunds.refund.wallet;

import io.refunds.platform.api.MoneyInput;
import io.refunds.refund.clawback.Clawback;
import io.refunds.refund.ledger.LedgerLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A wallet as the API shows it: the balance in one currency and every entry of the wallet account in it, and beside
 * them what the buyer owes back (parcels paid as lost and found since) — shown, never taken from the balance.
 */
public record WalletView(String buyerId, MoneyInput balance, List<LedgerLine> entries, MoneyInput owedBack,
        List<ClawbackView> clawbacks) {

    /** One case the buyer owes back: the parcel found, what was paid for it, when it was found and recorded. */
    public record ClawbackView(UUID caseId, String parcelId, MoneyInput amount, String status, Instant foundAt,
            Instant recordedAt) {

        static ClawbackView of(Clawback clawback) {
            return new ClawbackView(clawback.caseId(), clawback.parcelId(), MoneyInput.of(clawback.amount()),
                    clawback.status(), clawback.foundAt(), clawback.recordedAt());
        }
    }
}

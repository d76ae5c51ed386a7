package io.refunds.refund.clawback;

import io.refunds.events.Money;
import io.refunds.events.ParcelFound;
import io.refunds.refund.ledger.LedgerAccounts;
import io.refunds.refund.ledger.Posting;
import io.refunds.refund.ledger.Transfer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of a clawback, pure: a parcel claimed LOST and found makes the buyer owe back what the case's refunds
 * paid (issued ones only; nothing when none was), once per case. Each paid refund books, in its own balanced
 * transaction, the buyer's debt against clawback recoveries and takes back from the insurer's receivable what the
 * insurer was to bear of it. The wallet's balance is never touched: the debt is shown beside it.
 */
public final class Clawbacks {

    /** The one status a clawback has today: owed by the buyer (settling it is the agent's business, off-platform). */
    public static final String OWED = "OWED";

    private Clawbacks() {
    }

    /** A refund of the case that was paid: its id, what it paid, and how much of that the carrier's insurer bears. */
    public record Paid(UUID refundId, Money amount, Money insurerBorne) {
    }

    /** The clawback the found parcel makes of the case's paid refunds; empty when nothing was paid. */
    public static Optional<Clawback> of(UUID id, ParcelFound found, List<Paid> paid, Instant now) {
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        String currency = paid.get(0).amount().currency();
        if (paid.stream().anyMatch(p -> !p.amount().currency().equals(currency))) {
            throw new IllegalArgumentException("refunds of case " + found.caseId() + " paid in several currencies");
        }
        Clawback clawback = new Clawback();
        clawback.id = id;
        clawback.caseId = found.caseId();
        clawback.claimId = found.claimId();
        clawback.parcelId = found.parcelId();
        clawback.buyerId = found.buyerId();
        clawback.amountMinor = paid.stream().mapToLong(p -> p.amount().minorUnits()).sum();
        clawback.insurerMinor = paid.stream().mapToLong(p -> p.insurerBorne().minorUnits()).sum();
        clawback.currency = currency;
        clawback.status = OWED;
        clawback.foundAt = found.foundAt();
        clawback.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
        return clawback.amountMinor == 0 ? Optional.empty() : Optional.of(clawback);
    }

    /** One balanced transaction per paid refund: the buyer's debt, and the insurer's share taken back. */
    public static List<Posting> postings(Clawback clawback, List<Paid> paid) {
        List<Posting> postings = new ArrayList<>();
        for (Paid refund : paid) {
            if (refund.amount().minorUnits() == 0) {
                continue;
            }
            List<Transfer> transfers = new ArrayList<>();
            transfers.add(new Transfer(LedgerAccounts.CLAWBACK_RECOVERIES,
                    LedgerAccounts.buyerClawback(clawback.buyerId), refund.amount()));
            if (refund.insurerBorne().minorUnits() > 0) {
                transfers.add(new Transfer(LedgerAccounts.INSURER_RECEIVABLE, LedgerAccounts.INSURER_RECOVERIES,
                        refund.insurerBorne()));
            }
            postings.add(new Posting(refund.refundId(), "Owed back by the buyer for case " + clawback.caseId
                    + ": parcel " + clawback.parcelId + " was found after it was paid as lost", clawback.recordedAt,
                    transfers));
        }
        return postings;
    }
}

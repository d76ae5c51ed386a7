package io.refunds.refund.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an account as the API shows it: signed minor units (positive credits the account). */
public record LedgerLine(String description, long amountMinor, String currency, Instant postedAt, UUID refundId) {

    static LedgerLine of(Object[] row) {
        Object postedAt = row[3];
        Instant at = postedAt instanceof OffsetDateTime time ? time.toInstant() : (Instant) postedAt;
        return new LedgerLine((String) row[0], ((Number) row[1]).longValue(), ((String) row[2]).trim(), at,
                (UUID) row[4]);
    }

    /** The total of all entries in one currency. */
    public record CurrencyTotal(String currency, long totalMinor) {
    }

    /** An account's balance in one currency: positive is owed to or held by the account. */
    public record AccountBalance(String account, String currency, long balanceMinor) {
    }
}

package io.refunds.refund.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One balanced ledger transaction to write, as data: the refund it belongs to, why, when, and its transfers. */
public record Posting(UUID refundId, String description, Instant at, List<Transfer> transfers) {

    public Posting {
        transfers = List.copyOf(transfers);
    }
}

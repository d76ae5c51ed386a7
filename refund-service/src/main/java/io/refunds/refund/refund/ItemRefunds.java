package io.refunds.refund.refund;

import io.refunds.events.Money;
import java.util.List;

/**
 * An item's earlier refunds, as a new one sees them: what they committed in the buyer's currency (NOTHING_DUE ones
 * commit nothing) and what they recover from the seller in CNY.
 */
public record ItemRefunds(List<Refund> earlier) {

    /** No refund before this one. */
    public static final ItemRefunds NONE = new ItemRefunds(List.of());

    public ItemRefunds {
        earlier = List.copyOf(earlier);
    }

    /** Everything promised, paid or still being paid for the item in {@code currency}. */
    public Money refunded(String currency) {
        long total = earlier.stream()
                .filter(Refund::commitsMoney)
                .filter(refund -> refund.amount().currency().equals(currency))
                .mapToLong(refund -> refund.amount().minorUnits())
                .sum();
        return Money.of(total, currency);
    }

    /** What the earlier refunds recover from the seller, in fen. */
    public long recoveredCny() {
        return earlier.stream()
                .filter(Refund::commitsMoney)
                .map(Refund::sellerAmount)
                .filter(cny -> cny != null && SellerLeg.CNY.equals(cny.currency()))
                .mapToLong(Money::minorUnits)
                .sum();
    }

    /** What the earlier refunds paid on the cost line {@code kind} (refunds without lines paid on none). */
    public long refundedOn(String kind) {
        return earlier.stream()
                .filter(Refund::commitsMoney)
                .flatMap(refund -> refund.lines().stream())
                .filter(line -> line.kind().equals(kind))
                .mapToLong(line -> line.amount().minorUnits())
                .sum();
    }

    /** What the earlier refunds recover from the seller on the cost line {@code kind}, in fen. */
    public long recoveredCnyOn(String kind) {
        return earlier.stream()
                .filter(Refund::commitsMoney)
                .flatMap(refund -> refund.lines().stream())
                .filter(line -> line.kind().equals(kind) && line.cny() != null)
                .mapToLong(line -> line.cny().minorUnits())
                .sum();
    }

    /** Whether an earlier refund paid money without naming its lines (a cause from before cost lines). */
    public boolean anyWithoutLines() {
        return earlier.stream().filter(Refund::commitsMoney).anyMatch(refund -> refund.lines().isEmpty());
    }
}

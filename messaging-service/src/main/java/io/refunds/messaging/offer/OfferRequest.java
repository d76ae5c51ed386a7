package io.refunds.messaging.offer;

import io.refunds.events.Remedy;
import io.refunds.platform.api.LineInput;
import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The seller's offer: a remedy, the amount for a partial refund or a return (or the item's cost lines it refunds,
 * instead or adding up to it), and a note to the buyer.
 */
public record OfferRequest(@NotNull Remedy offerType, @Valid MoneyInput amount, @Size(max = 2000) String note,
        @Valid @Size(max = 6) List<@NotNull @Valid LineInput> lines) {

    /** An offer that names no lines. */
    public OfferRequest(Remedy offerType, MoneyInput amount, String note) {
        this(offerType, amount, note, null);
    }
}

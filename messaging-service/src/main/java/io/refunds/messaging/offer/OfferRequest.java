package io.refunds.messaging.offer;

import io.refunds.events.Remedy;
import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The seller's offer: a remedy, the amount for a partial refund or a return, and a note to the buyer. */
public record OfferRequest(@NotNull Remedy offerType, @Valid MoneyInput amount, @Size(max = 2000) String note) {
}

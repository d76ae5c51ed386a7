package io.refunds.platform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A cost line an offer or decision names, as a request carries it: its kind and what is refunded of it. */
public record LineInput(@NotNull LineKind kind, @NotNull @Valid MoneyInput amount) {
}

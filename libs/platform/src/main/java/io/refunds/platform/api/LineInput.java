package io.refunds.platform.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A cost line an offer or decision names, as a request carries it: its kind and what is refunded of it. */
public record LineInput(
        @NotNull @Pattern(regexp = "ITEM|DOMESTIC_SHIPPING|SERVICE_FEE|QC_FEE|INTERNATIONAL_SHIPPING|INSURANCE",
                message = "must be one of ITEM, DOMESTIC_SHIPPING, SERVICE_FEE, QC_FEE, INTERNATIONAL_SHIPPING,"
                        + " INSURANCE") String kind,
        @NotNull @Valid MoneyInput amount) {
}

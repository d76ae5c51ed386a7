package io.refunds.order.order;

import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The bodies the agent platform sends to register orders. */
public final class OrderRequests {

    private OrderRequests() {
    }

    /** An order with at least one item. */
    public record RegisterOrder(
            @NotBlank @Size(max = 128) String orderId,
            @NotBlank @Size(max = 128) String buyerId,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid RegisterItem> items) {
    }

    /**
     * One item: the price in CNY, what the buyer paid in their currency, the exchange rate then, and the payment
     * provider's reference of that payment (e.g. a Stripe PaymentIntent id), needed to refund to it.
     */
    public record RegisterItem(
            @NotBlank @Size(max = 128) String itemId,
            @NotBlank @Size(max = 128) String sellerId,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 64) String category,
            @NotNull @Min(1) @Max(100_000) Integer quantity,
            @NotNull @Valid MoneyInput unitPrice,
            @NotNull @Valid MoneyInput paid,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 12, fraction = 12)
            BigDecimal exchangeRate,
            @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_:.-]+", message = "must be a payment provider's reference")
            String paymentReference,
            Instant receivedAt) {
    }

    /** The buyer received the item; absent {@code receivedAt} means now. */
    public record RecordReceipt(Instant receivedAt) {
    }
}

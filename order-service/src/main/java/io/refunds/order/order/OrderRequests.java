package io.refunds.order.order;

import io.refunds.platform.api.LineKind;
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

    private static final String MARKETPLACE_ID = "[A-Za-z0-9_-]+";

    private OrderRequests() {
    }

    /** An order with at least one item. */
    public record RegisterOrder(
            @NotBlank @Size(max = 128) String orderId,
            @NotBlank @Size(max = 128) String buyerId,
            @NotEmpty @Size(max = 200) List<@NotNull @Valid RegisterItem> items) {
    }

    /**
     * One item: the price in CNY, what the buyer paid in their currency, the exchange rate then, the payment
     * provider's reference of that payment (e.g. a Stripe PaymentIntent id), needed to refund to it, and where the
     * agent bought it ({@code marketplace}; absent: a seller who logs in here).
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
            Instant receivedAt,
            Boolean noReasonReturns,
            @Size(max = 6) List<@NotNull @Valid CostLineInput> costLines,
            @Valid MarketplaceInput marketplace) {
    }

    /**
     * The marketplace order the agent placed for the item: the marketplace, its order id ({@code tid}) and sub-order
     * id ({@code oid}), and the purchasing staff member assigned to it (absent: the purchasing team).
     */
    public record MarketplaceInput(
            @NotNull Marketplace marketplace,
            @NotBlank @Size(max = 64) @Pattern(regexp = MARKETPLACE_ID, message = "must be a marketplace order id")
            String orderId,
            @NotBlank @Size(max = 64) @Pattern(regexp = MARKETPLACE_ID, message = "must be a marketplace item id")
            String itemId,
            @Size(max = 128) String purchaserId) {
    }

    /**
     * One cost line: its kind, what the buyer paid for it in the item's paid currency, and for a CNY cost (the item,
     * the seller's domestic shipping) what it cost in CNY.
     */
    public record CostLineInput(
            @NotNull LineKind kind,
            @NotNull @Valid MoneyInput amount,
            @Valid MoneyInput cny) {
    }

    /** Cost lines known after the order, e.g. the parcel's international shipping and insurance. */
    public record RegisterCostLines(
            @NotEmpty @Size(max = 6) List<@NotNull @Valid CostLineInput> lines) {
    }

    /**
     * One step of the item's journey, posted by the platform: {@code at} (absent: now) and what the step records —
     * SELLER_SHIPPED the domestic {@code tracking} (and {@code carrier}), STOCKED_IN the {@code weightGrams},
     * SHIPPED_ABROAD the {@code parcelId}, {@code carrier}, {@code tracking} and optionally the parcel's
     * {@code insuredValue} for the item; DELIVERED nothing more.
     */
    public record RecordJourneyStep(
            @NotNull JourneyStep step,
            Instant at,
            @Size(max = 64) String carrier,
            @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_:./-]+", message = "must be a carrier's tracking number")
            String tracking,
            @Min(1) @Max(1_000_000) Integer weightGrams,
            @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9_:.-]+", message = "must be the agent's parcel id")
            String parcelId,
            @Valid MoneyInput insuredValue) {
    }

    /** The buyer received the item; absent {@code receivedAt} means now. */
    public record RecordReceipt(Instant receivedAt) {
    }
}

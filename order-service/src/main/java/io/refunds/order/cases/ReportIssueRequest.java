package io.refunds.order.cases;

import io.refunds.events.RefundDestination;
import io.refunds.events.Remedy;
import io.refunds.platform.api.MoneyInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's issue report. {@code requestedOutcome} defaults to a full refund; {@code requestedAmount} is
 * required for a partial refund or a return, in the currency paid, never above what was paid. {@code refundDestination}
 * defaults to the platform wallet; the original payment method needs the item's payment reference.
 */
public record ReportIssueRequest(
        @NotBlank @Size(max = 128) String orderId,
        @NotBlank @Size(max = 128) String itemId,
        @NotBlank @Size(max = 64) String reason,
        @Size(max = 4000) String description,
        Remedy requestedOutcome,
        @Valid MoneyInput requestedAmount,
        @Size(max = 20) List<@NotNull UUID> evidenceIds,
        RefundDestination refundDestination) {

    public Remedy outcome() {
        return requestedOutcome == null ? Remedy.FULL_REFUND : requestedOutcome;
    }

    public RefundDestination destination() {
        return refundDestination == null ? RefundDestination.WALLET : refundDestination;
    }

    public List<UUID> evidence() {
        return evidenceIds == null ? List.of() : evidenceIds;
    }
}

package io.refunds.order.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of a buyer's issue report. */
public record ReportIssueRequest(
        @NotBlank @Size(max = 128) String orderId,
        @NotBlank @Size(max = 128) String itemId,
        @NotNull IssueReason reason,
        @Size(max = 4000) String description) {
}

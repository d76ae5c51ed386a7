package io.refunds.dispute.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the party writes. */
public record FollowUpRequest(@NotBlank @Size(max = 4000) String body) {
}

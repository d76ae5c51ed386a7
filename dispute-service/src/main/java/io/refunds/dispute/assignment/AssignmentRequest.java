package io.refunds.dispute.assignment;

import jakarta.validation.constraints.Size;

/** Who to assign; absent means the caller claims it. */
public record AssignmentRequest(@Size(min = 1, max = 128) String assignee) {
}

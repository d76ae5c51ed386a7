package io.refunds.messaging.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message a participant or agent writes. */
public record PostMessageRequest(@NotBlank @Size(max = 5000) String body) {
}

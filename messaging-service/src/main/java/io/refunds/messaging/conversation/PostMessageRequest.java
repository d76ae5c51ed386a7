package io.refunds.messaging.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A message a participant or agent writes, with evidence uploaded first through order-service. */
public record PostMessageRequest(@NotBlank @Size(max = 5000) String body,
        @Size(max = 10) List<@NotNull UUID> evidenceIds) {

    public List<UUID> evidence() {
        return evidenceIds == null ? List.of() : evidenceIds;
    }
}

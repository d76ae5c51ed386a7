package io.refunds.dispute.appeal;

import io.refunds.dispute.dispute.AppealCommand;
import io.refunds.dispute.dispute.Party;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Why the party appeals, with evidence uploaded through order-service. */
public record AppealRequest(@NotBlank @Size(max = 4000) String reason,
        @Size(max = 20) List<@NotNull UUID> evidenceIds) {

    /** The appeal as {@code party} ({@code appellantId}) files it. */
    public AppealCommand by(Party party, String appellantId) {
        return new AppealCommand(party, appellantId, reason,
                evidenceIds == null ? List.of() : evidenceIds.stream().map(UUID::toString).toList());
    }
}

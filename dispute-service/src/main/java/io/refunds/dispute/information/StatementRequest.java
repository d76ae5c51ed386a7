package io.refunds.dispute.information;

import io.refunds.dispute.dispute.Party;
import io.refunds.dispute.dispute.StatementCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The party's answer, with evidence uploaded through order-service. */
public record StatementRequest(@NotBlank @Size(max = 4000) String body,
        @Size(max = 20) List<@NotNull UUID> evidenceIds) {

    /** The statement as {@code party} ({@code authorId}) gives it. */
    public StatementCommand by(Party party, String authorId) {
        return new StatementCommand(party, authorId, body,
                evidenceIds == null ? List.of() : evidenceIds.stream().map(UUID::toString).toList());
    }
}

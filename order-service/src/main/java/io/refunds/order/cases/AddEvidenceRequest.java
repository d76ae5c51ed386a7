package io.refunds.order.cases;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Evidence a party adds to an open case, uploaded first through {@code POST /api/evidence}. */
public record AddEvidenceRequest(@NotEmpty @Size(max = 20) List<@NotNull UUID> evidenceIds) {
}

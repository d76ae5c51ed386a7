package io.refunds.dispute.dispute;

import io.refunds.platform.parties.CaseParties;
import java.util.UUID;

/** What a dispute needs to know about the claim, from whichever event or request opened it. */
public record Claim(UUID caseId, CaseParties parties) {
}

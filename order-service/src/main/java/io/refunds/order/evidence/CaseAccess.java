package io.refunds.order.evidence;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Whether a user is a party (buyer or seller) of a case, whose evidence they may see; the cases feature answers. */
public interface CaseAccess {

    Uni<Boolean> isParty(UUID caseId, String userId);
}

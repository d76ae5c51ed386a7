package io.refunds.order.cases;

import io.refunds.order.parcels.ParcelClaimRecord;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim on an international parcel as its buyer and staff see it: the reason, when it was made and until when it
 * could be, whether the parcel was found since, and the case of each item with its status and what it is owed and
 * was refunded — each followed at {@code /api/cases/{caseId}}.
 */
public record ParcelClaimView(UUID claimId, String parcelId, String reason, Instant claimedAt,
        Instant claimableUntil, Instant foundAt, String foundLocation, List<CaseOfItem> cases) {

    /** One item's case: what it is owed under the parcel's insurance and what it was refunded. */
    public record CaseOfItem(UUID caseId, String orderId, String itemId, String status, MoneyInput owed,
            MoneyInput refunded) {
    }

    static ParcelClaimView of(ParcelClaimRecord claim, List<RefundCase> cases) {
        return new ParcelClaimView(claim.id(), claim.parcelId(), claim.reason().name(), claim.claimedAt(),
                claim.claimableUntil(), claim.foundAt(), claim.foundLocation(), cases.stream()
                        .map(c -> new CaseOfItem(c.id(), c.parties().orderId(), c.parties().itemId(),
                                c.status().name(), MoneyInput.of(c.requested()), MoneyInput.of(c.refunded())))
                        .toList());
    }
}

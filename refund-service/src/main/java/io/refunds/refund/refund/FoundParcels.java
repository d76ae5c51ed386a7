package io.refunds.refund.refund;

import io.refunds.events.Money;
import io.refunds.events.ParcelFound;
import io.refunds.refund.clawback.ClawbackRecorder;
import io.refunds.refund.clawback.Clawbacks;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A parcel claimed LOST was found: what the case's issued refunds paid — and the insurer's share of each, its
 * CARRIER-borne lines — is handed to the clawback. A refund not issued (pending, failed) is not clawed back.
 */
@ApplicationScoped
public class FoundParcels {

    private final RefundRepository refunds;
    private final ClawbackRecorder clawbacks;

    public FoundParcels(RefundRepository refunds, ClawbackRecorder clawbacks) {
        this.refunds = refunds;
        this.clawbacks = clawbacks;
    }

    public Uni<Void> found(ParcelFound found) {
        return refunds.ofCase(found.caseId()).chain(ofCase -> clawbacks.parcelFound(found, paid(ofCase)));
    }

    static List<Clawbacks.Paid> paid(List<Refund> ofCase) {
        return ofCase.stream().filter(refund -> refund.status() == RefundStatus.ISSUED)
                .map(refund -> new Clawbacks.Paid(refund.id(), refund.amount(), Money.of(refund.lines().stream()
                        .filter(line -> "CARRIER".equals(line.bearer()))
                        .mapToLong(line -> line.amount().minorUnits()).sum(), refund.amount().currency())))
                .toList();
    }
}

package io.refunds.local.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One driven case: its route, its ids, and what the platform owes for it after what the driver did. */
final class ChaosCase {

    /** The paths a case can take through the platform. */
    enum Route {
        SETTLEMENT, SILENT_SELLER, DECLINE_ESCALATION, APPEAL_UP, APPEAL_DOWN, CARD, DISPUTE_THEN_LATE_OFFER,
        /** A QC_DEFECT claim at the warehouse on an item of four cost lines, decided for the buyer. */
        WAREHOUSE_QC,
        /** Decided RETURN_AND_REFUND: the buyer ships it back, the carrier scans it, it arrives as claimed; paid. */
        RETURN,
        /** Decided RETURN_AND_REFUND, but it arrives damaged: back to the queue, decided again, paid once. */
        RETURN_DAMAGED,
        /** Decided REPLACEMENT: the platform posts the new item's journey; delivered, the case closes unpaid. */
        REPLACEMENT,
        /**
         * An insured parcel the carrier declares lost: the buyer claims it, the agent decides at once (no seller),
         * the insurer bears item and shipping; the carrier then scans it again, and the buyer owes the payout back.
         */
        PARCEL_LOST
    }

    /** What the buyer paid per cost line: the item's price alone, or the warehouse item's four lines. */
    static final Map<String, Long> PRICE_ONLY = Map.of("ITEM", 12_900L);
    static final Map<String, Long> WAREHOUSE_LINES = Map.of("ITEM", 10_900L, "DOMESTIC_SHIPPING", 800L,
            "SERVICE_FEE", 700L, "QC_FEE", 500L);
    /** What the buyer paid for a parcel route's item: its price and its share of the international shipping. */
    static final Map<String, Long> PARCEL_LINES = Map.of("ITEM", 11_400L, "INTERNATIONAL_SHIPPING", 1_500L);

    final int index;
    final Route route;
    final String orderId;
    final String buyerId;
    final String sellerId;
    final String paymentReference;
    volatile UUID caseId;
    volatile String disputeId;
    /** Amounts the platform must have paid, one per RefundIssued. */
    final List<Long> expectedRefunds = new ArrayList<>();
    /** A superseding lower decision: one NOTHING_DUE refund row and no second RefundIssued. */
    volatile boolean expectNothingDue;
    /** The lines the refunds must book in all, by kind (null: not checked beyond the lines' own rules). */
    volatile Map<String, Long> expectedLines;
    volatile String failure;
    /** Where the case must end: REFUNDED, or CLOSED for a replacement that arrived. */
    volatile String expectedStatus = "REFUNDED";
    /** What the buyer's wallet must show as owed back (a lost parcel found after its payout). */
    volatile long expectedOwedBack;

    ChaosCase(int index, Route route, String runId) {
        this.index = index;
        this.route = route;
        this.orderId = "o-" + runId + "-" + index;
        this.buyerId = "b-" + runId + "-" + index;
        this.sellerId = "s-" + runId + "-" + index;
        String intent = "pi_" + runId + "x" + index + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        this.paymentReference = route == Route.CARD && index % 2 == 1 ? intent + "_timeout1" : intent;
    }

    /** What the buyer paid for the cost line {@code kind}. */
    long paidOn(String kind) {
        Map<String, Long> lines = switch (route) {
            case WAREHOUSE_QC -> WAREHOUSE_LINES;
            case PARCEL_LOST -> PARCEL_LINES;
            default -> PRICE_ONLY;
        };
        return lines.getOrDefault(kind, 0L);
    }

    long expectedTotal() {
        return expectedRefunds.stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return route + "#" + index + " case " + caseId;
    }
}

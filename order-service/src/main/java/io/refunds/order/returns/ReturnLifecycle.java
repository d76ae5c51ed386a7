package io.refunds.order.returns;

import io.refunds.events.RefundRelease;
import io.refunds.events.Inspection;
import io.refunds.order.order.ItemJourney;
import io.refunds.order.policy.ClaimStage;
import io.refunds.order.policy.Fault;
import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rules of a return, pure: which way an item travels back and who pays for it, a shipment posted once and only
 * before the ship-by time, the carrier's first scan, the receipt with its inspection, and the expiry of a return
 * never sent — and, for each, what the refund waiting on the return may do. The same step again with the same
 * details changes nothing; other details, or a step the return is past, are a 409 naming where it stands. Who records
 * a step (the buyer, the warehouse, staff relaying the seller) is only recorded, never a rule.
 */
public final class ReturnLifecycle {

    private ReturnLifecycle() {
    }

    /**
     * The return a return outcome asks for. At the warehouse the item goes back to the seller, at
     * {@code sellerReturnAddress} (null until the seller gives it); after delivery the buyer sends it to the warehouse,
     * unless the item is worth no more than the policy's keep-it amount. The party at fault pays the postage.
     *
     * @param itemCnyFen the item's price in CNY fen, or null when the order did not say it
     * @param trustedBuyer whether the platform trusts this buyer enough to refund on the carrier's first scan
     */
    public static ReturnPlan plan(ClaimStage stage, Fault fault, Long itemCnyFen, String sellerReturnAddress,
            boolean trustedBuyer, ReturnPolicy policy, Instant now) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(fault, "fault");
        Instant shipBy = now.plus(policy.shipWithin()).truncatedTo(ChronoUnit.MICROS);
        PostagePayer payer = PostagePayer.of(fault);
        return switch (stage) {
            case AT_WAREHOUSE -> new ReturnPlan(true, ReturnRoute.WAREHOUSE_TO_SELLER, sellerReturnAddress, payer,
                    shipBy, false, null);
            case AFTER_DELIVERY -> itemCnyFen != null && itemCnyFen <= policy.keepItemUpToCnyFen()
                    ? ReturnPlan.notRequired("the item is worth less than sending it back: the buyer keeps it")
                    : new ReturnPlan(true, ReturnRoute.BUYER_TO_WAREHOUSE, policy.warehouseAddress(), payer, shipBy,
                            trustedBuyer && policy.refundOnScanForTrustedBuyers(), null);
            case IN_TRANSIT -> ReturnPlan.notRequired("the parcel was lost, seized or damaged on its way: the"
                    + " carrier's claim needs nothing sent back");
        };
    }

    /** Opens the return {@code plan} asks for; its refund waits for it. */
    public static ReturnChange open(UUID returnId, UUID caseId, ReturnPlan plan, Instant now) {
        if (!plan.required()) {
            throw new IllegalArgumentException("no return is required: " + plan.why());
        }
        ItemReturn opened = new ItemReturn(returnId, caseId, plan.route(), plan.address(), plan.postagePaidBy(),
                now.truncatedTo(ChronoUnit.MICROS), plan.shipBy(), plan.refundOnFirstScan(),
                ReturnStatus.AWAITING_SHIPMENT, null, null, null);
        return new ReturnChange(opened, List.of(ReturnMilestone.OPENED), RefundRelease.NONE);
    }

    /**
     * The shipper posts the carrier and tracking. Refused once the return expired or its ship-by time passed; a
     * repeat with the same carrier and tracking changes nothing, other ones are a conflict.
     */
    public static ReturnChange ship(ItemReturn current, String carrier, String tracking, Instant shippedAt,
            String recordedBy, Instant now) {
        requireText(carrier, "carrier");
        requireText(tracking, "tracking");
        Instant at = timeOf(shippedAt, now, "shippedAt");
        if (current.shipment() != null) {
            if (current.shipment().carrier().equals(carrier) && current.shipment().tracking().equals(tracking)) {
                return ReturnChange.unchanged(current);
            }
            throw ApiException.refusedBy(409, "RETURN_SHIPMENT_RECORDED", "tracking", "the return was already sent"
                    + " with " + current.shipment().carrier() + " " + current.shipment().tracking() + " at "
                    + Moments.format(current.shipment().shippedAt()) + "; a shipment is recorded once");
        }
        requireNotExpired(current);
        if (current.status() == ReturnStatus.RECEIVED) {
            throw ApiException.refusedBy(409, "RETURN_RECEIVED", "tracking", "the return was already received at "
                    + Moments.format(current.receipt().receivedAt()));
        }
        if (at.isAfter(current.shipBy())) {
            throw ApiException.refusedBy(409, "RETURN_SHIP_BY_PASSED", "shippedAt", "the return had to be sent by "
                    + Moments.format(current.shipBy()));
        }
        ItemReturn shipped = current.with(ReturnStatus.SHIPPED,
                new ItemReturn.Shipment(carrier, tracking, at, recordedBy), null, null);
        return new ReturnChange(shipped, List.of(ReturnMilestone.SHIPPED), RefundRelease.NONE);
    }

    /**
     * The carrier scanned the parcel. Only the first scan of a sent return counts: it pays the refund when the return
     * was opened to refund on scan; later scans, and scans after the receipt, change nothing.
     */
    public static ReturnChange scan(ItemReturn current, Instant scannedAt, Instant now) {
        Instant at = timeOf(scannedAt, now, "scannedAt");
        requireNotExpired(current);
        if (current.status() == ReturnStatus.AWAITING_SHIPMENT) {
            throw ApiException.refusedBy(409, "RETURN_NOT_SHIPPED", "scannedAt", "the return has no shipment yet:"
                    + " its shipper posts the carrier and tracking first");
        }
        if (current.firstScanAt() != null || current.status() == ReturnStatus.RECEIVED) {
            return ReturnChange.unchanged(current);
        }
        ItemReturn scanned = current.with(ReturnStatus.IN_TRANSIT, current.shipment(), at, null);
        return new ReturnChange(scanned, List.of(ReturnMilestone.FIRST_SCAN),
                current.refundOnFirstScan() ? RefundRelease.PAY : RefundRelease.NONE);
    }

    /**
     * The receiver records the parcel's arrival and its inspection (a parcel that arrives without a posted shipment
     * counts as sent). What was claimed pays the refund, unless the first scan paid it already; anything else sends
     * the case back to the agents' queue with the photos, which an inspection other than AS_EXPECTED must have.
     */
    public static ReturnChange receive(ItemReturn current, Inspection inspection, List<String> photoIds, String note,
            Instant receivedAt, String recordedBy, Instant now) {
        Objects.requireNonNull(inspection, "inspection");
        Instant at = timeOf(receivedAt, now, "receivedAt");
        List<String> photos = photoIds == null ? List.of() : photoIds;
        if (inspection != Inspection.AS_EXPECTED && photos.isEmpty()) {
            throw ApiException.invalid("photoIds", "must name at least one photo when the inspection is "
                    + inspection);
        }
        if (current.receipt() != null) {
            if (current.receipt().inspection() == inspection) {
                return ReturnChange.unchanged(current);
            }
            throw ApiException.refusedBy(409, "RETURN_RECEIVED", "inspection", "the return was already received at "
                    + Moments.format(current.receipt().receivedAt()) + " and inspected "
                    + current.receipt().inspection() + "; a receipt is recorded once");
        }
        requireNotExpired(current);
        if (current.shipment() != null && at.isBefore(current.shipment().shippedAt())) {
            throw ApiException.invalid("receivedAt", "must not be before the return was sent at "
                    + Moments.format(current.shipment().shippedAt()));
        }
        ItemReturn received = current.with(ReturnStatus.RECEIVED, current.shipment(), current.firstScanAt(),
                new ItemReturn.Receipt(at, inspection, photos, note, recordedBy));
        return new ReturnChange(received, List.of(ReturnMilestone.RECEIVED), releaseOnReceipt(current, inspection));
    }

    /**
     * The ship-by deadline fired. A return still waiting for its shipment expires and its refund closes unpaid; one
     * that was sent, or a deadline that fired early, changes nothing.
     */
    public static ReturnChange expire(ItemReturn current, Instant now) {
        if (current.status() != ReturnStatus.AWAITING_SHIPMENT || now.isBefore(current.shipBy())) {
            return ReturnChange.unchanged(current);
        }
        ItemReturn expired = current.with(ReturnStatus.EXPIRED, null, null, null);
        return new ReturnChange(expired, List.of(ReturnMilestone.EXPIRED), RefundRelease.CLOSE_UNPAID);
    }

    private static RefundRelease releaseOnReceipt(ItemReturn current, Inspection inspection) {
        if (inspection != Inspection.AS_EXPECTED) {
            return RefundRelease.BACK_TO_QUEUE;
        }
        boolean paidOnScan = current.refundOnFirstScan() && current.firstScanAt() != null;
        return paidOnScan ? RefundRelease.NONE : RefundRelease.PAY;
    }

    private static void requireNotExpired(ItemReturn current) {
        if (current.status() == ReturnStatus.EXPIRED) {
            throw ApiException.refusedBy(409, "RETURN_EXPIRED", "returnId", "the return was not sent by "
                    + Moments.format(current.shipBy()) + " and has expired");
        }
    }

    private static Instant timeOf(Instant given, Instant now, String field) {
        Instant at = (given == null ? now : given).truncatedTo(ChronoUnit.MICROS);
        ItemJourney.requireNotInTheFuture(at, now, field);
        return at;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required");
        }
    }
}

package io.refunds.order.cases;

import io.refunds.order.returns.ItemReturn;
import io.refunds.order.returns.ReturnRoute;
import io.refunds.order.returns.StoredReturn;
import io.refunds.platform.text.Moments;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A return as its readers see it: what is awaited from whom by when, and what has happened to it so far. */
public record ReturnView(UUID returnId, UUID caseId, String cause, String orderId, String itemId, String route,
        String address, String postagePaidBy, Instant openedAt, Instant shipBy, boolean refundOnFirstScan,
        String status, String awaiting, ShipmentView shipment, Instant firstScanAt, ReceiptView receipt) {

    /** The carrier and tracking, when it was sent and who recorded it. */
    public record ShipmentView(String carrier, String tracking, Instant shippedAt, String recordedBy) {
    }

    /** When it arrived, what the inspection found, its photos and note, and who recorded it. */
    public record ReceiptView(Instant receivedAt, String inspection, List<String> photoIds, String note,
            String recordedBy) {
    }

    static ReturnView of(StoredReturn row) {
        ItemReturn r = row.toReturn();
        ItemReturn.Shipment s = r.shipment();
        ItemReturn.Receipt receipt = r.receipt();
        return new ReturnView(r.returnId(), r.caseId(), row.cause(), row.orderId(), row.itemId(), r.route().name(),
                r.address(), r.postagePaidBy().name(), r.openedAt(), r.shipBy(), r.refundOnFirstScan(),
                r.status().name(), awaiting(r),
                s == null ? null : new ShipmentView(s.carrier(), s.tracking(), s.shippedAt(), s.recordedBy()),
                r.firstScanAt(),
                receipt == null ? null : new ReceiptView(receipt.receivedAt(), receipt.inspection().name(),
                        receipt.photoIds(), receipt.note(), receipt.recordedBy()));
    }

    /** Who must do what next, in words. */
    private static String awaiting(ItemReturn r) {
        boolean toSeller = r.route() == ReturnRoute.WAREHOUSE_TO_SELLER;
        return switch (r.status()) {
            case AWAITING_SHIPMENT -> (toSeller ? "the agent's warehouse" : "the buyer") + " to send it by "
                    + Moments.format(r.shipBy());
            case SHIPPED -> "the carrier's first scan";
            case IN_TRANSIT -> toSeller ? "the seller to receive it" : "the agent's warehouse to receive it";
            case RECEIVED, EXPIRED -> "nothing";
        };
    }
}

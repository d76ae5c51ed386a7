package io.refunds.order.returns;

import io.refunds.events.Inspection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One return of one case's item, as the lifecycle sees it: the plan it was opened with, where it stands, its
 * shipment, the carrier's first scan and the receipt with its inspection. Immutable; the lifecycle answers a new one.
 */
public record ItemReturn(UUID returnId, UUID caseId, ReturnRoute route, String address, PostagePayer postagePaidBy,
        Instant openedAt, Instant shipBy, boolean refundOnFirstScan, ReturnStatus status, Shipment shipment,
        Instant firstScanAt, Receipt receipt) {

    /** The carrier and tracking its shipper posted, when, and who recorded them (the buyer, or staff). */
    public record Shipment(String carrier, String tracking, Instant shippedAt, String recordedBy) {
    }

    /** When the return arrived, what its inspection found, the photos of it, and who recorded it. */
    public record Receipt(Instant receivedAt, Inspection inspection, List<String> photoIds, String note,
            String recordedBy) {

        public Receipt {
            photoIds = List.copyOf(photoIds);
        }
    }

    ItemReturn with(ReturnStatus newStatus, Shipment newShipment, Instant newFirstScanAt, Receipt newReceipt) {
        return new ItemReturn(returnId, caseId, route, address, postagePaidBy, openedAt, shipBy, refundOnFirstScan,
                newStatus, newShipment, newFirstScanAt, newReceipt);
    }
}

package io.refunds.order.returns;

import io.refunds.events.Inspection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A return as the database keeps it (table {@code item_return}): the cause it was opened for and the item it is of,
 * beside what {@link ItemReturn} holds. Only {@link #record} changes it, from what the lifecycle answered.
 */
@Entity
@Table(name = "item_return")
public class StoredReturn {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(nullable = false)
    String cause;

    @Column(name = "order_id", nullable = false)
    String orderId;

    @Column(name = "item_id", nullable = false)
    String itemId;

    @Column(name = "buyer_id", nullable = false)
    String buyerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReturnRoute route;

    String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "postage_paid_by", nullable = false)
    PostagePayer postagePaidBy;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Column(name = "ship_by", nullable = false)
    Instant shipBy;

    @Column(name = "refund_on_first_scan", nullable = false)
    boolean refundOnFirstScan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReturnStatus status;

    String carrier;

    String tracking;

    @Column(name = "shipped_at")
    Instant shippedAt;

    @Column(name = "shipped_recorded_by")
    String shippedRecordedBy;

    @Column(name = "first_scan_at")
    Instant firstScanAt;

    @Column(name = "received_at")
    Instant receivedAt;

    @Enumerated(EnumType.STRING)
    Inspection inspection;

    /** The inspection's photo ids, comma-separated (ids carry no comma: the request refuses one). */
    @Column(name = "inspection_photo_ids")
    String inspectionPhotoIds;

    @Column(name = "inspection_note")
    String inspectionNote;

    @Column(name = "received_recorded_by")
    String receivedRecordedBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** A new row for a return just opened for {@code cause} on the case's item. */
    public static StoredReturn of(ItemReturn opened, String cause, String orderId, String itemId, String buyerId) {
        StoredReturn row = new StoredReturn();
        row.id = opened.returnId();
        row.caseId = opened.caseId();
        row.cause = cause;
        row.orderId = orderId;
        row.itemId = itemId;
        row.buyerId = buyerId;
        row.route = opened.route();
        row.address = opened.address();
        row.postagePaidBy = opened.postagePaidBy();
        row.openedAt = opened.openedAt();
        row.shipBy = opened.shipBy();
        row.refundOnFirstScan = opened.refundOnFirstScan();
        row.record(opened);
        return row;
    }

    /** Takes over what the lifecycle changed: status, shipment, first scan and receipt. */
    public void record(ItemReturn next) {
        status = next.status();
        ItemReturn.Shipment shipment = next.shipment();
        carrier = shipment == null ? null : shipment.carrier();
        tracking = shipment == null ? null : shipment.tracking();
        shippedAt = shipment == null ? null : shipment.shippedAt();
        shippedRecordedBy = shipment == null ? null : shipment.recordedBy();
        firstScanAt = next.firstScanAt();
        ItemReturn.Receipt receipt = next.receipt();
        receivedAt = receipt == null ? null : receipt.receivedAt();
        inspection = receipt == null ? null : receipt.inspection();
        inspectionPhotoIds = receipt == null || receipt.photoIds().isEmpty() ? null
                : String.join(",", receipt.photoIds());
        inspectionNote = receipt == null ? null : receipt.note();
        receivedRecordedBy = receipt == null ? null : receipt.recordedBy();
        updatedAt = Instant.now();
    }

    /** The return as the lifecycle sees it. */
    public ItemReturn toReturn() {
        ItemReturn.Shipment shipment = carrier == null ? null
                : new ItemReturn.Shipment(carrier, tracking, shippedAt, shippedRecordedBy);
        ItemReturn.Receipt receipt = receivedAt == null ? null
                : new ItemReturn.Receipt(receivedAt, inspection, photoIds(), inspectionNote, receivedRecordedBy);
        return new ItemReturn(id, caseId, route, address, postagePaidBy, openedAt, shipBy, refundOnFirstScan,
                status, shipment, firstScanAt, receipt);
    }

    private List<String> photoIds() {
        return inspectionPhotoIds == null ? List.of() : Arrays.asList(inspectionPhotoIds.split(","));
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String cause() {
        return cause;
    }

    public String orderId() {
        return orderId;
    }

    public String itemId() {
        return itemId;
    }

    public String buyerId() {
        return buyerId;
    }
}

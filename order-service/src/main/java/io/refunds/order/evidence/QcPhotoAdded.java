package io.refunds.order.evidence;

/** A CDI event, fired once a QC photo of an item is stored: every case of the item shows it from now on. */
public record QcPhotoAdded(String orderId, String itemId) {
}

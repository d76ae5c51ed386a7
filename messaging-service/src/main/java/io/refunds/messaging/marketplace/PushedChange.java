package io.refunds.messaging.marketplace;

/**
 * What a marketplace's signed change notification names: its refund, the key we filed it under (null when the
 * marketplace does not say), the version it moved to, the new state.
 */
public record PushedChange(String refundId, String outRefundId, long refundVersion, String status) {
}

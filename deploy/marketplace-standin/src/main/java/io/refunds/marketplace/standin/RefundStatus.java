package io.refunds.marketplace.standin;

/** A marketplace refund's status, as Taobao names it; the last three are end states. */
enum RefundStatus {
    WAIT_SELLER_AGREE,
    WAIT_BUYER_RETURN_GOODS,
    WAIT_SELLER_CONFIRM_GOODS,
    SUCCESS,
    SELLER_REFUSE_BUYER,
    CLOSED;

    boolean ended() {
        return this == SUCCESS || this == SELLER_REFUSE_BUYER || this == CLOSED;
    }
}

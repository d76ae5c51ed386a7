package io.refunds.messaging.upstream;

/**
 * Where the marketplace's refund stands, in the Taobao open platform's names, plus FILING before the marketplace
 * answered the filing. SUCCESS, SELLER_REFUSE_BUYER and CLOSED end it.
 */
public enum UpstreamStatus {
    FILING,
    WAIT_SELLER_AGREE,
    WAIT_BUYER_RETURN_GOODS,
    WAIT_SELLER_CONFIRM_GOODS,
    SUCCESS,
    SELLER_REFUSE_BUYER,
    CLOSED;

    /** The marketplace decided: nothing more moves (a refused refund may still be cancelled, which changes nothing). */
    public boolean isEnd() {
        return this == SUCCESS || this == SELLER_REFUSE_BUYER || this == CLOSED;
    }

    /** The marketplace's refund ended without money. */
    public boolean isRefusal() {
        return this == SELLER_REFUSE_BUYER || this == CLOSED;
    }
}

package io.refunds.marketplace.standin;

/** A change to a refund, named as Taobao's TMC topic {@code taobao_refund_<Event>} it is pushed under. */
enum RefundEvent {
    CREATED("RefundCreated"),
    SELLER_AGREE("RefundSellerAgreeAgreement"),
    SELLER_REFUSE("RefundSellerRefuseAgreement"),
    BUYER_MODIFY("RefundBuyerModifyAgreement"),
    BUYER_RETURN_GOODS("RefundBuyerReturnGoods"),
    SUCCESS("RefundSuccess"),
    CLOSED("RefundClosed"),
    MESSAGE("RefundMessage");

    private final String event;

    RefundEvent(String event) {
        this.event = event;
    }

    String topic() {
        return "taobao_refund_" + event;
    }
}

package io.refunds.marketplace.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One refund as the marketplace keeps it: what was filed, where it stands, and when its current clock started. */
final class Refund {

    private final String refundId;
    private final String tid;
    private final String oid;
    private final String outRefundId;
    private final String reason;
    private final String desc;
    private final Instant created;
    private RefundStatus status = RefundStatus.WAIT_SELLER_AGREE;
    private long fee;
    private Long offer;
    private boolean goodsReturn;
    private long version;
    private Instant modified;
    private Instant clockStarted;
    private Instant sellerAnswerDue;
    private boolean goodsAsked;
    private String address;
    private String senderAddress;
    private String companyName;
    private String sid;
    private String refuseReason;
    private String refuseProof;
    private String sellerMessage;
    private String closeReason;

    Refund(String refundId, Map<String, String> filed, long fee, boolean goodsReturn, Instant at) {
        this.refundId = refundId;
        this.tid = filed.get("tid");
        this.oid = filed.get("oid");
        this.outRefundId = filed.get("out_refund_id");
        this.reason = filed.get("reason");
        this.desc = filed.get("desc");
        this.senderAddress = filed.get("sender_address");
        this.fee = fee;
        this.goodsReturn = goodsReturn;
        this.created = at;
        this.modified = at;
        this.clockStarted = at;
        this.version = at.toEpochMilli();
    }

    String refundId() {
        return refundId;
    }

    String oid() {
        return oid;
    }

    String outRefundId() {
        return outRefundId;
    }

    RefundStatus status() {
        return status;
    }

    long fee() {
        return fee;
    }

    Long offer() {
        return offer;
    }

    boolean goodsReturn() {
        return goodsReturn;
    }

    boolean goodsAsked() {
        return goodsAsked;
    }

    long version() {
        return version;
    }

    Instant sellerAnswerDue() {
        return sellerAnswerDue;
    }

    /** The version moves on by one with every change. */
    void moved(Instant at) {
        version++;
        modified = at;
    }

    void sellerAnswersAt(Instant due) {
        sellerAnswerDue = due;
    }

    void sellerAnswered() {
        sellerAnswerDue = null;
    }

    void offered(long offerFen, String message) {
        offer = offerFen;
        sellerMessage = message;
    }

    void goodsAskedFor(String message) {
        goodsAsked = true;
        sellerMessage = message;
    }

    /** The buyer changes the amount; the seller's clock starts again. */
    void feeModified(long newFee, Instant at) {
        fee = newFee;
        clockStarted = at;
    }

    void awaitReturn(String sellerAddress, Instant at) {
        goodsReturn = true;
        address = sellerAddress;
        status = RefundStatus.WAIT_BUYER_RETURN_GOODS;
        clockStarted = at;
    }

    void returnShipped(String company, String trackingNumber, String sender, Instant at) {
        companyName = company;
        sid = trackingNumber;
        if (sender != null) {
            senderAddress = sender;
        }
        status = RefundStatus.WAIT_SELLER_CONFIRM_GOODS;
        clockStarted = at;
    }

    void senderAddress(String sender) {
        senderAddress = sender;
    }

    void refused(String why, String proofUrl) {
        refuseReason = why;
        refuseProof = proofUrl;
        status = RefundStatus.SELLER_REFUSE_BUYER;
    }

    void succeeded() {
        status = RefundStatus.SUCCESS;
    }

    void closed(String why) {
        closeReason = why;
        status = RefundStatus.CLOSED;
    }

    /** When the current clock runs out, or null in an end state. */
    Instant timeout(MarketplaceStandIn.Options options) {
        Duration clock = switch (status) {
            case WAIT_SELLER_AGREE -> options.sellerAgreeTimeout();
            case WAIT_BUYER_RETURN_GOODS -> options.buyerReturnTimeout();
            case WAIT_SELLER_CONFIRM_GOODS -> options.sellerConfirmTimeout();
            default -> null;
        };
        return clock == null ? null : clockStarted.plus(clock);
    }

    Map<String, Object> json(MarketplaceStandIn.Options options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("refund_id", refundId);
        json.put("tid", tid);
        json.put("oid", oid);
        json.put("out_refund_id", outRefundId);
        json.put("status", status.name());
        json.put("refund_fee", Yuan.format(fee));
        json.put("seller_offer_fee", Yuan.format(offer));
        json.put("has_good_return", goodsReturn);
        json.put("refund_version", version);
        json.put("reason", reason);
        json.put("desc", desc);
        json.put("created", VirtualClock.format(created));
        json.put("modified", VirtualClock.format(modified));
        json.put("timeout", VirtualClock.format(timeout(options)));
        json.put("address", address);
        json.put("sender_address", senderAddress);
        json.put("company_name", companyName);
        json.put("sid", sid);
        json.put("refuse_reason", refuseReason);
        json.put("refuse_proof", refuseProof);
        json.put("seller_message", sellerMessage);
        json.put("close_reason", closeReason);
        return json;
    }

    /** The content of a push about this refund. */
    Map<String, Object> pushContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("refund_id", refundId);
        content.put("tid", tid);
        content.put("oid", oid);
        content.put("out_refund_id", outRefundId);
        content.put("status", status.name());
        content.put("refund_version", version);
        content.put("refund_fee", Yuan.format(fee));
        return content;
    }
}

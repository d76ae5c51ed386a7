package io.refunds.messaging.marketplace;

/**
 * What the marketplace answered: the refund (OK), a stale {@code refund_version} with the current one
 * (VERSION_CONFLICT), no such refund (NOT_FOUND), a refusal that retrying will not change (REJECTED), or no usable
 * answer — a timeout, a transient error — after which the outcome is unknown and the call may be repeated
 * (UNAVAILABLE).
 */
public record MarketplaceReply(Kind kind, MarketplaceRefund refund, Long currentVersion, String detail) {

    /** The kinds of answer. */
    public enum Kind { OK, VERSION_CONFLICT, NOT_FOUND, REJECTED, UNAVAILABLE }

    public static MarketplaceReply ok(MarketplaceRefund refund) {
        return new MarketplaceReply(Kind.OK, refund, refund.refundVersion(), "refund " + refund.refundId() + " is "
                + refund.status());
    }

    public static MarketplaceReply conflict(Long currentVersion, String detail) {
        return new MarketplaceReply(Kind.VERSION_CONFLICT, null, currentVersion, detail);
    }

    public static MarketplaceReply notFound(String detail) {
        return new MarketplaceReply(Kind.NOT_FOUND, null, null, detail);
    }

    public static MarketplaceReply rejected(String detail) {
        return new MarketplaceReply(Kind.REJECTED, null, null, detail);
    }

    public static MarketplaceReply unavailable(String detail) {
        return new MarketplaceReply(Kind.UNAVAILABLE, null, null, detail);
    }

    public boolean isOk() {
        return kind == Kind.OK;
    }
}

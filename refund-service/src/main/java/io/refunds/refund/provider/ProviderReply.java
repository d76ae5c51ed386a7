package io.refunds.refund.provider;

/** What a provider answered, reduced to what the platform does next. */
public record ProviderReply(Kind kind, String providerRefundId, String detail) {

    /** The outcome of a call. */
    public enum Kind {
        /** The money is on its way back; the refund is issued. */
        SUCCEEDED,
        /** Accepted, not final yet: ask again later. */
        PENDING,
        /** Refused for good; nothing was paid. */
        DECLINED,
        /** No answer that tells (timeout, 5xx, rate limit): it may have paid, so retry with the same key. */
        UNKNOWN,
        /** A lookup found no refund. */
        NOT_FOUND
    }

    public static ProviderReply unknown(String detail) {
        return new ProviderReply(Kind.UNKNOWN, null, detail);
    }

    public static ProviderReply declined(String detail) {
        return new ProviderReply(Kind.DECLINED, null, detail);
    }
}

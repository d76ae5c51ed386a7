package io.refunds.order.timeline;

/** Who reads a case, for whom its timeline is written: the case's buyer, its seller, or staff (agents, platform). */
public enum Audience {
    BUYER,
    SELLER,
    STAFF;

    /** The reader's audience on a case: its buyer, its seller, or anyone else allowed to see it. */
    public static Audience of(String readerId, String buyerId, String sellerId) {
        if (readerId.equals(buyerId)) {
            return BUYER;
        }
        return readerId.equals(sellerId) ? SELLER : STAFF;
    }

    /** Whether the reader is the party an event names ({@code BUYER}, {@code SELLER}); staff never are. */
    boolean is(String party) {
        return this != STAFF && name().equals(party);
    }
}

package io.refunds.order.order;

/**
 * Where an item is on its way to the buyer, in the order it gets there: bought from the seller, sent by the seller
 * inside China, stocked in at the agent's warehouse (weighed and photographed at QC), shipped abroad in a parcel,
 * delivered to the buyer.
 */
public enum JourneyStep {
    PURCHASED,
    SELLER_SHIPPED,
    STOCKED_IN,
    SHIPPED_ABROAD,
    DELIVERED;

    public boolean isAfter(JourneyStep other) {
        return ordinal() > other.ordinal();
    }
}

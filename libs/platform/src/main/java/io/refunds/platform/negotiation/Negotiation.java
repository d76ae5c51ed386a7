package io.refunds.platform.negotiation;

import java.time.Instant;

/**
 * What the buyer–seller negotiation of a case has recorded so far, as its events told it (ConversationOpened,
 * SellerDeclined, OfferMade, OfferRejected, SettlementAgreed, SellerUnresponsive, NegotiationClosed): the one input of
 * {@link EscalationRule}, whichever service asks.
 */
public record Negotiation(Instant sellerDeadline, boolean sellerDeclined, LastOffer lastOffer, boolean settled,
        boolean sellerUnresponsive, boolean closedByDispute, boolean withdrawn) {

    /** Where the latest offer stands. */
    public enum LastOffer { NONE, OPEN, REJECTED, ACCEPTED, WITHDRAWN }

    /** Nothing recorded yet: the conversation has not opened. */
    public static final Negotiation NOT_OPENED = new Negotiation(null, false, LastOffer.NONE, false, false, false,
            false);
}

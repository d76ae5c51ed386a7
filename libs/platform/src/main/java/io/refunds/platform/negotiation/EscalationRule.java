package io.refunds.platform.negotiation;

import io.refunds.platform.problem.ApiException;
import io.refunds.platform.text.Moments;
import java.time.Instant;

/**
 * The one rule for when the buyer may take a case to the platform, decided from what the negotiation recorded:
 * after the seller declined, after the buyer rejected the latest offer, or once the seller's deadline passed — never
 * after a settlement, a withdrawal, or once a dispute already closed the negotiation. messaging-service (the buyer's
 * escalation there) and dispute-service ({@code POST /api/disputes}) both ask it.
 */
public final class EscalationRule {

    private static final String FIELD = "caseId";

    private EscalationRule() {
    }

    /** Passes when the buyer may escalate now; otherwise 409 naming the rule that refuses it. */
    public static void requireEscalable(Negotiation negotiation, Instant now) {
        if (negotiation.withdrawn()) {
            throw ApiException.refusedBy(409, "CASE_WITHDRAWN", FIELD, "the buyer withdrew the case");
        }
        if (negotiation.settled() || negotiation.lastOffer() == Negotiation.LastOffer.ACCEPTED) {
            throw ApiException.refusedBy(409, "CASE_SETTLED", FIELD,
                    "the buyer accepted the seller's offer: the case is settled and the settlement is paid");
        }
        if (negotiation.closedByDispute()) {
            throw ApiException.refusedBy(409, "DISPUTE_OPEN", FIELD, "a dispute is already open for this case");
        }
        boolean deadlinePassed = negotiation.sellerUnresponsive()
                || negotiation.sellerDeadline() != null && now.isAfter(negotiation.sellerDeadline());
        if (negotiation.sellerDeclined() || negotiation.lastOffer() == Negotiation.LastOffer.REJECTED
                || deadlinePassed) {
            return;
        }
        throw ApiException.refusedBy(409, "SELLER_STILL_ANSWERING", FIELD, negotiation.sellerDeadline() == null
                ? "the seller has not been asked yet; if the conversation just opened, retry in a few seconds"
                : "the seller has until " + Moments.format(negotiation.sellerDeadline()) + " to answer, and no"
                        + " decline or rejected offer has been recorded yet; one made in the last seconds is still"
                        + " being recorded, so retry in a few seconds");
    }
}

package io.refunds.messaging.negotiation;

import io.refunds.events.IssueReported;
import io.refunds.platform.text.Moments;
import java.time.Instant;

/** The system message that opens a conversation: what the buyer claims, with what evidence, and until when. */
final class ClaimSummary {

    private ClaimSummary() {
    }

    static String of(IssueReported claim, Instant sellerDeadline) {
        String reason = claim.reason().toLowerCase().replace('_', ' ');
        String description = claim.description() == null || claim.description().isBlank()
                ? ""
                : " Buyer's words: \"" + claim.description() + "\".";
        return "The buyer reports item " + claim.itemId() + " of order " + claim.orderId() + " as " + reason + "."
                + description + " Evidence attached: " + claim.evidence().size() + "."
                + " Seller, please answer by " + Moments.format(sellerDeadline) + " or the platform opens a dispute.";
    }
}

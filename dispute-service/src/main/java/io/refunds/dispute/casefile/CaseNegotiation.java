package io.refunds.dispute.casefile;

import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.negotiation.Negotiation.LastOffer;
import java.time.Instant;
import java.util.List;

/**
 * What a case file recorded of the buyer–seller negotiation, as the shared escalation rule reads it: the seller's
 * deadline (ConversationOpened), a decline, where the latest offer stands (made, then perhaps rejected), a settlement.
 */
public final class CaseNegotiation {

    private CaseNegotiation() {
    }

    /** {@code entries} in the order they occurred. */
    public static Negotiation of(List<CaseFileEntry> entries) {
        Instant sellerDeadline = entries.stream()
                .filter(entry -> entry.entryType == CaseFileEntryType.CONVERSATION_OPENED && entry.dueAt != null)
                .map(entry -> entry.dueAt).findFirst().orElse(null);
        boolean declined = has(entries, CaseFileEntryType.SELLER_DECLINED);
        boolean settled = has(entries, CaseFileEntryType.SETTLEMENT_AGREED);
        return new Negotiation(sellerDeadline, declined, lastOffer(entries), settled, false, false, false);
    }

    private static LastOffer lastOffer(List<CaseFileEntry> entries) {
        LastOffer last = LastOffer.NONE;
        for (CaseFileEntry entry : entries) {
            if (entry.entryType == CaseFileEntryType.OFFER_MADE) {
                last = LastOffer.OPEN;
            } else if (entry.entryType == CaseFileEntryType.OFFER_REJECTED) {
                last = LastOffer.REJECTED;
            }
        }
        return last;
    }

    private static boolean has(List<CaseFileEntry> entries, CaseFileEntryType type) {
        return entries.stream().anyMatch(entry -> entry.entryType == type);
    }
}

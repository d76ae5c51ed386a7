package io.refunds.dispute.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.platform.negotiation.Negotiation;
import io.refunds.platform.negotiation.Negotiation.LastOffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a case file tells the escalation rule about the negotiation, entry type by entry type. */
class CaseNegotiationTest {

    private static final Instant DEADLINE = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void anEmptyCaseFileIsANegotiationNotOpenedYet() {
        assertEquals(Negotiation.NOT_OPENED, CaseNegotiation.of(List.of()));
    }

    @Test
    void theSellersDeadlineIsTheOneTheConversationSet() {
        Negotiation negotiation = CaseNegotiation.of(entries(CaseFileEntryType.ISSUE_REPORTED,
                CaseFileEntryType.CONVERSATION_OPENED));
        assertEquals(DEADLINE, negotiation.sellerDeadline());
        assertFalse(negotiation.sellerDeclined());
        assertEquals(LastOffer.NONE, negotiation.lastOffer());
    }

    @Test
    void aDeclineIsRecorded() {
        assertTrue(CaseNegotiation.of(entries(CaseFileEntryType.CONVERSATION_OPENED, CaseFileEntryType.SELLER_DECLINED))
                .sellerDeclined());
    }

    @Test
    void anOfferMadeAndNotAnsweredIsOpen() {
        assertEquals(LastOffer.OPEN, CaseNegotiation.of(entries(CaseFileEntryType.OFFER_MADE)).lastOffer());
    }

    @Test
    void anOfferRejectedAfterItWasMadeIsRejected() {
        assertEquals(LastOffer.REJECTED, CaseNegotiation.of(entries(CaseFileEntryType.OFFER_MADE,
                CaseFileEntryType.OFFER_REJECTED)).lastOffer());
    }

    @Test
    void aNewOfferAfterARejectionIsOpenAgain() {
        assertEquals(LastOffer.OPEN, CaseNegotiation.of(entries(CaseFileEntryType.OFFER_MADE,
                CaseFileEntryType.OFFER_REJECTED, CaseFileEntryType.OFFER_MADE)).lastOffer());
    }

    @Test
    void anAgreedSettlementSettlesTheCase() {
        assertTrue(CaseNegotiation.of(entries(CaseFileEntryType.OFFER_MADE, CaseFileEntryType.SETTLEMENT_AGREED))
                .settled());
    }

    @Test
    void messagesEvidenceAndEscalationsSayNothingAboutTheNegotiation() {
        Negotiation negotiation = CaseNegotiation.of(entries(CaseFileEntryType.MESSAGE_POSTED,
                CaseFileEntryType.EVIDENCE_ADDED, CaseFileEntryType.BUYER_ESCALATED));
        assertEquals(Negotiation.NOT_OPENED, negotiation);
        assertNull(negotiation.sellerDeadline());
    }

    @Test
    void entryTypesAreStoredAndShownAsTheEventsName() {
        CaseFileEntryType.Column column = new CaseFileEntryType.Column();
        assertEquals("OfferRejected", column.convertToDatabaseColumn(CaseFileEntryType.OFFER_REJECTED));
        Arrays.stream(CaseFileEntryType.values()).forEach(type ->
                assertEquals(type, column.convertToEntityAttribute(type.label())));
    }

    private static List<CaseFileEntry> entries(CaseFileEntryType... types) {
        return Arrays.stream(types).map(type -> {
            CaseFileEntry entry = new CaseFileEntry();
            entry.entryType = type;
            entry.dueAt = type == CaseFileEntryType.CONVERSATION_OPENED ? DEADLINE : null;
            return entry;
        }).toList();
    }
}

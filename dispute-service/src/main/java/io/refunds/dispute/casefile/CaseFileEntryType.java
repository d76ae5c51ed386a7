package io.refunds.dispute.casefile;

import io.refunds.events.BuyerEscalated;
import io.refunds.events.CaseEvent;
import io.refunds.events.ConversationOpened;
import io.refunds.events.EvidenceAdded;
import io.refunds.events.IssueReported;
import io.refunds.events.MessagePosted;
import io.refunds.events.OfferMade;
import io.refunds.events.OfferRejected;
import io.refunds.events.ReplacementOverdue;
import io.refunds.events.ReturnReceived;
import io.refunds.events.SellerDeclined;
import io.refunds.events.SettlementAgreed;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * What a case file entry records: one per event the case file keeps. Stored (column {@code entry_type}) and shown
 * ({@code caseFile.entries[].type}) as the event's name, e.g. {@code OfferRejected}.
 */
public enum CaseFileEntryType {
    ISSUE_REPORTED(IssueReported.class),
    EVIDENCE_ADDED(EvidenceAdded.class),
    CONVERSATION_OPENED(ConversationOpened.class),
    MESSAGE_POSTED(MessagePosted.class),
    OFFER_MADE(OfferMade.class),
    OFFER_REJECTED(OfferRejected.class),
    SELLER_DECLINED(SellerDeclined.class),
    SETTLEMENT_AGREED(SettlementAgreed.class),
    BUYER_ESCALATED(BuyerEscalated.class),
    RETURN_RECEIVED(ReturnReceived.class),
    REPLACEMENT_OVERDUE(ReplacementOverdue.class),
    PARCEL_FOUND(io.refunds.events.ParcelFound.class);

    private final Class<? extends CaseEvent> event;

    CaseFileEntryType(Class<? extends CaseEvent> event) {
        this.event = event;
    }

    /** The event's name, as stored and shown. */
    public String label() {
        return event.getSimpleName();
    }

    public static CaseFileEntryType ofLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case file entry type " + label));
    }

    /** Maps the type to its label in the {@code entry_type} column and back. */
    @Converter
    public static class Column implements AttributeConverter<CaseFileEntryType, String> {

        @Override
        public String convertToDatabaseColumn(CaseFileEntryType type) {
            return type == null ? null : type.label();
        }

        @Override
        public CaseFileEntryType convertToEntityAttribute(String label) {
            return label == null ? null : ofLabel(label);
        }
    }
}

package io.refunds.dispute.readside;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.refunds.dispute.casefile.CaseFile;
import io.refunds.dispute.casefile.CaseFileEntry;
import io.refunds.events.RefundBreakdown;
import io.refunds.platform.api.MoneyInput;
import java.time.Instant;
import java.util.List;

/** The case file an agent reads: the claim, then every event with its actor, evidence and time. */
public record CaseFileView(Claim claim, List<Entry> entries) {

    /**
     * The claim as the buyer reported it, with the quote it was reported with (the item's cost lines, what each
     * refunds and who bears it; null before quotes), and for a claim on an international parcel the parcel: its
     * carrier and tracking, what the carrier last said, and every item in it (null for a claim on the item); null
     * until IssueReported has arrived.
     */
    public record Claim(String orderId, String itemId, String itemTitle, String reason, String description,
            String requestedOutcome, MoneyInput requestedAmount, MoneyInput amountPaid, Instant reportedAt,
            RefundBreakdown quote, io.refunds.events.ParcelClaim parcel) {
    }

    /**
     * One event of the case; {@code evidence} lists id, content type, SHA-256 and purpose (QC_BASELINE for the
     * warehouse's QC photos, BUYER_EVIDENCE otherwise).
     */
    public record Entry(String type, String actor, String summary, @JsonRawValue String evidence, Instant occurredAt) {
    }

    public static CaseFileView of(CaseFile file, List<CaseFileEntry> entries) {
        Claim claim = file == null ? null : new Claim(file.parties.orderId(), file.parties.itemId(), file.itemTitle,
                file.parties.reason(), file.description, file.requestedOutcome,
                file.requestedMinor == null ? null : new MoneyInput(file.requestedMinor, file.paid().currency()),
                MoneyInput.of(file.paid()), file.reportedAt, file.quote(), file.parcel());
        return new CaseFileView(claim, entries.stream()
                .map(entry -> new Entry(entry.entryType.label(), entry.actor, entry.summary, entry.evidence,
                        entry.occurredAt))
                .toList());
    }
}
